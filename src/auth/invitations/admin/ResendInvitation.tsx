'use client'
// On an account's page, for administrators: whether its invitation is still waiting (or ran out),
// and the button that sends a new one. Nothing shows for an account that has chosen its password.
import { Button, useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { inviteWords } from './inviteWords'
import { refusalMessage } from './refusalMessage'

import './invite.css'

type Status = { pending: boolean; expired: boolean }

export function ResendInvitation() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'zh'
  const words = inviteWords[language]
  const isAdmin = Boolean((user?.roles as string[] | undefined)?.includes('admin'))
  const [status, setStatus] = useState<Status | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!id || !isAdmin) return
    let current = true
    void fetch(`/api/users/${id}/invitation`, { credentials: 'same-origin' })
      .then((response) => (response.ok ? (response.json() as Promise<Status>) : null))
      .then((answer) => current && setStatus(answer))
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [id, isAdmin])

  if (!status?.pending) return null

  const resend = async () => {
    setBusy(true)
    const response = await fetch(`/api/users/${id}/invitation/resend`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Accept-Language': language },
    }).catch(() => null)
    setBusy(false)
    const body: unknown = await response?.json().catch(() => null)
    if (response?.ok) setStatus(body as Status)
    setMessage(response?.ok ? words.resent : refusalMessage(body, words.failed))
  }

  return (
    <section className="invite-status" aria-label={words.resend}>
      <p>{status.expired ? words.expired : words.pending}</p>
      <Button
        buttonStyle="secondary"
        size="small"
        type="button"
        disabled={busy}
        onClick={() => void resend()}
      >
        {words.resend}
      </Button>
      <p role="status">{message}</p>
    </section>
  )
}

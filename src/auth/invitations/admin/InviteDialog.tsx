'use client'
// The administrator's invite dialog: e-mail, display name and roles, posted to the users collection
// without a password, which the server turns into an invitation (inviteByEmailOnly.ts). A refusal
// (a taken or malformed address) is shown in the dialog as the server worded it.
import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useId, useRef, useState } from 'react'

import { roleLabels } from '@/access/roleLabels'
import { useModalDialog } from '@/components/admin/workflow/useModalDialog'

import type { InviteWords } from './inviteWords'
import { refusalMessage } from './refusalMessage'

import '@/components/admin/workflow/reviewActions.css'
import './invite.css'

type Props = { language: 'zh' | 'en'; words: InviteWords; onClose: () => void }

const roleOptions = Object.keys(roleLabels) as (keyof typeof roleLabels)[]

export const InviteDialog = ({ language, words, onClose }: Props) => {
  const dialog = useRef<HTMLDialogElement>(null)
  const id = useId()
  const router = useRouter()
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  useModalDialog(dialog)

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const roles = form.getAll('roles').map(String)
    if (roles.length === 0) return setProblem(words.noRole)
    const email = String(form.get('email') ?? '').trim()
    setBusy(true)
    const answer = await fetch('/api/users?locale=zh&depth=0', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify({ email, displayName: form.get('displayName') || undefined, roles }),
    }).then(
      async (response) => ({ ok: response.ok, body: await response.json().catch(() => null) }),
      () => ({ ok: false, body: null }),
    )
    setBusy(false)
    if (!answer.ok) return setProblem(refusalMessage(answer.body, words.failed))
    toast.success(words.sent.replace('{email}', email))
    router.refresh()
    onClose()
  }

  return (
    <dialog
      ref={dialog}
      className="review-dialog invite-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-lead`}
      onCancel={onClose}
    >
      {/* The server's check words a bad address in the admin's language; the browser's would not. */}
      <form onSubmit={(event) => void send(event)} noValidate>
        <h2 id={`${id}-title`} className="review-dialog__title">
          {words.title}
        </h2>
        <p id={`${id}-lead`}>{words.lead}</p>
        <div className="review-dialog__field">
          <label htmlFor={`${id}-email`}>{words.email}</label>
          <input id={`${id}-email`} name="email" type="email" autoComplete="off" required />
        </div>
        <div className="review-dialog__field">
          <label htmlFor={`${id}-name`}>{words.displayName}</label>
          <input id={`${id}-name`} name="displayName" type="text" autoComplete="off" />
        </div>
        <fieldset className="schedule-dialog__types">
          <legend>{words.roles}</legend>
          {roleOptions.map((role) => (
            <label key={role}>
              <input type="checkbox" name="roles" value={role} defaultChecked={role === 'editor'} />
              {roleLabels[role][language]}
            </label>
          ))}
        </fieldset>
        {problem ? (
          <p className="review-dialog__error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="review-dialog__buttons">
          <Button buttonStyle="secondary" size="medium" type="button" onClick={onClose}>
            {words.cancel}
          </Button>
          <Button buttonStyle="primary" size="medium" type="submit" disabled={busy}>
            {words.send}
          </Button>
        </div>
      </form>
    </dialog>
  )
}

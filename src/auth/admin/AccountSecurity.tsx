'use client'
// The "sign-in security" panel on an account's page in the admin: whether an authenticator is set
// up, the active sessions (each can be ended), the owner's change of authenticator (password and
// code first) and an administrator's reset of someone else's.
import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { type FormEvent, useState } from 'react'

import { EnrolForm } from './EnrolForm'
import { SessionList } from './SessionList'
import { accountSecurityWords, wordsFor } from './words'
import './secondFactor.css'

export function AccountSecurity() {
  const { id, data } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'zh'
  const words = accountSecurityWords[language]
  const [proof, setProof] = useState<{ password: string; code: string }>()
  const [resetDone, setResetDone] = useState(false)
  if (!id) return null
  const own = String(user?.id) === String(id)
  const isAdmin = Boolean((user?.roles as string[] | undefined)?.includes('admin'))
  const enrolled = Boolean((data?.secondFactor as { enrolledAt?: string } | undefined)?.enrolledAt)

  const reset = async () => {
    const response = await fetch(`/api/users/${id}/second-factor/reset`, {
      method: 'POST',
      credentials: 'same-origin',
    })
    setResetDone(response.ok)
  }
  const change = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setProof({ password: String(form.get('password') ?? ''), code: String(form.get('code') ?? '') })
  }

  return (
    <section className="account-security" aria-labelledby="account-security-title">
      <h2 id="account-security-title">{words.title}</h2>
      <p>{enrolled ? words.enrolled : words.notEnrolled}</p>
      {(own || isAdmin) && <SessionList userId={String(id)} words={words} language={language} />}
      {!own && isAdmin && enrolled && (
        <p>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            onClick={reset}
          >
            {words.reset}
          </button>
          {resetDone && <span role="status"> {words.resetDone}</span>}
        </p>
      )}
      {own && enrolled && !proof && (
        <form className="second-factor__form" onSubmit={change}>
          <h3>{words.change}</h3>
          <label htmlFor="change-factor-password">{words.password}</label>
          <input
            id="change-factor-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
          <label htmlFor="change-factor-code">{words.code}</label>
          <input
            id="change-factor-code"
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            required
          />
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            {words.next}
          </button>
        </form>
      )}
      {own && proof && (
        <EnrolForm
          words={wordsFor(language)}
          next={`/admin/collections/users/${id}`}
          proof={proof}
        />
      )}
    </section>
  )
}

'use client'
// The second step of signing in to the admin: the authenticator's code, or a recovery code.
import { type FormEvent, useRef, useState } from 'react'

import { postJson } from './postJson'
import type { SecondFactorWords } from './words'

export function CodeForm({ words, next }: { words: SecondFactorWords; next: string }) {
  const [recovery, setRecovery] = useState(false)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const input = useRef<HTMLInputElement>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const value = String(new FormData(event.currentTarget).get('code') ?? '')
    setBusy(true)
    const answer = await postJson('verify', recovery ? { recoveryCode: value } : { code: value })
    if (answer.ok) return window.location.assign(next)
    setBusy(false)
    setError(answer.message ?? words.failed)
    input.current?.focus()
  }

  const toggle = () => {
    setRecovery(!recovery)
    setError(undefined)
    input.current?.focus()
  }

  return (
    <form className="second-factor__form" onSubmit={submit} noValidate>
      <label htmlFor="second-factor-code">{recovery ? words.recoveryLabel : words.codeLabel}</label>
      <input
        ref={input}
        id="second-factor-code"
        name="code"
        key={recovery ? 'recovery' : 'code'}
        autoComplete="one-time-code"
        inputMode={recovery ? 'text' : 'numeric'}
        autoFocus
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'second-factor-error' : undefined}
      />
      {error && (
        <p id="second-factor-error" className="second-factor__error" role="alert">
          {error}
        </p>
      )}
      <div className="second-factor__actions">
        <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={busy}>
          {words.submit}
        </button>
        <button type="button" className="second-factor__switch" onClick={toggle}>
          {recovery ? words.useCode : words.useRecovery}
        </button>
      </div>
    </form>
  )
}

'use client'
// Enrolling an authenticator: a QR code drawn by the server (and its key as text), the first code
// to prove the phone has it, then the recovery codes shown this once.
import { type FormEvent, useEffect, useRef, useState } from 'react'

import { postJson } from './postJson'
import type { SecondFactorWords } from './words'

type Started = { qrCode: string; secret: string }

export function EnrolForm({
  words,
  next,
  proof,
}: {
  words: SecondFactorWords
  next: string
  /** The current password and code, when an enrolled factor is being replaced. */
  proof?: { password: string; code: string }
}) {
  const [started, setStarted] = useState<Started>()
  const [codes, setCodes] = useState<string[]>()
  const [error, setError] = useState<string>()
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    postJson('start', proof ?? {}).then((answer) =>
      answer.ok ? setStarted(answer.data as Started) : setError(answer.message ?? words.failed),
    )
  }, [proof, words.failed])

  const confirm = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const code = String(new FormData(event.currentTarget).get('code') ?? '')
    const answer = await postJson('confirm', { code })
    if (answer.ok) return setCodes(answer.data.recoveryCodes as string[])
    setError(answer.message ?? words.failed)
    input.current?.focus()
  }

  if (codes) {
    return (
      <section className="second-factor__codes" aria-labelledby="recovery-codes-title">
        <h2 id="recovery-codes-title">{words.codesTitle}</h2>
        <p>{words.codesIntro}</p>
        <ol className="second-factor__code-list">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <a className="btn btn--style-primary btn--size-medium" href={next}>
          {words.codesDone}
        </a>
      </section>
    )
  }

  return (
    <div className="second-factor__enrol">
      {started && (
        <>
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG from this server, not a file to optimise */}
          <img
            className="second-factor__qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(started.qrCode)}`}
            alt={words.qrAlt}
            width={200}
            height={200}
          />
          <p>
            {words.secretLabel} <code className="second-factor__secret">{started.secret}</code>
          </p>
          <form className="second-factor__form" onSubmit={confirm} noValidate>
            <label htmlFor="second-factor-new-code">{words.codeLabel}</label>
            <input
              ref={input}
              id="second-factor-new-code"
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'second-factor-error' : undefined}
            />
            <button type="submit" className="btn btn--style-primary btn--size-medium">
              {words.confirm}
            </button>
          </form>
        </>
      )}
      {error && (
        <p id="second-factor-error" className="second-factor__error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

'use client'
// An account's active sessions, each with a button that ends it (DELETE /api/users/:id/sessions/…).
import { useEffect, useState } from 'react'

import type { accountSecurityWords } from './words'

// The browser's own name (user agent) stays in the REST answer: it is English, not the admin's words.
type Session = {
  id: string
  createdAt: string
  lastSeenAt: string
  current: boolean
  userAgent: string | null
}
type Words = (typeof accountSecurityWords)['zh' | 'en']

const when = (iso: string, language: string) =>
  new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' })

export function SessionList({
  userId,
  words,
  language,
}: {
  userId: string
  words: Words
  language: string
}) {
  // null until the first answer, so the empty state never flashes before the list.
  const [sessions, setSessions] = useState<Session[] | null>(null)
  // Bumped after each revocation, so the list is read again.
  const [version, setVersion] = useState(0)
  useEffect(() => {
    fetch(`/api/users/${userId}/sessions`, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : { sessions: [] }))
      .then((body: { sessions: Session[] }) => setSessions(body.sessions))
  }, [userId, version])

  const revoke = async (id: string) => {
    await fetch(`/api/users/${userId}/sessions/${id}`, {
      method: 'DELETE',
      credentials: 'same-origin',
    })
    setVersion((count) => count + 1)
  }

  return (
    <section aria-labelledby="sessions-title">
      <h3 id="sessions-title">{words.sessions}</h3>
      {sessions?.length === 0 ? <p>{words.noSessions}</p> : null}
      <ul className="account-security__sessions">
        {(sessions ?? []).map((session) => (
          <li key={session.id}>
            <span>
              {words.opened} {when(session.createdAt, language)} · {words.lastSeen}{' '}
              {when(session.lastSeenAt, language)} {session.current ? words.thisSession : ''}
            </span>
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              onClick={() => revoke(session.id)}
            >
              {words.revoke}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

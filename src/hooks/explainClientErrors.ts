import type { AfterErrorHook } from 'payload'

type ClientError = Error & { status?: number; data?: Record<string, unknown> }

/**
 * Bad input deserves a readable answer: in a production build Payload's own formatter loses the
 * field-by-field details of 4xx errors (and the message of our own), so they are rebuilt here.
 * Server errors (5xx) stay hidden.
 */
export const explainClientErrors: AfterErrorHook = ({ error }) => {
  const { status, data, name, message } = error as ClientError
  if (!status || status < 400 || status >= 500) return
  const details = data?.errors ? { data } : {}
  return { response: { errors: [{ name, message, ...details }] }, status }
}

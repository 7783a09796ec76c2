// The protections both public forms share: a hard cap on the body, a per-client rate limit (see
// src/rateLimits/limits.ts), and the honeypot. See docs/adr/0017-public-forms-answer-real-statuses.md.

import { addressKey, clientAddress } from '@/lib/clientAddress'
import { takeRates } from '@/rateLimits/limits'
import type { RateDecision } from '@/rateLimits/store'

export const MAX_BODY_BYTES = 64 * 1024

export class BodyTooLarge extends Error {}

/** Reads at most `limit` bytes of the body, whatever Content-Length claims, then gives up. */
export const readBodyWithin = async (request: Request, limit = MAX_BODY_BYTES): Promise<string> => {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge()
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new BodyTooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Counts one submission from the request's client, unless it or all clients together are over. */
export const takeSubmission = (headers: Headers, now = Date.now()): Promise<RateDecision> =>
  takeRates(
    [
      ['formsPerClient', addressKey(clientAddress(headers))],
      ['formsEveryone', '*'],
    ],
    now,
  )

export const isBot = (values: Record<string, string>, honeypot: string) =>
  (values[honeypot] ?? '').trim() !== ''

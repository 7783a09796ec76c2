// The protections both public forms share: a hard cap on the body, a per-client rate limit (see
// src/rateLimits/limits.ts), and the honeypot. See docs/adr/0017-public-forms-answer-real-statuses.md.

import { addressKey, clientAddress } from '@/lib/clientAddress'
import { BodyTooLarge, readBytesWithin } from '@/lib/readBody'
import { takeRates } from '@/rateLimits/limits'
import type { RateDecision } from '@/rateLimits/store'

export const MAX_BODY_BYTES = 64 * 1024

export { BodyTooLarge }

/** Reads at most `limit` bytes of the body, whatever Content-Length claims, then gives up. */
export const readBodyWithin = async (request: Request, limit = MAX_BODY_BYTES): Promise<string> =>
  Buffer.from(await readBytesWithin(request, limit)).toString('utf8')

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

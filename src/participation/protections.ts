// The protections both public forms share: a hard cap on the body, a per-address rate limit with
// a process-wide backstop, and the honeypot. See docs/adr/0017-public-forms-answer-real-statuses.md.

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

/**
 * The sender's address. Next fills `x-forwarded-for` with the socket's address only when the
 * request has none, so a client talking to Next directly can write its own. With
 * LAUREL_TRUSTED_PROXIES=n (reverse proxies that append to the header), the address the outermost
 * of them saw is taken; the backstop below bounds what a forged header can gain.
 */
export const clientAddress = (headers: Headers): string => {
  const hops = Math.max(0, Number(process.env.LAUREL_TRUSTED_PROXIES) || 0)
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  return chain[Math.max(0, chain.length - 1 - hops)] ?? 'unknown'
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/** A sliding window of `limit` requests per `windowMs` for each key, kept in this process. */
export const slidingWindow = (limit: number, windowMs: number) => {
  const seen = new Map<string, number[]>()
  return (key: string, now = Date.now()): RateDecision => {
    const recent = (seen.get(key) ?? []).filter((at) => at > now - windowMs)
    if (recent.length >= limit) {
      seen.set(key, recent)
      return { allowed: false, retryAfterSeconds: Math.ceil((recent[0]! + windowMs - now) / 1000) }
    }
    recent.push(now)
    seen.set(key, recent)
    // Forget keys whose window has passed, so the map cannot grow without bound.
    if (seen.size > 10_000) {
      for (const [other, times] of seen)
        if (times.every((at) => at <= now - windowMs)) seen.delete(other)
    }
    return { allowed: true }
  }
}

export const PER_ADDRESS_PER_MINUTE = 5
export const ALL_ADDRESSES_PER_MINUTE = 60

// One limiter for both forms: "five submissions a minute" counts every public submission.
// Kept on globalThis so that every route bundle of this process shares it.
const limiters = ((globalThis as { laurelFormLimiters?: object }).laurelFormLimiters ??= {
  perAddress: slidingWindow(PER_ADDRESS_PER_MINUTE, 60_000),
  everyone: slidingWindow(ALL_ADDRESSES_PER_MINUTE, 60_000),
}) as { perAddress: ReturnType<typeof slidingWindow>; everyone: ReturnType<typeof slidingWindow> }

/** Counts one submission from `address`, unless it or the process as a whole is over its limit. */
export const takeSubmission = (address: string, now = Date.now()): RateDecision => {
  const own = limiters.perAddress(address, now)
  if (!own.allowed) return own
  return limiters.everyone('*', now)
}

export const isBot = (values: Record<string, string>, honeypot: string) =>
  (values[honeypot] ?? '').trim() !== ''

// Issue 14, finding 3: HSTS (and upgrading insecure requests) whenever the public address is
// https, on the site and the admin alike; never on a plain-http address, where it would lock
// browsers out. The headers are read when the module loads (Next builds them in), so each case
// loads it afresh under its own environment.
import { afterEach, describe, expect, it, vi } from 'vitest'

type Rule = { source: string; headers: { key: string; value: string }[] }

const rulesWith = async (publicUrl: string | undefined) => {
  vi.resetModules()
  vi.stubEnv('LAUREL_PUBLIC_URL', publicUrl ?? '')
  vi.stubEnv('NEXT_PUBLIC_SERVER_URL', '')
  const { securityHeaders } = await import('@/lib/securityHeaders.mjs')
  return securityHeaders() as Rule[]
}
const valueOf = (rule: Rule, key: string) =>
  rule.headers.find((header) => header.key === key)?.value

afterEach(() => vi.unstubAllEnvs())

describe('HSTS', () => {
  it('is sent by the site and the admin when the public address is https', async () => {
    const rules = await rulesWith('https://laurel.district.example')
    const site = rules.find((rule) =>
      rule.headers.some((h) => h.key === 'X-Frame-Options' && h.value === 'SAMEORIGIN'),
    )!
    const admin = rules.find((rule) => rule.source.startsWith('/admin'))!
    for (const rule of [site, admin]) {
      expect(valueOf(rule, 'Strict-Transport-Security')).toBe('max-age=31536000; includeSubDomains')
    }
    const csp = rules.map((rule) => valueOf(rule, 'Content-Security-Policy')).find(Boolean)
    expect(csp).toContain('upgrade-insecure-requests')
  })

  it('is never sent for a plain-http address', async () => {
    const rules = await rulesWith('http://localhost:3000')
    for (const rule of rules) expect(valueOf(rule, 'Strict-Transport-Security')).toBeUndefined()
  })
})

// Next parses every header value holding a `:` as an address pattern, on every response
// (compileNonPath); the cached pages' policy is one header of every page read, so it holds none.
describe('the cached pages’ policy', () => {
  it('allows nothing but this site, and holds no `:`', async () => {
    for (const publicUrl of ['https://laurel.district.example', 'http://localhost:3000']) {
      const rules = await rulesWith(publicUrl)
      const policies = rules.map((rule) => valueOf(rule, 'Content-Security-Policy'))
      const cached = policies.find(Boolean)!
      expect(cached).toContain("img-src 'self';")
      expect(cached).toContain("frame-ancestors 'self'")
      for (const rule of rules) {
        for (const header of rule.headers) expect(header.value, header.key).not.toContain(':')
      }
    }
  })
})

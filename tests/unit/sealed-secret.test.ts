// An authenticator's secret as the database keeps it: sealed under the server's secret, readable
// with that secret only, and refused whole when any part of it was changed.
import { describe, expect, it } from 'vitest'

import { openSecret, sealSecret } from '@/auth/secondFactor/sealedSecret'

const SERVER = 'a-server-secret-of-some-length'
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

describe('a sealed second-factor secret', () => {
  it('opens to what was sealed, and shows nothing of it', () => {
    const sealed = sealSecret(SECRET, SERVER)
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(sealed).not.toContain(SECRET)
    expect(openSecret(sealed, SERVER)).toBe(SECRET)
  })

  it('is sealed differently each time', () => {
    expect(sealSecret(SECRET, SERVER)).not.toBe(sealSecret(SECRET, SERVER))
  })

  it('does not open under another server secret', () => {
    expect(openSecret(sealSecret(SECRET, SERVER), 'another-server-secret')).toBeNull()
  })

  it('does not open when any part was changed, nor when it is not sealed at all', () => {
    const [version, nonce, body, tag] = sealSecret(SECRET, SERVER).split('.')
    const flip = (part: string) => (part[0] === 'A' ? 'B' : 'A') + part.slice(1)
    for (const changed of [
      [version, flip(nonce!), body, tag],
      [version, nonce, flip(body!), tag],
      [version, nonce, body, flip(tag!)],
      ['v2', nonce, body, tag],
    ]) {
      expect(openSecret(changed.join('.'), SERVER)).toBeNull()
    }
    expect(openSecret(SECRET, SERVER)).toBeNull()
  })
})

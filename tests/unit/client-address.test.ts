// "Who sent this": X-Forwarded-For believed only as far as the trusted proxies reach, the socket's
// address otherwise, and IPv6 clients counted by their /64.
import { afterEach, describe, expect, it } from 'vitest'

import { addressKey, clientAddress } from '@/lib/clientAddress'
import { PEER_HEADER } from '@/lib/peerAddress'
import { memoryStore } from '@/rateLimits/store'

afterEach(() => {
  delete process.env.LAUREL_TRUSTED_PROXIES
})

describe('the client address', () => {
  it('without trusted proxies is the socket address, whatever X-Forwarded-For claims', () => {
    const headers = new Headers({ 'x-forwarded-for': '198.51.100.1', [PEER_HEADER]: '192.0.2.9' })
    expect(clientAddress(headers)).toBe('192.0.2.9')
  })

  it('without the socket stamp falls back to the right-most hop, never a forged first one', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '198.51.100.1, 192.0.2.9' }))).toBe(
      '192.0.2.9',
    )
    expect(clientAddress(new Headers())).toBeNull()
  })

  it('behind n proxies is the hop the outermost proxy appended', () => {
    const headers = new Headers({
      'x-forwarded-for': 'forged, 203.0.113.5, 10.0.0.1',
      [PEER_HEADER]: '10.0.0.2',
    })
    process.env.LAUREL_TRUSTED_PROXIES = '1'
    expect(clientAddress(headers)).toBe('10.0.0.1')
    process.env.LAUREL_TRUSTED_PROXIES = '2'
    expect(clientAddress(headers)).toBe('203.0.113.5')
    process.env.LAUREL_TRUSTED_PROXIES = '5'
    expect(clientAddress(headers)).toBeNull()
  })
})

describe('the key a client is counted under', () => {
  it('groups IPv6 by /64 and unwraps IPv4-mapped addresses', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe(addressKey('2001:DB8:1:2:ffff:1:2:3'))
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64')
    expect(addressKey('2001:db8:1:3::1')).not.toBe(addressKey('2001:db8:1:2::1'))
    expect(addressKey('::1')).toBe('0:0:0:0::/64')
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1')
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1')
    expect(addressKey(null)).toBe('unknown')
  })
})

describe('the in-memory rate store', () => {
  it('allows `limit` hits per window and says when the next is allowed', async () => {
    const store = memoryStore()
    const start = 1_000_000
    // Looking does not count.
    for (let i = 0; i < 5; i += 1) {
      expect(await store.peek('k', 3, 60_000, start)).toEqual({ allowed: true })
    }
    for (let i = 0; i < 3; i += 1) {
      expect(await store.hit('k', 3, 60_000, start + i * 1000)).toEqual({ allowed: true })
    }
    expect(await store.hit('k', 3, 60_000, start + 10_000)).toEqual({
      allowed: false,
      retryAfterSeconds: 50,
    })
    expect(await store.hit('other', 3, 60_000, start + 10_000)).toEqual({ allowed: true })
    expect(await store.hit('k', 3, 60_000, start + 60_001)).toEqual({ allowed: true })
  })
})

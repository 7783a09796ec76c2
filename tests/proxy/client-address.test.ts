// The client's address reaches the app through the proxy's X-Forwarded-For, by the rule of
// src/lib/clientAddress.ts with LAUREL_TRUSTED_PROXIES=1: readers behind one proxy are still told
// apart by the form limits and the audit log, and what a client writes in the header itself counts
// for nothing.
import { describe, expect, it } from 'vitest'

import { rest, signIn, through } from './through'

const incomplete = { nominee: '', deeds: '', consent: 'yes' }
const complete = {
  nomineeKind: 'person',
  nominee: '赵代理',
  nomineeUnit: '青山镇人民政府',
  deeds: '在防汛一线连续值守，带领群众转移安置，无一伤亡。',
  nominatorName: '钱读者',
  nominatorContact: 'reader@example.org',
  consent: 'yes',
}

const nominate = (from: string, fields: Record<string, string>, forwardedFor?: string) =>
  through('/zh/nominate/send', {
    method: 'POST',
    from,
    headers: {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  })

describe('readers behind the proxy', () => {
  it('are counted by their own address by the form limit, whatever X-Forwarded-For they write', async () => {
    // Five posts a minute from one reader, each claiming another address ...
    for (let i = 1; i <= 5; i += 1) {
      expect((await nominate('127.0.0.2', incomplete, `198.51.100.${i}`)).status).toBe(400)
    }
    const sixth = await nominate('127.0.0.2', complete, '198.51.100.99')
    expect(sixth.status).toBe(429)
    // ... and a second reader, behind the same proxy, is not held back by the first.
    const other = await nominate('127.0.0.3', complete)
    expect(other.status, other.text).toBe(201)
  })

  it('are named by their own address in the audit log', async () => {
    const refused = await rest('POST', '/users/login', {
      json: { email: 'nobody-proxy@example.org', password: 'wrong' },
      from: '127.0.0.4',
    })
    expect(refused.status).toBe(401)
    const token = await signIn('admin@laurel.local')
    const { data } = await rest('GET', '/audit-log?sort=-createdAt&limit=5&depth=0', { token })
    const entry = (data.docs as { action: string; address: string | null }[]).find(
      (doc) => doc.action === 'login-failed',
    )
    expect(entry?.address).toBe('127.0.0.4')
  })
})

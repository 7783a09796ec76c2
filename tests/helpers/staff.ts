// Real accounts of every role, created through the Local API, to act as in access tests.
import type { Payload } from 'payload'

import type { User } from '@/payload-types'

export type Staff = { admin: User; editor: User; expert: User; otherExpert: User }

export const PASSWORD = 'correct-horse-battery-staple'

const account = async (payload: Payload, email: string, roles: User['roles']) => {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, roles, displayName: email.split('@')[0] },
    overrideAccess: true,
  })
  return { ...user, collection: 'users' as const }
}

export const createStaff = async (payload: Payload): Promise<Staff> => ({
  admin: await account(payload, 'admin@test.local', ['admin']),
  editor: await account(payload, 'editor@test.local', ['editor']),
  expert: await account(payload, 'expert@test.local', ['expert']),
  otherExpert: await account(payload, 'other-expert@test.local', ['expert']),
})

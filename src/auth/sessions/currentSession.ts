// A staff session as Payload keeps it on the account (`auth.useSessions`), with what Laurel adds:
// when its second factor was given, when it was last used, how many wrong codes it has sent.
import type { PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

export type StaffSession = NonNullable<User['sessions']>[number]

type SignedIn = { sessions?: StaffSession[] | null; _sid?: string } | null | undefined

/** The session the request came with: Payload's JWT strategy names it in `_sid`. */
export const currentSession = (user: SignedIn): StaffSession | undefined =>
  user?._sid ? (user.sessions ?? []).find(({ id }) => id === user._sid) : undefined

export type SessionUser = NonNullable<PayloadRequest['user']> & SignedIn

// An invitation is a token of its own, apart from password recovery's: the account keeps only the
// token's SHA-256 and when it stops working. Hidden from every API and from the admin; cleared when
// the invitation is accepted, so a link works once.
import type { Field } from 'payload'

const never = () => false

export const invitationFields: Field[] = [
  {
    name: 'invitationTokenHash',
    type: 'text',
    index: true,
    hidden: true,
    access: { create: never, update: never, read: never },
  },
  {
    name: 'invitationExpiresAt',
    type: 'date',
    hidden: true,
    access: { create: never, update: never, read: never },
  },
  {
    // An administrator's view of a pending invitation, with the button that re-sends it.
    name: 'invitationStatus',
    type: 'ui',
    admin: { components: { Field: '@/auth/invitations/admin/ResendInvitation#ResendInvitation' } },
  },
]

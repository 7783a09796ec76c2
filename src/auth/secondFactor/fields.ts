// What an account keeps of its second factor. The secret and the recovery codes' hashes are never
// read through any API; whether a factor is enrolled is visible to its owner and administrators.
import type { Field } from 'payload'

const nobody = () => false

export const secondFactorFields: Field[] = [
  {
    name: 'secondFactor',
    type: 'group',
    admin: { hidden: true },
    access: { create: nobody, update: nobody },
    fields: [
      { name: 'enrolledAt', type: 'date' },
      { name: 'secret', type: 'text', access: { read: nobody } },
      { name: 'pendingSecret', type: 'text', access: { read: nobody } },
      // The time step of the last code accepted: a code of that step or an earlier one is refused.
      { name: 'lastStep', type: 'number', access: { read: nobody } },
      {
        name: 'recoveryCodes',
        type: 'array',
        access: { read: nobody },
        fields: [
          { name: 'hash', type: 'text', required: true },
          { name: 'usedAt', type: 'date' },
        ],
      },
    ],
  },
  {
    name: 'accountSecurity',
    type: 'ui',
    admin: { components: { Field: '@/auth/admin/AccountSecurity#AccountSecurity' } },
  },
]

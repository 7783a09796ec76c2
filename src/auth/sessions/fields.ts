// Laurel's additions to each entry of Payload's own `sessions` array (Payload merges a field of
// that name with its base one). Written only by src/auth through the database adapter.
import type { Field } from 'payload'

export const sessionFields: Field[] = [
  {
    name: 'sessions',
    type: 'array',
    fields: [
      { name: 'secondFactorAt', type: 'date' },
      { name: 'lastSeenAt', type: 'date' },
      { name: 'codeFailures', type: 'number' },
      { name: 'userAgent', type: 'text' },
    ],
  },
]

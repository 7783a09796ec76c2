import { afterEach, describe, expect, it } from 'vitest'

import { databaseAdapter } from '@/lib/database'

afterEach(() => {
  delete process.env.LAUREL_MONGODB_WITHOUT_TRANSACTIONS
})

describe('choosing the database from DATABASE_URI', () => {
  it('uses SQLite for file: URIs', () => {
    expect(databaseAdapter('file:./data/test.db').name).toBe('sqlite')
  })

  it('uses MongoDB for a replica-set URI', () => {
    expect(databaseAdapter('mongodb://db:27017/laurel?replicaSet=rs0').name).toBe('mongoose')
  })

  it('refuses a MongoDB URI without a replica set unless the operator opts out', () => {
    expect(() => databaseAdapter('mongodb://db:27017/laurel')).toThrow(/replicaSet/)
    process.env.LAUREL_MONGODB_WITHOUT_TRANSACTIONS = 'true'
    expect(databaseAdapter('mongodb://db:27017/laurel').name).toBe('mongoose')
  })

  it('refuses anything else with a message naming the scheme', () => {
    expect(() => databaseAdapter('postgres://db/laurel')).toThrow(/postgres:/)
  })
})

// One Payload instance per test file, on the throw-away database chosen in setupEnv.ts.
import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

import { prepareDatabase } from '@/seed/prepare'

let instance: Payload | undefined

export const testPayload = async (): Promise<Payload> => {
  if (instance) return instance
  const payload = await getPayload({ config })
  await prepareDatabase(payload)
  instance = payload
  return payload
}

/** Drops a MongoDB test database; SQLite files vanish with the temp folder. */
export const closePayload = async () => {
  if (!instance) return
  if (instance.db.name === 'mongoose') {
    const connection = (
      instance.db as unknown as { connection: { dropDatabase: () => Promise<void> } }
    ).connection
    await connection.dropDatabase()
  }
  await instance.destroy()
  instance = undefined
}

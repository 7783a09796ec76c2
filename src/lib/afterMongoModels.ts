// Declares more on the MongoDB adapter's compiled models (indexes, mostly) once `init` has built
// them and before `connect` builds their indexes (`ensureIndexes`).
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapterObj } from 'payload'

export const afterMongoModels = (
  adapter: DatabaseAdapterObj,
  declare: (mongo: MongooseAdapter) => void,
): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const buildModels = db.init
    db.init = async function () {
      await buildModels?.call(this)
      declare(this as unknown as MongooseAdapter)
    }
    return db
  },
})

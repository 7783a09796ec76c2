// `unique` on an optional field means "no two documents share a value; any number have none". On
// SQLite a unique index already says that (NULLs are distinct). The MongoDB adapter makes a
// unique *sparse* index, which skips a missing field but still indexes an explicit null, which
// is what Payload stores when an editor clears the field: the second expert profile without an
// account would be refused. Here every such index covers only values of the field's own type
// (a partial index), so empty values never collide, on both databases.
import type { DatabaseAdapterObj, FlattenedField } from 'payload'

import { afterMongoModels } from './afterMongoModels'

/** The BSON type a present value of the field has; other fields keep the adapter's index. */
const bsonTypeOf = (field: FlattenedField): string | undefined => {
  switch (field.type) {
    case 'text':
    case 'email':
    case 'textarea':
    case 'select':
      return 'string'
    case 'number':
      return 'number'
    case 'date':
      return 'date'
    case 'relationship':
    case 'upload':
      return typeof field.relationTo === 'string' && !field.hasMany ? 'objectId' : undefined
    default:
      return undefined
  }
}

/** The unique fields stored at the top of a document (localized ones are stored per locale). */
export const presentValueIndexes = (fields: FlattenedField[]) =>
  fields.flatMap((field) => {
    const type = 'unique' in field && field.unique && !field.localized && bsonTypeOf(field)
    return type
      ? [
          {
            path: field.name,
            options: { unique: true, partialFilterExpression: { [field.name]: { $type: type } } },
          },
        ]
      : []
  })

export const withUniqueWhenPresent = (adapter: DatabaseAdapterObj) =>
  afterMongoModels(adapter, (mongo) => {
    for (const collection of mongo.payload.config.collections) {
      const schema = mongo.collections[collection.slug]?.schema
      for (const { path, options } of presentValueIndexes(collection.flattenedFields)) {
        schema?.path(path)?.index(options)
      }
    }
  })

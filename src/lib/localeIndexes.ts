// Payload reads the localized text of a document (and of each array row) by `_parent_id`, but
// its `*_locales` tables only carry a unique index on (`_locale`, `_parent_id`), which SQLite
// cannot use for that lookup without statistics. This adds the index it needs to every such table.
import type { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

type SQLiteSchemaHook = NonNullable<Parameters<typeof sqliteAdapter>[0]['afterSchemaInit']>[number]

export const indexLocalesByParent: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales')) continue
    extendTable({
      table,
      extraConfig: (columns) => ({
        [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(columns._parentID),
      }),
    })
  }
  return schema
}

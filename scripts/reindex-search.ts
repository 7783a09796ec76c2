// Rebuilds the site search index of the database named by DATABASE_URI (applying that database's
// own migrations first): `npx payload run scripts/reindex-search.ts`. With LAUREL_REINDEX_IF_EMPTY=true it leaves
// a database that has an index alone (`payload run` passes the script no arguments). Saves keep
// the index current themselves; this is for content older than the index (the benchmark's).
import config from '@payload-config'
import { getPayload } from 'payload'

import { migrateOwn } from '@/lib/ownMigrations'
import { reindexAll } from '@/search/reindexAll'

const payload = await getPayload({ config })
await migrateOwn(payload)
if (
  process.env.LAUREL_REINDEX_IF_EMPTY === 'true' &&
  (await payload.count({ collection: 'search' })).totalDocs
) {
  console.log('The search index is already built.')
  process.exit(0)
}
const started = Date.now()
await reindexAll(payload, (line) =>
  console.log(`${line} (${Math.round((Date.now() - started) / 1000)} s)`),
)
console.log(`Search index rebuilt in ${Math.round((Date.now() - started) / 1000)} s.`)
process.exit(0)

// A server started on another database than the one its rendered pages came from (a restore, a
// second data folder, a copied build) discards them before its first answer (issue 14, finding 8).
import path from 'node:path'

import type { Payload } from 'payload'

import { databaseIdentity } from './databaseIdentity'
import { keepOnlyPagesOf } from './renderedPages.mjs'

export const discardPagesOfOtherDatabases = async (
  payload: Payload,
  distDir = path.join(process.cwd(), '.next'),
) => {
  // `next dev` keeps its pages elsewhere (.next/dev) and runs on its own database.
  if (process.env.NODE_ENV !== 'production') return
  if (keepOnlyPagesOf(distDir, await databaseIdentity(payload))) {
    payload.logger.info('Discarded the rendered pages: they were not read from this database.')
  }
}

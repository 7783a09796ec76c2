// Next keeps rendered pages and cached query results in .next across restarts. They belong to the
// database they were read from, so the identity of that database (src/lib/databaseIdentity.ts) is
// written beside them, and a server that starts on another database discards them first.
import fs from 'node:fs'
import path from 'node:path'

// Where `next start` writes pages rendered on demand and cached data (Next 16's file system cache).
const RENDERED = ['server/route-cache', 'cache/fetch-cache']
const IDENTITY_FILE = 'cache/laurel-database-identity'

/** @param {string} distDir Next's build folder, `.next` */
export const forgetRenderedPages = (distDir) => {
  for (const dir of RENDERED) fs.rmSync(path.join(distDir, dir), { recursive: true, force: true })
  fs.rmSync(path.join(distDir, IDENTITY_FILE), { force: true })
}

/** @param {string} distDir */
export const pagesDatabase = (distDir) => {
  const file = path.join(distDir, IDENTITY_FILE)
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null
}

/**
 * Called before the server answers: pages of another database, or of an unknown one, are
 * discarded, and the pages rendered from now on are marked as this database's.
 * @param {string} distDir
 * @param {string} identity
 * @returns {boolean} whether pages were discarded
 */
export const keepOnlyPagesOf = (distDir, identity) => {
  if (pagesDatabase(distDir) === identity) return false
  forgetRenderedPages(distDir)
  fs.mkdirSync(path.join(distDir, path.dirname(IDENTITY_FILE)), { recursive: true })
  fs.writeFileSync(path.join(distDir, IDENTITY_FILE), `${identity}\n`)
  return true
}

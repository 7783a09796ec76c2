// What `npm run backup` writes and `npm run restore` reads: one gzipped tar holding the SQLite
// database (database.sqlite), the uploads (media/…) and manifest.json, which lists every other file
// with its size and SHA-256 so that a damaged or altered archive is refused before anything changes.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const FORMAT = 'laurel-backup/1'
export const DATABASE_FILE = 'database.sqlite'
export const MEDIA_FOLDER = 'media'
const MANIFEST = 'manifest.json'

/** The SQLite file and uploads folder a server started here with the same environment uses. */
export const dataLocations = (env = process.env, cwd = process.cwd()) => {
  const uri = env.DATABASE_URI || 'file:./data/laurel.db'
  if (!uri.startsWith('file:')) {
    throw new Error(
      'DATABASE_URI is not a SQLite file. On MongoDB back up with mongodump --oplog inside the ' +
        'mongo container and copy the media volume (README, "Backups").',
    )
  }
  return {
    database: path.resolve(cwd, uri.slice('file:'.length)),
    media: path.resolve(env.LAUREL_MEDIA_DIR ?? path.join(cwd, 'media')),
    distDir: path.join(cwd, '.next'),
  }
}

const filesUnder = (folder, prefix = '') =>
  fs.existsSync(folder)
    ? fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const relative = path.posix.join(prefix, entry.name)
        if (entry.isDirectory()) return filesUnder(path.join(folder, entry.name), relative)
        if (entry.isFile()) return [relative]
        // A link in an archive could point the restored uploads anywhere on the machine.
        throw new Error(`${relative} is neither a file nor a folder.`)
      })
    : []

const sha256 = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

const describe = (folder, relative) => ({
  path: relative,
  bytes: fs.statSync(path.join(folder, relative)).size,
  sha256: sha256(path.join(folder, relative)),
})

/** Writes manifest.json for everything in `folder` (the archive's contents, staged). */
export const writeManifest = (folder, facts) => {
  const files = filesUnder(folder).map((relative) => describe(folder, relative))
  const manifest = { format: FORMAT, ...facts, files }
  fs.writeFileSync(path.join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

const isInside = (relative) =>
  relative === DATABASE_FILE ||
  (relative.startsWith(`${MEDIA_FOLDER}/`) && !relative.split('/').includes('..'))

/**
 * The problems of an unpacked archive, empty when it is whole: every file listed, with its size
 * and checksum, and nothing unlisted or outside the database and the media folder.
 */
export const manifestProblems = (folder) => {
  const file = path.join(folder, MANIFEST)
  if (!fs.existsSync(file)) return ['manifest.json is missing: this is not a Laurel backup.']
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'))
  if (manifest.format !== FORMAT) return [`Unknown backup format ${manifest.format}.`]
  const listed = new Map(manifest.files.map((entry) => [entry.path, entry]))
  let present
  try {
    present = filesUnder(folder).filter((relative) => relative !== MANIFEST)
  } catch (error) {
    return [error.message]
  }
  const problems = []
  if (!listed.has(DATABASE_FILE)) problems.push(`${DATABASE_FILE} is not in the manifest.`)
  for (const relative of listed.keys()) {
    if (!isInside(relative)) problems.push(`${relative} is outside the database and media.`)
    else if (!present.includes(relative)) problems.push(`${relative} is missing.`)
  }
  for (const relative of present) {
    const entry = listed.get(relative)
    if (!entry) problems.push(`${relative} is not in the manifest.`)
    else if (describe(folder, relative).sha256 !== entry.sha256) {
      problems.push(`${relative} does not match its checksum.`)
    }
  }
  return problems
}

const tar = (args) => {
  const result = spawnSync('tar', args, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`tar ${args[0]} failed: ${result.stderr.trim()}`)
}

export const pack = (folder, archive) => tar(['-czf', archive, '-C', folder, '.'])
export const unpack = (archive, folder) => tar(['-xzf', archive, '-C', folder, '--no-same-owner'])

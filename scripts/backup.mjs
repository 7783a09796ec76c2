#!/usr/bin/env node
// `npm run backup -- <file>`: one archive of the SQLite database and the uploads, with a manifest
// of checksums, taken while the server keeps serving. VACUUM INTO reads one consistent snapshot
// through SQLite's own locking (libsql implements no online-backup API); uploads are copied after
// it, so the archive never names a file it lacks unless one is deleted during the backup.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'

import {
  DATABASE_FILE,
  MEDIA_FOLDER,
  dataLocations,
  pack,
  writeManifest,
} from './backupArchive.mjs'

const IDENTITY = "SELECT data FROM payload_kv WHERE key = 'laurel:database-identity'"

const snapshotDatabase = (database, target) => {
  const connection = new Database(database, { fileMustExist: true })
  try {
    connection.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`)
    const row = connection.prepare(IDENTITY).get()
    return row ? JSON.parse(row.data).uuid : null
  } finally {
    connection.close()
  }
}

const backUp = (archive) => {
  const { database, media } = dataLocations()
  if (!fs.existsSync(database)) throw new Error(`There is no database at ${database}.`)
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-backup-'))
  try {
    const databaseIdentity = snapshotDatabase(database, path.join(staging, DATABASE_FILE))
    if (fs.existsSync(media))
      fs.cpSync(media, path.join(staging, MEDIA_FOLDER), { recursive: true })
    const manifest = writeManifest(staging, {
      createdAt: new Date().toISOString(),
      databaseIdentity,
    })
    // Written beside its final name first: an interrupted backup never looks like a whole one.
    const partial = `${archive}.partial`
    pack(staging, partial)
    fs.renameSync(partial, archive)
    return manifest
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

const archive = process.argv[2]
if (!archive) {
  console.error('usage: npm run backup -- <archive.tar.gz>')
  process.exit(2)
}
try {
  const { files } = backUp(path.resolve(archive))
  console.log(`Backed up the database and ${files.length - 1} uploaded files to ${archive}.`)
} catch (error) {
  console.error(`Backup failed: ${error.message}`)
  process.exit(1)
}

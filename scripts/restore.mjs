#!/usr/bin/env node
// `npm run restore -- <file>`: puts back the database and uploads of a backup (scripts/backup.mjs).
// Refused, changing nothing, when the archive fails its manifest or a server has the database
// open. The state it replaces is kept beside it (`….before-restore-<time>`), and Next's rendered
// pages are discarded so that the next reader sees the restored data.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'

import { forgetRenderedPages } from '../src/lib/renderedPages.mjs'
import {
  DATABASE_FILE,
  MEDIA_FOLDER,
  dataLocations,
  manifestProblems,
  unpack,
} from './backupArchive.mjs'

/**
 * Every connection of a running server holds a shared lock on the file, so an exclusive lock is
 * granted only when none is open (tried once, without waiting). On success the lock is released
 * by closing, which also folds the write-ahead log into the file.
 */
const serverUsing = (database) => {
  if (!fs.existsSync(database)) return false
  const probe = new Database(database)
  try {
    probe.exec('PRAGMA busy_timeout = 0')
    probe.exec('PRAGMA locking_mode = EXCLUSIVE')
    probe.exec('BEGIN EXCLUSIVE')
    probe.exec('COMMIT')
    return false
  } catch {
    return true
  } finally {
    probe.close()
  }
}

const checkDatabase = (file) => {
  const connection = new Database(file, { fileMustExist: true })
  try {
    const { integrity_check: result } = connection.prepare('PRAGMA integrity_check').get()
    if (result !== 'ok') throw new Error(`The archive's database is damaged: ${result}.`)
    // A new identity: caches kept for the database as it was before the restore must not be used.
    connection.exec("DELETE FROM payload_kv WHERE key = 'laurel:database-identity'")
  } finally {
    connection.close()
  }
}

const moveAside = (file, stamp) => {
  if (!fs.existsSync(file)) return null
  const aside = `${file}.before-restore-${stamp}`
  fs.renameSync(file, aside)
  return aside
}

const restore = (archive) => {
  const { database, media, distDir } = dataLocations()
  if (!fs.existsSync(archive)) throw new Error(`There is no file ${archive}.`)
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-restore-'))
  try {
    unpack(archive, staging)
    const problems = manifestProblems(staging)
    if (problems.length > 0)
      throw new Error(`The archive fails its manifest:\n  ${problems.join('\n  ')}`)
    checkDatabase(path.join(staging, DATABASE_FILE))
    if (serverUsing(database)) {
      throw new Error(`A server is using ${database}: stop it, then restore again.`)
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const kept = [moveAside(database, stamp), moveAside(media, stamp)].filter(Boolean)
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${database}${suffix}`, { force: true })
    fs.mkdirSync(path.dirname(database), { recursive: true })
    fs.cpSync(path.join(staging, DATABASE_FILE), database)
    const restoredMedia = path.join(staging, MEDIA_FOLDER)
    if (fs.existsSync(restoredMedia)) fs.cpSync(restoredMedia, media, { recursive: true })
    else fs.mkdirSync(media, { recursive: true })
    forgetRenderedPages(distDir)
    return kept
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

const archive = process.argv[2]
if (!archive) {
  console.error('usage: npm run restore -- <archive.tar.gz>')
  process.exit(2)
}
try {
  const kept = restore(path.resolve(archive))
  console.log(`Restored ${archive}. Rendered pages were discarded; start the server.`)
  if (kept.length > 0) console.log(`What it replaced is kept as ${kept.join(' and ')}.`)
} catch (error) {
  console.error(`Restore refused: ${error.message}`)
  process.exit(1)
}

// `npm run backup` and `npm run restore` on this file's database and uploads: a backup taken while
// the database is open, a restore refused while it still is and for an archive that fails its
// manifest (changing nothing), and a restore that brings back the database and uploads as backed
// up, with a new database identity. The same round trip through a real server is in
// tests/e2e/backup-restore.test.ts.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DATABASE_IDENTITY_KEY, databaseIdentity } from '@/lib/databaseIdentity'

import { closePayload, testPayload } from '../helpers/payload'
import { pngFile } from '../helpers/samples'

const root = path.resolve(import.meta.dirname, '..', '..')
// The scripts discard rendered pages of `.next` in their working folder: never the project's.
const workFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-backup-test-'))
const archive = path.join(workFolder, 'laurel.tar.gz')
const mediaDir = process.env.LAUREL_MEDIA_DIR as string

const runScript = (
  name: 'backup' | 'restore',
  file = archive,
  env: Record<string, string> = {},
) => {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', `${name}.mjs`), file], {
    cwd: workFolder,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const filesIn = (folder: string): string[] =>
  fs.existsSync(folder) ? (fs.readdirSync(folder, { recursive: true }) as string[]).sort() : []

let payload: Payload
let unitId: number
let identityBefore: string

const unitName = async () =>
  (await payload.findByID({ collection: 'units', id: unitId, overrideAccess: true })).name

beforeAll(async () => {
  payload = await testPayload()
  const unit = await payload.create({
    collection: 'units',
    data: { name: '备份前的镇', kind: 'town-office', assessmentCategory: 'key-development' },
    overrideAccess: true,
  })
  unitId = unit.id
  await payload.create({
    collection: 'media',
    data: { alt: '备份前的图片' },
    file: await pngFile('before.png'),
    overrideAccess: true,
  })
  identityBefore = await databaseIdentity(payload)
})
afterAll(async () => {
  await closePayload()
  fs.rmSync(workFolder, { recursive: true, force: true })
})

// Backups of MongoDB are mongodump's (README), not these scripts'.
describe.skipIf(!process.env.DATABASE_URI?.startsWith('file:'))('backing up and restoring', () => {
  it('backs up while the database is open, with a checksum for every file', () => {
    const { status, output } = runScript('backup')
    expect(output).toContain('Backed up')
    expect(status).toBe(0)
    const listing = spawnSync('tar', ['-xzOf', archive, './manifest.json'], { encoding: 'utf8' })
    const manifest = JSON.parse(listing.stdout)
    expect(manifest.databaseIdentity).toBe(identityBefore)
    const paths = manifest.files.map((file: { path: string }) => file.path)
    expect(paths).toContain('database.sqlite')
    expect(paths).toEqual(
      expect.arrayContaining(
        filesIn(mediaDir)
          .filter((name) => name.endsWith('.png'))
          .map((name) => `media/${name}`),
      ),
    )
    for (const file of manifest.files) expect(file.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('refuses to restore while a server has the database open, and changes nothing', async () => {
    await payload.update({
      collection: 'units',
      id: unitId,
      data: { name: '备份后改过的镇' },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'media',
      data: { alt: '备份后的图片' },
      file: await pngFile('after.png'),
      overrideAccess: true,
    })
    const mediaBefore = filesIn(mediaDir)
    const { status, output } = runScript('restore')
    expect(status).toBe(1)
    expect(output).toMatch(/A server is using .*: stop it/)
    expect(await unitName()).toBe('备份后改过的镇')
    expect(filesIn(mediaDir)).toEqual(mediaBefore)
  })

  it('refuses an archive whose files do not match the manifest, and changes nothing', async () => {
    const unpacked = fs.mkdtempSync(path.join(workFolder, 'tampered-'))
    spawnSync('tar', ['-xzf', archive, '-C', unpacked])
    const picture = filesIn(path.join(unpacked, 'media')).find((name) => name.endsWith('.png'))
    fs.appendFileSync(path.join(unpacked, 'media', picture as string), 'altered')
    const tampered = path.join(workFolder, 'tampered.tar.gz')
    spawnSync('tar', ['-czf', tampered, '-C', unpacked, '.'])
    const { status, output } = runScript('restore', tampered)
    expect(status).toBe(1)
    expect(output).toContain(`media/${picture} does not match its checksum`)
    expect(await unitName()).toBe('备份后改过的镇')
  })

  // This process keeps its connections' locks until it exits, as a server would; the restore goes
  // to a second data folder holding the edited state, as a machine the backup is carried to.
  it('restores the database and uploads as backed up where no server uses them', async () => {
    const target = fs.mkdtempSync(path.join(workFolder, 'machine-'))
    const database = path.join(target, 'laurel.db')
    const media = path.join(target, 'media')
    const copy = new Database(process.env.DATABASE_URI!.slice('file:'.length))
    copy.exec(`VACUUM INTO '${database}'`)
    copy.close()
    fs.cpSync(mediaDir, media, { recursive: true })

    const { status, output } = runScript('restore', archive, {
      DATABASE_URI: `file:${database}`,
      LAUREL_MEDIA_DIR: media,
    })
    expect(output).toContain('Restored')
    expect(status).toBe(0)
    const restored = new Database(database, { readonly: true })
    const row = restored
      .prepare("SELECT name FROM units_locales WHERE _parent_id = ? AND _locale = 'zh'")
      .get(unitId) as { name: string }
    // Caches kept for the database before the restore (rendered pages, shared caches) are not its.
    const identities = restored
      .prepare('SELECT count(*) AS n FROM payload_kv WHERE key = ?')
      .get(DATABASE_IDENTITY_KEY) as { n: number }
    restored.close()
    expect(row.name).toBe('备份前的镇')
    expect(identities.n).toBe(0)
    const pictures = filesIn(media).filter((name) => name.endsWith('.png'))
    expect(pictures.some((name) => name.startsWith('images/before'))).toBe(true)
    expect(pictures.some((name) => name.includes('after'))).toBe(false)
  })
})

describe('the database identity', () => {
  it('is one UUID per database, the same for callers at once and kept in the database', async () => {
    const [first, second] = await Promise.all([
      databaseIdentity(payload),
      databaseIdentity(payload),
    ])
    expect(first).toMatch(/^[0-9a-f-]{36}$/)
    expect(second).toBe(first)
    expect(await payload.kv.get(DATABASE_IDENTITY_KEY)).toEqual({ uuid: first })
  })
})

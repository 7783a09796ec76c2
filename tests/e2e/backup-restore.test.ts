// An operator backs up a running Laurel, an editor then changes a notice, and the operator restores
// the backup: refused while the server runs, done once it is stopped, and after a restart the
// public page and the API show the notice as backed up, not the page rendered after the edit
// (issue 14, finding 8). The server here is a second one on its own database, beside the suite's.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { forgetRenderedPages } from '../../scripts/build.mjs'
import { startServer, type TestServer } from '../helpers/server'
import { DEMO_PASSWORD } from './browser'

const root = path.resolve(import.meta.dirname, '..', '..')
const port = Number(process.env.LAUREL_E2E_PORT || 3310) + 2
const dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-backup-e2e-'))
const archive = path.join(dataFolder, 'backup.tar.gz')
let server: TestServer

const data = {
  DATABASE_URI: `file:${path.join(dataFolder, 'e2e.db')}`,
  LAUREL_MEDIA_DIR: path.join(dataFolder, 'media'),
}
const runScript = (name: 'backup' | 'restore') => {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', `${name}.mjs`), archive], {
    cwd: root,
    env: { ...process.env, ...data },
    encoding: 'utf8',
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const api = async (
  method: string,
  apiPath: string,
  init: { token?: string; json?: unknown } = {},
) => {
  const response = await fetch(`${server.baseUrl}/api${apiPath}`, {
    method,
    headers: {
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      ...(init.json ? { 'Content-Type': 'application/json' } : {}),
    },
    body: init.json ? JSON.stringify(init.json) : undefined,
  })
  return { status: response.status, data: (await response.json()) as Record<string, unknown> }
}
const publicHtml = async (pagePath: string) =>
  (await fetch(new URL(pagePath, server.baseUrl))).text()

beforeAll(async () => {
  server = await startServer(port, { dataFolder })
})
afterAll(async () => {
  await server?.stop()
  // Pages this server rendered are of its database, not the suite server's.
  forgetRenderedPages()
  fs.rmSync(dataFolder, { recursive: true, force: true })
})

describe('an operator restores a backup', () => {
  it('brings back the backed-up notice on the public page and in the API', async () => {
    const { data: list } = await api('GET', '/commendations?limit=1&sort=-issuedAt&depth=0')
    const notice = (list.docs as { id: number; title: string; slug: string }[])[0]!
    const pagePath = `/zh/commendations/${notice.slug}`
    expect(await publicHtml(pagePath)).toContain(notice.title) // now rendered and cached

    const backup = runScript('backup')
    expect(backup.output).toContain('Backed up')
    expect(backup.status).toBe(0)

    const { data: login } = await api('POST', '/users/login', {
      json: { email: 'editor@laurel.local', password: DEMO_PASSWORD },
    })
    const edited = `${notice.title}（备份之后的修改）`
    const saved = await api('PATCH', `/commendations/${notice.id}`, {
      token: login.token as string,
      json: { title: edited },
    })
    expect(saved.status, JSON.stringify(saved.data)).toBe(200)
    expect(await publicHtml(pagePath)).toContain(edited) // the edited page is in the cache now

    const refused = runScript('restore')
    expect(refused.output).toContain('A server is using')
    expect(refused.status).toBe(1)
    expect(await publicHtml(pagePath)).toContain(edited)

    await server.stop()
    const restored = runScript('restore')
    expect(restored.output).toContain('Restored')
    expect(restored.status).toBe(0)
    // Started as an operator would after a restore: the server judges the pages in .next itself.
    server = await startServer(port, { dataFolder, keepRenderedPages: true })

    const html = await publicHtml(pagePath)
    expect(html).toContain(notice.title)
    expect(html).not.toContain(edited)
    const { data: fromApi } = await api('GET', `/commendations/${notice.id}?depth=0`)
    expect(fromApi.title).toBe(notice.title)
  })
})

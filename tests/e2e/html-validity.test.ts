// Every public page template in both languages is valid HTML as the Nu HTML Checker (vnu, the
// W3C's checker, from the vnu-jar package, run on the machine's Java) reads it: no errors at all.
// The pages are fetched from the test server as a browser first receives them, before any script.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl } from './browser'
import { notFoundTemplates, publicTemplates } from './templates'

const vnuJar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar')
let folder: string

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-vnu-'))
})

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true })
})

type VnuMessage = {
  type: string
  url: string
  message: string
  lastLine?: number
  extract?: string
}

/** vnu writes its JSON report to standard error, and exits 1 when it found errors. */
const check = async (files: string[]): Promise<VnuMessage[]> => {
  const run = promisify(execFile)
  const args = ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files]
  const report = await run('java', args, { maxBuffer: 32 * 1024 * 1024 }).then(
    ({ stderr }) => stderr,
    (error: { stderr?: string }) => error.stderr ?? String(error),
  )
  return (JSON.parse(report) as { messages: VnuMessage[] }).messages
}

describe.each(['zh', 'en'] as const)('every page template in %s', (locale) => {
  it('has no error the Nu HTML Checker finds', async () => {
    const templates = await publicTemplates()
    const files = new Map<string, string>()
    for (const [template, pagePath] of Object.entries(templates)) {
      const address = `/${locale}${pagePath}`
      const response = await fetch(new URL(address, baseUrl()))
      expect(response.status, address).toBe(notFoundTemplates.has(template) ? 404 : 200)
      const file = path.join(folder, `${locale}-${files.size}.html`)
      fs.writeFileSync(file, await response.text())
      files.set(`file:${file}`, `${template} (${address})`)
    }
    const messages = await check([...files.keys()])
    // A message naming no page (the checker itself failing) counts as an error too.
    const errors = messages.map(
      (m) =>
        `${files.get(m.url) ?? m.url}: ${m.message}${m.lastLine ? ` (line ${m.lastLine})` : ''}`,
    )
    expect(errors).toEqual([])
    // The checker really read every page: an unreadable file would be a message of its own.
    expect(files.size).toBe(Object.keys(templates).length)
  }, 180_000)
})

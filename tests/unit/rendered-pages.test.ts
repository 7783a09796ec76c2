// Rendered pages are marked with the identity of the database they were read from; a server that
// starts on another database discards them (issue 14, finding 8: two servers from one folder, or a
// restored database, served pages of another).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { keepOnlyPagesOf, pagesDatabase } from '@/lib/renderedPages.mjs'

let distDir: string
const renderedPage = () => path.join(distDir, 'server', 'route-cache', 'APP_PAGE', 'zh.html')
const cachedData = () => path.join(distDir, 'cache', 'fetch-cache', 'entry')
const renderSomething = () => {
  for (const file of [renderedPage(), cachedData()]) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, 'rendered')
  }
}

beforeEach(() => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-dist-'))
})
afterEach(() => fs.rmSync(distDir, { recursive: true, force: true }))

describe('rendered pages belong to one database', () => {
  it('keeps the pages when the server starts again on the same database', () => {
    keepOnlyPagesOf(distDir, 'database-a')
    renderSomething()
    expect(keepOnlyPagesOf(distDir, 'database-a')).toBe(false)
    expect(fs.existsSync(renderedPage())).toBe(true)
  })

  it('discards pages and cached data read from another database', () => {
    keepOnlyPagesOf(distDir, 'database-a')
    renderSomething()
    expect(keepOnlyPagesOf(distDir, 'database-b')).toBe(true)
    expect(fs.existsSync(renderedPage())).toBe(false)
    expect(fs.existsSync(cachedData())).toBe(false)
    expect(pagesDatabase(distDir)).toBe('database-b')
  })

  it('discards pages of an unknown database (rendered before the identity was recorded)', () => {
    renderSomething()
    expect(keepOnlyPagesOf(distDir, 'database-a')).toBe(true)
    expect(fs.existsSync(renderedPage())).toBe(false)
  })
})

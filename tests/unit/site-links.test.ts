// Public pages link through SiteLink, which never prefetches (see its comment): a page that used
// Next's Link directly would send a request per link in view for every reader.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..', 'src')

const sources = (directory: string): string[] =>
  fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name)
    if (entry.isDirectory()) return entry.name === '(payload)' ? [] : sources(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })

describe('links between public pages', () => {
  it("go through SiteLink, never Next's prefetching Link directly", () => {
    const direct = sources(root)
      .filter((file) => !file.endsWith(path.join('layout', 'SiteLink.tsx')))
      .filter((file) => /from 'next\/link'/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file))
    expect(direct).toEqual([])
  })
})

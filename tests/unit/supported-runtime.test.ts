// Issue 14, finding 10: Laurel ran on Node.js 20 after its end of life, and nothing held the
// dependencies above the versions known advisories were fixed in. Node 24 is declared where a
// machine, the image and CI read it, the suite itself runs on it, and the lockfile meets the floors.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { unmetFloors } from '../../scripts/check-version-floors.mjs'

const root = path.resolve(import.meta.dirname, '..', '..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')
const major = (version: string) => Number(version.replace(/^v/, '').split('.')[0])

describe('the supported runtime', () => {
  it('is Node.js 24 in package.json, the image and CI, and the suite runs on it', () => {
    expect(JSON.parse(read('package.json')).engines.node).toBe('>=24.0.0')
    expect(read('Dockerfile')).toMatch(/^FROM node:24-/m)
    expect(read('.ci/run')).toContain('scripts/node24.sh')
    expect(major(process.version)).toBeGreaterThanOrEqual(24)
  })

  it('has every locked package at or above its floor in version-floors.json', () => {
    const floors = JSON.parse(read('version-floors.json'))
    expect(Object.keys(floors)).toEqual(expect.arrayContaining(['next', 'react', 'sharp']))
    expect(unmetFloors(floors, JSON.parse(read('package-lock.json')))).toEqual([])
  })
})

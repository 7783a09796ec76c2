// Decides whether the production build is missing or older than the sources, and builds then.
// Used by `npm start` and `npm test`, so neither ever serves or tests a stale build.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { forgetRenderedPages as forgetPagesIn } from '../src/lib/renderedPages.mjs'

export const root = path.resolve(import.meta.dirname, '..')
export const bin = (name) => path.join(root, 'node_modules', '.bin', name)

export const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  return result.status ?? 1
}

const SOURCES = ['src', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'public']

const newestChange = (entry) => {
  if (!fs.existsSync(entry)) return 0
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  const children = fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name)))
  return Math.max(stat.mtimeMs, ...children)
}

export const buildIsStale = () => {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const newestSource = Math.max(...SOURCES.map((name) => newestChange(path.join(root, name))))
  return newestSource > fs.statSync(buildId).mtimeMs
}

export const buildIfStale = () => {
  if (!buildIsStale()) return 0
  console.log('Building Laurel (about a minute): there is no build of the current sources.')
  return run(bin('next'), ['build'])
}

/** Next's rendered pages and cached data, of whichever database they came from (renderedPages.mjs). */
export const forgetRenderedPages = () => forgetPagesIn(path.join(root, '.next'))

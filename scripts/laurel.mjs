#!/usr/bin/env node
// The local launcher behind `npm start` and `npm run dev`: embedded SQLite under data/, a local
// secret, a build when there is none. Containers run `node server.js` instead (see Dockerfile).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const mode = process.argv[2]
const root = path.resolve(import.meta.dirname, '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

const run = (command, args, env) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

fs.mkdirSync(path.join(root, 'data'), { recursive: true })
// Marks this server as a local one: it may keep a generated secret in data/.
process.env.LAUREL_LOCAL = '1'

const newestChange = (entry) => {
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))))
}

/** A build is needed when there is none, or when the sources changed after it was made. */
const buildIsStale = () => {
  const buildId = path.join(root, '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const sources = ['src', 'payload.config.ts', 'next.config.mjs', 'package-lock.json']
  return Math.max(...sources.map((name) => newestChange(path.join(root, name)))) > fs.statSync(buildId).mtimeMs
}

if (mode === 'start') {
  if (buildIsStale()) {
    console.log('Building Laurel (about a minute) because there is no build of the current sources…')
    run(bin('next'), ['build'])
  }
  run(bin('next'), ['start', '--port', process.env.PORT || '3000'])
} else if (mode === 'dev') {
  // Development keeps its own database so production files are never schema-pushed.
  const env = { DATABASE_URI: process.env.DATABASE_URI || 'file:./data/laurel-dev.db' }
  run(bin('next'), ['dev', '--port', process.env.PORT || '3000'], env)
} else {
  console.error('usage: node scripts/laurel.mjs start|dev')
  process.exit(2)
}

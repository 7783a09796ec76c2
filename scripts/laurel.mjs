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

if (mode === 'start') {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    console.log('No build found: building Laurel once (about two minutes)…')
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

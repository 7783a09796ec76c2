#!/usr/bin/env node
// The local launcher behind `npm start` and `npm run dev`: embedded SQLite under data/, a local
// secret, a fresh build when the sources changed. Containers run `node server.js` instead.
import fs from 'node:fs'
import path from 'node:path'

import { bin, buildIfStale, forgetRenderedPages, root, run } from './build.mjs'

const mode = process.argv[2]
const port = process.env.PORT || '3000'

fs.mkdirSync(path.join(root, 'data'), { recursive: true })
// Marks this server as a local one: it may keep a generated secret in data/.
process.env.LAUREL_LOCAL = '1'

if (mode === 'start') {
  const built = buildIfStale()
  if (built !== 0) process.exit(built)
  const uri = process.env.DATABASE_URI || 'file:./data/laurel.db'
  if (uri.startsWith('file:') && !fs.existsSync(path.resolve(root, uri.slice('file:'.length)))) {
    forgetRenderedPages()
  }
  // Any further arguments go to `next start` (start:proxied adds `--hostname 127.0.0.1`).
  process.exit(run(bin('next'), ['start', '--port', port, ...process.argv.slice(3)]))
} else if (mode === 'dev') {
  // Development keeps its own database, so the production file is never schema-pushed.
  const env = { DATABASE_URI: process.env.DATABASE_URI || 'file:./data/laurel-dev.db' }
  process.exit(run(bin('next'), ['dev', '--port', port], env))
} else {
  console.error('usage: node scripts/laurel.mjs start|dev')
  process.exit(2)
}

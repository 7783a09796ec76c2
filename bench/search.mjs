#!/usr/bin/env node
// The site search benchmark: times the search data function over the large data set. It works on
// a copy of the page benchmark's database (data/bench/bench.db, seeded by `npm run bench`), so the
// page benchmark's own database is never changed, builds the copy's search index once (a few
// minutes) and prints p50/p95 per query. Figures only. Usage: node bench/search.mjs [--fresh]
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { bin, root } from '../scripts/build.mjs'

const dir = path.join(root, 'data', 'bench')
const source = path.join(dir, 'bench.db')
const copy = path.join(dir, 'search.db')
if (!fs.existsSync(source)) {
  console.error('No data/bench/bench.db: run `npm run bench` once to seed the large data set.')
  process.exit(1)
}

if (process.argv.includes('--fresh') || !fs.existsSync(copy)) {
  for (const suffix of ['', '-wal', '-shm']) {
    fs.rmSync(copy + suffix, { force: true })
    if (fs.existsSync(source + suffix)) fs.copyFileSync(source + suffix, copy + suffix)
  }
}

const env = {
  ...process.env,
  DATABASE_URI: `file:${copy}`,
  LAUREL_LOG_LEVEL: 'warn',
  LAUREL_REINDEX_IF_EMPTY: 'true',
  // The data layer is server-only; outside Next this condition lets it load.
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --conditions=react-server`.trim(),
}
const payload = (script, ...args) =>
  spawnSync(bin('payload'), ['run', script, ...args], { cwd: root, env, stdio: 'inherit' }).status

if (payload('scripts/reindex-search.ts') !== 0) process.exit(1)
process.exit(payload('bench/searchTimes.ts') ?? 1)

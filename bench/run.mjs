#!/usr/bin/env node
// Laurel's page benchmark (issue 3). It seeds the large data set once (bench/seedLarge.ts:
// 10,000 notices, 100,000 awardees, 5,000 stories), starts the production server on it and
// prints, for the home page, a list page, a notice page and the honor roll:
//   - server time uncached, p50/p95: sequential requests in Next's draft mode, which bypasses
//     every cache, so each render queries the database as a first visit after a save would;
//   - requests/s and p95 from the cache under load (autocannon, 50 connections), beside the
//     same figures for a trivial cached page (/zh/feeds) and the ratio between them;
//   - database statements run during each load run (they must be 0: the cache answers);
//   - bytes of HTML, CSS and JS per page, gzipped.
// Figures only: nothing here passes or fails. Usage: npm run bench [-- --seconds 10]
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import autocannon from 'autocannon'

import { bin, buildIfStale, forgetRenderedPages, root } from '../scripts/build.mjs'

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 10
const port = 3390
const base = `http://127.0.0.1:${port}`
const dir = path.join(root, 'data', 'bench')
const database = `file:${path.join(dir, 'bench.db')}`
const queryLog = path.join(dir, 'queries.log')
fs.mkdirSync(dir, { recursive: true })

if (buildIfStale() !== 0) process.exit(1)

const env = { ...process.env, DATABASE_URI: database, LAUREL_LOG_LEVEL: 'warn' }
console.log('Seeding the large data set if it is not there yet (about 15 minutes the first time)…')
const seeded = spawnSync(bin('payload'), ['run', 'bench/seedLarge.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
})
if (seeded.status !== 0) process.exit(1)
const indexed = spawnSync(bin('payload'), ['run', 'scripts/reindex-search.ts'], {
  cwd: root,
  env: { ...env, LAUREL_REINDEX_IF_EMPTY: 'true' },
  stdio: 'inherit',
})
if (indexed.status !== 0) process.exit(1)

fs.writeFileSync(queryLog, '')
forgetRenderedPages()
const server = spawn(bin('next'), ['start', '--port', String(port)], {
  cwd: root,
  env: {
    ...env,
    NODE_ENV: 'production',
    LAUREL_LOCAL: '1', // the local secret in data/, as npm start uses
    LAUREL_SEED_DEMO: 'false',
    LAUREL_JOBS_AUTORUN: 'false',
    LAUREL_DB_QUERY_LOG: queryLog,
  },
  detached: true,
  stdio: 'ignore',
})
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {}
}
process.on('exit', stop)
process.on('SIGINT', () => process.exit(130))

const until = async (check) => {
  for (let i = 0; i < 120; i += 1) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error('The server did not come up.')
}
await until(async () => (await fetch(`${base}/api/health`)).ok)

// Draft mode needs a signed-in account to switch on; the uncached requests then carry only the
// draft-mode cookie, so they read as the public does.
const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'bench@laurel.local', password: 'quiet-harbour-lantern-26' }),
})
const token = (await login.json()).token
const preview = await fetch(`${base}/next/preview?path=%2Fzh`, {
  headers: { cookie: `payload-token=${token}` },
  redirect: 'manual',
})
const bypass = (
  preview.headers.getSetCookie().find((c) => c.startsWith('__prerender_bypass=')) ?? ''
).split(';')[0]
if (!bypass) throw new Error('Draft mode did not switch on.')

const { docs } = await (
  await fetch(`${base}/api/commendations?limit=60&depth=0&sort=-issuedAt&select[slug]=true`)
).json()
const slugs = docs.map((doc) => doc.slug)
const pages = {
  home: { cached: '/zh', uncached: (i) => (i % 2 ? '/zh' : '/en') },
  'list page': {
    cached: '/zh/commendations',
    uncached: (i) => `/zh/commendations?page=${(i % 40) + 1}`,
  },
  'notice page': {
    cached: `/zh/commendations/${slugs[0]}`,
    uncached: (i) => `/zh/commendations/${slugs[i % slugs.length]}`,
  },
  'honor roll': {
    cached: '/zh/honor-roll/2025',
    uncached: (i) => `/zh/honor-roll/${2020 + (i % 6)}`,
  },
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const queriesSoFar = () => fs.readFileSync(queryLog, 'utf8').split('\n').length - 1

const uncached = async (urlFor) => {
  const times = []
  for (let i = 0; i < 70; i += 1) {
    const started = performance.now()
    const response = await fetch(base + urlFor(i), { headers: { cookie: bypass } })
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${urlFor(i)} answered ${response.status}`)
    if (i >= 10) times.push(performance.now() - started) // the first ten warm the server up
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) }
}

const underLoad = async (url) => {
  await fetch(base + url) // fills the cache
  const before = queriesSoFar()
  const latencies = []
  const instance = autocannon({ url: base + url, connections: 50, duration: seconds })
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime))
  const result = await instance
  return {
    rps: result.requests.average,
    p95: percentile(latencies, 95),
    errors: result.errors + result.non2xx,
    queries: queriesSoFar() - before,
  }
}

const gzipBytes = (buffer) => gzipSync(buffer).length
const weigh = async (url) => {
  const html = await (await fetch(base + url)).text()
  const assets = (pattern) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]))]
  const total = async (urls) => {
    let sum = 0
    for (const asset of urls)
      sum += gzipBytes(Buffer.from(await (await fetch(base + asset)).arrayBuffer()))
    return sum
  }
  return {
    html: gzipBytes(Buffer.from(html)),
    css: await total(assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)),
    // Polyfills marked noModule are skipped by every browser that runs modules.
    js: await total(assets(/<script(?![^>]*noModule)[^>]+src="([^"]+)"/g)),
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value) => `${value.toFixed(1)} ms`
const rows = []
const trivial = await underLoad('/zh/feeds')
console.log(
  `\nTrivial cached page /zh/feeds: ${trivial.rps.toFixed(0)} req/s, p95 ${ms(trivial.p95)}`,
)
for (const [name, page] of Object.entries(pages)) {
  const cold = await uncached(page.uncached)
  const load = await underLoad(page.cached)
  const size = await weigh(page.cached)
  rows.push({
    page: name,
    'uncached p50': ms(cold.p50),
    'uncached p95': ms(cold.p95),
    'cached req/s': load.rps.toFixed(0),
    'vs trivial': (load.rps / trivial.rps).toFixed(2),
    'cached p95': ms(load.p95),
    'DB queries under load': load.queries,
    errors: load.errors,
    'HTML gz': kb(size.html),
    'CSS gz': kb(size.css),
    'JS gz': kb(size.js),
  })
}
console.log(
  `\nLaurel page benchmark: ${slugs.length ? 'large data set' : 'no notices?'}, ${seconds} s per load run, 50 connections`,
)
console.table(rows)
process.exit(0)

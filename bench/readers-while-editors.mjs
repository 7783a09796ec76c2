#!/usr/bin/env node
// Readers keep being served while editors write (issue 14): 200 readers load cached public pages
// while 5 editors keep correcting and re-publishing notices and stories, for 60 s, against the
// production build on a fresh SQLite demo database. Every save of a published notice expires its
// pages (the next reader renders them afresh) and runs in the one writer connection, whose libsql
// calls block the event loop while they run. Prints the readers' errors and latency (p50, p99,
// max) and the editors' saves and their latency. Figures only: nothing passes or fails. Not in CI.
//   nice -n 10 heavy node bench/readers-while-editors.mjs [--seconds 60] [--readers 200] [--proxied]
// --proxied puts the caching proxy of the production shape (nginx/laurel.conf.template, Debian's
// nginx, as `npm run start:proxied` runs it) in front, and readers and editors go through it.
// LAUREL_BENCH_PORT (default 3463) is the server's port; LAUREL_BENCH_PROFILE=<dir> writes the
// server's CPU profile there (node --cpu-prof) when it stops; LAUREL_BENCH_URL loads a server
// already running on a demo database instead of starting one.
import fs from 'node:fs'
import path from 'node:path'

import autocannon from 'autocannon'

import { startNginx } from '../scripts/nginx.mjs'

import { laurelUnderTest, scratchDir, stopServers } from './productionServer.mjs'

const option = (name, fallback) =>
  Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const seconds = option('seconds', 60)
const readers = option('readers', 200)
const EDITORS = 5
const port = Number(process.env.LAUREL_BENCH_PORT || 3463)
const profile = process.env.LAUREL_BENCH_PROFILE
const proxied = process.argv.includes('--proxied')

const appUrl = await laurelUnderTest(port, {
  ...(profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profile}` } : {}),
  ...(proxied ? { LAUREL_TRUSTED_PROXIES: '1' } : {}),
})
let url = appUrl
let stopProxy = async () => {}
if (proxied) {
  const scratch = scratchDir('laurel-rwe-proxy-')
  fs.chmodSync(scratch, 0o755) // nginx's workers (nobody) keep their cache below it
  const proxyPort = port + 5000
  const proxy = await startNginx(
    {
      listen: `127.0.0.1:${proxyPort}`,
      upstream: new URL(appUrl).host,
      stateDir: path.join(scratch, 'proxy'),
      accessLog: 'off',
    },
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  stopProxy = proxy.stop
  url = `http://127.0.0.1:${proxyPort}`
}

const api = async (path, init = {}) => {
  const response = await fetch(`${url}/api${path}`, init)
  return { status: response.status, data: await response.json() }
}
const login = await api('/users/login', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ email: 'editor@laurel.local', password: 'laurel-demo-2026' }),
})
const auth = { Authorization: `JWT ${login.data.token}`, 'Content-Type': 'application/json' }
const published = async (collection) =>
  (await api(`/${collection}?limit=${EDITORS}&depth=0&sort=-createdAt`)).data.docs
const [notices, stories] = [await published('commendations'), await published('model-stories')]

// What readers open: home, the lists, the honor roll and the documents the editors change.
const pages = [
  '/zh',
  '/en',
  '/zh/commendations',
  '/zh/honor-roll',
  '/zh/model-stories',
  ...notices.map((notice) => `/zh/commendations/${notice.slug}`),
  ...stories.map((story) => `/zh/model-stories/${story.slug}`),
]
for (const path of pages) await fetch(url + path) // each in the cache before the load starts

// One editor corrects their notice's title, then their story's, over and over: each save is a
// published change (re-publishes, recounts the honor roll, rebuilds search entries, is audited).
const saves = { done: 0, failed: 0, times: [] }
const edit = async (collection, doc, round) => {
  const started = performance.now()
  const { status } = await api(`/${collection}/${doc.id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ title: `${doc.title}（第 ${round} 次更正）` }),
  }).catch(() => ({ status: 0 }))
  saves.times.push(performance.now() - started)
  if (status === 200) saves.done += 1
  else saves.failed += 1
}
const until = Date.now() + seconds * 1000
const editor = async (index) => {
  for (let round = 1; Date.now() < until; round += 1) {
    await edit('commendations', notices[index % notices.length], round)
    await edit('model-stories', stories[index % stories.length], round)
  }
}

const load = autocannon({
  url,
  connections: readers,
  duration: seconds,
  timeout: 30,
  requests: pages.map((path) => ({ method: 'GET', path })),
})
const [result] = await Promise.all([
  load,
  Promise.all(Array.from({ length: EDITORS }, (_, index) => editor(index))),
])

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]
const ms = (value) => `${Math.round(value ?? NaN)} ms`
console.log(
  `${readers} readers and ${EDITORS} editors for ${seconds} s, ${pages.length} pages` +
    (proxied ? ', through the caching proxy' : ''),
)
console.log(
  `readers: ${result.requests.total} requests, ${result.errors} errors, ${result.timeouts} timeouts, ` +
    `${result.non2xx} not 2xx; latency p50 ${ms(result.latency.p50)}, p99 ${ms(result.latency.p99)}, ` +
    `max ${ms(result.latency.max)}`,
)
console.log(
  `editors: ${saves.done} saves, ${saves.failed} failed; save p50 ${ms(percentile(saves.times, 0.5))}, ` +
    `p99 ${ms(percentile(saves.times, 0.99))}`,
)
await stopProxy()
stopServers()
// The profile is written when the server exits on SIGTERM.
if (profile) await new Promise((resolve) => setTimeout(resolve, 3000))
process.exit(0)

#!/usr/bin/env node
// Two app instances against one (issue 17): a cached notice page under load (autocannon, 50
// connections in all), first from one production instance, then from two on the same database
// and the same Redis, the load split evenly between them (as the proxy would). Both runs use
// Redis as the page cache, so the figures compare instances, not caches. Debian's redis-server
// and a production build are needed. Figures only: nothing here passes or fails.
// Usage: node bench/several-instances.mjs [--seconds 10] [--port 3490] [--redis-port 6490]
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

import { bin, buildIfStale, root } from '../scripts/build.mjs'

const option = (name, fallback) =>
  Number(process.argv[process.argv.indexOf(`--${name}`) + 1]) || fallback
const seconds = option('seconds', 10)
const port = option('port', 3490)
const redisPort = option('redis-port', 6490)
const connections = 50

if (buildIfStale() !== 0) process.exit(1)

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-bench-instances-'))
const children = []
const detach = (command, args, env) => {
  const log = fs.openSync(path.join(scratch, `${children.length}.log`), 'a')
  const child = spawn(command, args, {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', log, log],
  })
  children.push(child)
  return child
}
const stopAll = () => {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
}
process.on('exit', stopAll)

const until = async (what, check, timeoutMs = 180_000) => {
  const deadline = Date.now() + timeoutMs
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen in ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

detach('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', ''])
const env = {
  ...process.env,
  NODE_ENV: 'production',
  LAUREL_LOCAL: '1',
  LAUREL_LOG_LEVEL: 'warn',
  LAUREL_REDIS_URL: `redis://127.0.0.1:${redisPort}`,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  DATABASE_URI: `file:${path.join(scratch, 'bench.db')}`,
  LAUREL_MEDIA_DIR: path.join(scratch, 'media'),
}
const start = async (at) => {
  detach(bin('next'), ['start', '--port', String(at)], env)
  await until(`the instance on ${at} answering`, async () => {
    const response = await fetch(`http://127.0.0.1:${at}/api/health`)
    return response.ok
  })
  return `http://127.0.0.1:${at}`
}

const load = (url, share) =>
  autocannon({ url, connections: share, duration: seconds }).then((result) => ({
    requests: result.requests.total,
    p95: result.latency.p97_5 ?? result.latency.p99,
  }))

const measure = async (bases, notice) => {
  const runs = await Promise.all(
    bases.map((base) => load(`${base}${notice}`, connections / bases.length)),
  )
  const total = runs.reduce((sum, run) => sum + run.requests, 0)
  return { perSecond: Math.round(total / seconds), p97: Math.max(...runs.map((run) => run.p95)) }
}

try {
  const first = await start(port)
  const list = await (await fetch(`${first}/api/commendations?limit=1&depth=0`)).json()
  const notice = `/zh/commendations/${list.docs[0].slug}`
  await fetch(`${first}${notice}`) // rendered once, kept in Redis
  const one = await measure([first], notice)
  const second = await start(port + 1)
  const two = await measure([first, second], notice)
  console.log(
    `\nCached notice page, ${connections} connections, ${seconds} s, ${os.cpus().length} cores`,
  )
  console.log(`| instances | requests/s | p97.5 latency (ms) |`)
  console.log(`| --- | --- | --- |`)
  console.log(`| 1 | ${one.perSecond} | ${one.p97} |`)
  console.log(`| 2 | ${two.perSecond} | ${two.p97} |`)
  console.log(`two against one: ${(two.perSecond / one.perSecond).toFixed(2)} ×`)
} finally {
  stopAll()
  fs.rmSync(scratch, { recursive: true, force: true })
}

// A production server (`next start`) of this build on a fresh demo database in a scratch folder,
// for the benchmarks that load it: the demo seed runs at its first start, as on an installation.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bin, buildIfStale, forgetRenderedPages, root } from '../scripts/build.mjs'

const servers = []
const scratches = []

/** Stops every server started here and removes their folders; also run at exit. */
export const stopServers = () => {
  for (const server of servers.splice(0)) {
    try {
      process.kill(-server.pid, 'SIGTERM') // the whole group: `next start` forks its workers
    } catch {}
  }
  for (const dir of scratches.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
}
process.on('exit', stopServers)
process.on('SIGINT', () => process.exit(130))

export const scratchDir = (prefix) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  scratches.push(dir)
  return dir
}

/** `next start` in `cwd` on loopback; its output goes to `log` when given. */
export const startNext = (cwd, port, env = {}, log) => {
  const out = log ? fs.openSync(log, 'a') : 'ignore'
  const server = spawn(bin('next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    detached: true,
    stdio: ['ignore', out, out],
  })
  servers.push(server)
  return { url: `http://127.0.0.1:${port}`, pid: server.pid }
}

export const until = async (url) => {
  for (let i = 0; i < 360; i += 1) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not come up.`)
}

/** Laurel on a fresh SQLite demo database, its jobs runner off; resolves once it answers. */
export const startLaurel = async (port, env = {}) => {
  forgetRenderedPages() // pages rendered by an earlier server came from another database
  const scratch = scratchDir('laurel-bench-')
  const server = startNext(
    root,
    port,
    {
      DATABASE_URI: `file:${path.join(scratch, 'laurel.db')}`,
      LAUREL_MEDIA_DIR: path.join(scratch, 'media'),
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      LAUREL_JOBS_AUTORUN: 'false',
      LAUREL_LOG_LEVEL: 'warn',
      // The benchmarks' editors sign in with the demo password alone: they measure load, not
      // sign-in (a server that is not `npm start` would otherwise require the second factor).
      LAUREL_STAFF_2FA: 'optional',
      ...env,
    },
    path.join(scratch, 'server.log'),
  )
  await until(`${server.url}/api/health`)
  return { ...server, scratch }
}

/**
 * The Laurel a benchmark loads: LAUREL_BENCH_URL, a server already running on a demo database, or
 * else this build (built first if stale) started on a fresh one.
 */
export const laurelUnderTest = async (port, env = {}) => {
  if (process.env.LAUREL_BENCH_URL) return process.env.LAUREL_BENCH_URL
  if (buildIfStale() !== 0) process.exit(1)
  return (await startLaurel(port, env)).url
}

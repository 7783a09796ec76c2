// A production server (`next start`) on a throw-away database, for the browser tests: it seeds the
// demo content when it starts, exactly as a fresh installation does.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { jobsRunnerKey } from '@/endpoints/runJobs'
import { withDatabaseName } from '@/lib/mongoUri'

import { forgetRenderedPages } from '../../scripts/build.mjs'

const root = path.resolve(import.meta.dirname, '..', '..')
const HEALTH_TIMEOUT_MS = 180_000
// The demo seed with its default password, no bootstrap administrator, links to this server only.
const UNSET = [
  'LAUREL_SEED_DEMO',
  'LAUREL_DEMO_PASSWORD',
  'LAUREL_ADMIN_EMAIL',
  'LAUREL_ADMIN_PASSWORD',
  'NEXT_PUBLIC_SERVER_URL',
]

/** `jobsKey` lets a test ask the server to run its due jobs now, as its own runner does. */
export type TestServer = {
  baseUrl: string
  /** What `startServer`'s options need to start another instance on the same data. */
  databaseUri: string
  mediaDir: string
  jobsKey: string
  logFile: string
  stop: () => Promise<void>
}

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })

const tail = (file: string, lines = 40) =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n') : ''

// Next keeps serving when the instrumentation hook (migrations, seed) throws: no need to wait then.
const STARTUP_FAILED = /error occurred while loading instrumentation hook/i

const waitForHealth = async (url: string, child: ChildProcess, logFile: string) => {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode})`)
    }
    if (STARTUP_FAILED.test(fs.readFileSync(logFile, 'utf8'))) {
      throw new Error('preparing the database failed')
    }
    const status = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status,
      () => 0,
    )
    if (status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s`)
}

const stopProcessGroup = async (child: ChildProcess) => {
  const { pid } = child
  if (child.exitCode !== null || child.signalCode !== null || !pid) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name) // the whole group: `next start` forks its own workers
    } catch {
      // Already gone.
    }
  }
  signal('SIGTERM')
  const timer = setTimeout(() => signal('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

/** Drops the MongoDB database a run used; SQLite files vanish with the temp folder. */
const dropMongoDatabase = async (uri: string) => {
  const { default: mongoose } = await import('mongoose')
  const connection = await mongoose.createConnection(uri).asPromise()
  await connection.dropDatabase()
  await connection.close()
}

/**
 * `dataFolder` keeps the database and uploads across a stop and a start (restored in between by
 * the backup test); `keepRenderedPages` leaves .next's pages for the server itself to judge.
 * Several instances share one database: the first is started alone (it migrates and seeds), the
 * others with `databaseUri` and `mediaDir` of the first. `env` adds to or overrides the server's
 * environment, e.g. LAUREL_STAFF_2FA for one suite.
 */
export type ServerOptions = {
  dataFolder?: string
  keepRenderedPages?: boolean
  databaseUri?: string
  mediaDir?: string
  env?: Record<string, string>
}

export const startServer = async (
  port: number,
  options: ServerOptions = {},
): Promise<TestServer> => {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('There is no production build in .next: run `npm run build` first.')
  }
  if (!(await portIsFree(port))) {
    throw new Error(`Port ${port} is in use: stop what runs there or set LAUREL_E2E_PORT.`)
  }
  // Pages cached by an earlier server were read from another database. Instances sharing a
  // database keep their pages in Redis, and must not take another running server's files away.
  if (!options.keepRenderedPages && !options.databaseUri) forgetRenderedPages()
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-e2e-'))
  const data = options.dataFolder ?? scratch
  const runId = randomBytes(4).toString('hex')
  const { MONGODB_URI } = process.env
  const mongoUri = MONGODB_URI ? withDatabaseName(MONGODB_URI, `laurel-e2e-${runId}`) : undefined
  const secret = options.env?.PAYLOAD_SECRET ?? randomBytes(32).toString('hex')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LAUREL_LOCAL: '1',
    PAYLOAD_SECRET: secret,
    DATABASE_URI: options.databaseUri ?? mongoUri ?? `file:${path.join(data, 'e2e.db')}`,
    LAUREL_MEDIA_DIR: options.mediaDir ?? path.join(data, 'media'),
    // Every browser test posts the public forms from 127.0.0.1, as one reader; the limit of 5 a
    // minute itself is proven in tests/int/rate-limits.test.ts.
    LAUREL_FORM_POSTS_PER_MINUTE: '50',
    // Mail goes to the port after the server's, where tests/e2e/accounts.test.ts listens with the
    // test SMTP server; while nobody listens there, sending fails and the queue retries.
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(port + 1),
    // The suites sign in with the demo password alone; tests/e2e/second-factor.test.ts starts its
    // own server with the second factor required.
    LAUREL_STAFF_2FA: 'optional',
    ...options.env,
  }
  for (const name of UNSET) delete env[name]

  const logFile = path.join(scratch, 'server.log')
  const log = fs.openSync(logFile, 'a')
  const child = spawn(
    path.join(root, 'node_modules', '.bin', 'next'),
    ['start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: root,
      env,
      detached: true, // its own process group, so stopping it also stops its children
      stdio: ['ignore', log, log],
    },
  )
  fs.closeSync(log)

  const baseUrl = `http://127.0.0.1:${port}`
  const stop = async () => {
    await stopProcessGroup(child)
    if (mongoUri && !options.databaseUri) await dropMongoDatabase(mongoUri)
    fs.rmSync(scratch, { recursive: true, force: true })
  }
  try {
    await waitForHealth(`${baseUrl}/api/health`, child, logFile)
  } catch (error) {
    await stopProcessGroup(child)
    // Printed rather than thrown: the reporter would take the log's stack lines for the error's.
    console.error(`Last lines of ${logFile}:\n${tail(logFile)}`)
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`Laurel did not start: ${message}; its log is ${logFile} (tail printed above).`)
  }
  // The runner's key comes from `payload.secret`, which Payload derives from the configured one.
  const payloadSecret = createHash('sha256').update(secret).digest('hex').slice(0, 32)
  return {
    baseUrl,
    databaseUri: env.DATABASE_URI!,
    mediaDir: env.LAUREL_MEDIA_DIR!,
    jobsKey: jobsRunnerKey(payloadSecret),
    logFile,
    stop,
  }
}

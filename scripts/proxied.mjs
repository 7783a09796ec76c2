#!/usr/bin/env node
// `npm run start:proxied`: the production shape on one machine. `npm start` serves the app on PORT
// (loopback only, so nothing reaches it around the proxy) and nginx, with the same configuration
// as the compose service, serves readers on PROXY_PORT with its cache. Ctrl-C stops both: nginx
// first (it stops taking readers), then the app.
import { spawn } from 'node:child_process'
import path from 'node:path'

import { untilAnswering } from './answering.mjs'
import { root } from './build.mjs'
import { startNginx } from './nginx.mjs'

const port = process.env.PORT || '3000'
const proxyPort = process.env.PROXY_PORT || '8080'
// PROXY_HOST=127.0.0.1 keeps the proxy on loopback too; by default it listens on every interface.
const listen = process.env.PROXY_HOST ? `${process.env.PROXY_HOST}:${proxyPort}` : proxyPort

// Its own process group (detached), so that stopping it stops `next start` under it as well.
const app = spawn(
  process.execPath,
  [path.join(root, 'scripts', 'laurel.mjs'), 'start', '--hostname', '127.0.0.1'],
  {
    cwd: root,
    stdio: 'inherit',
    detached: true,
    // The app believes one proxy's entry in X-Forwarded-For: this one's (src/lib/clientAddress.ts).
    env: {
      ...process.env,
      PORT: port,
      LAUREL_TRUSTED_PROXIES: process.env.LAUREL_TRUSTED_PROXIES || '1',
    },
  },
)
const appExited = new Promise((resolve) =>
  app.once('exit', (code, signal) => resolve(code ?? signal)),
)

/** nginx once it is starting: Ctrl-C in the middle of its start still stops it. */
let proxy = null
let stopping = false

const stopApp = async () => {
  try {
    process.kill(-app.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
  await appExited
}

const stopAll = async (status) => {
  if (stopping) return
  stopping = true
  await proxy?.then((running) => running.stop()).catch(() => {})
  await stopApp()
  process.exit(status)
}

process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))
appExited.then((result) => {
  if (stopping) return
  console.error(`The app stopped (${result}); stopping the proxy.`)
  stopAll(typeof result === 'number' && result !== 0 ? result : 1)
})

// The proxy starts once the app answers, so the first readers are never told 502.
const appUp = await untilAnswering(`http://127.0.0.1:${port}/api/health`, {
  stillWaiting: () => !stopping,
})
if (appUp) {
  proxy = startNginx(
    { listen, upstream: `127.0.0.1:${port}`, stateDir: path.join(root, 'data', 'proxy') },
    { detached: true },
  )
  const running = await proxy
  console.log(`Laurel through its caching proxy: http://localhost:${proxyPort} (the app: ${port})`)
  running.exited.then((result) => {
    if (stopping) return
    console.error(`nginx stopped (${result}); stopping the app.`)
    stopAll(1)
  })
}

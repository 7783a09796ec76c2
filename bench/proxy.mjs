#!/usr/bin/env node
// How fast the caching proxy serves a cached notice page, against nginx serving those bytes with
// no application at all: the same nginx serving the same gzipped page as a file from disk, once as
// nginx does by default (each request opens the file) and once keeping it open as the proxy keeps
// its cached pages open (open_file_cache). Laurel runs
// on a fresh demo database, with nginx/laurel.conf.template in front of it (scripts/nginx.mjs);
// wrk (Debian's) loads each for the same time with 50 connections, asking for gzip, alternating,
// three rounds, with the app alone for scale; the medians and the proxy's share of each file
// server's rate are printed (issue 17 asks for at least 0.8 of nginx serving the file). Figures only: nothing passes or fails.
// Not in CI. Run it as
//   nice -n 10 heavy node bench/proxy.mjs [--seconds 10]
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bin, buildIfStale, forgetRenderedPages, root } from '../scripts/build.mjs'
import { untilAnswering } from '../scripts/answering.mjs'
import { startNginx } from '../scripts/nginx.mjs'

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 10
const ROUNDS = 3
const appPort = Number(process.env.LAUREL_BENCH_PORT || 3465)
const proxyPort = Number(process.env.LAUREL_BENCH_PROXY_PORT || 8465)
const filePort = proxyPort + 1
const openFilePort = proxyPort + 2
// As nginx/laurel.conf.template keeps the proxy's cached pages open.
const OPEN_FILE_CACHE = 'open_file_cache max=1000 inactive=20s;'
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-proxy-bench-'))
// Started as root, nginx runs its workers as `nobody`: they read the cache and the file below here.
fs.chmodSync(scratch, 0o755)

const stops = []
process.on('SIGINT', () => process.exit(130))
process.on('exit', () => fs.rmSync(scratch, { recursive: true, force: true }))
const stopAll = async () => {
  for (const stop of stops.reverse()) await stop()
}

const until = (url) => untilAnswering(url, { withinMs: 120_000 })

// 1. Laurel on a fresh demo database, behind the proxy as `start:proxied` runs it.
if (buildIfStale() !== 0) process.exit(1)
forgetRenderedPages()
const app = spawn(bin('next'), ['start', '--port', String(appPort), '--hostname', '127.0.0.1'], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URI: `file:${path.join(scratch, 'laurel.db')}`,
    LAUREL_MEDIA_DIR: path.join(scratch, 'media'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    LAUREL_JOBS_AUTORUN: 'false',
    LAUREL_LOG_LEVEL: 'warn',
    LAUREL_TRUSTED_PROXIES: '1',
  },
  detached: true,
  stdio: 'ignore',
})
stops.push(async () => {
  try {
    process.kill(-app.pid, 'SIGTERM')
  } catch {}
})
const appUrl = `http://127.0.0.1:${appPort}`
try {
  await until(`${appUrl}/api/health`)
  // Both nginx runs log nothing, so neither pays for a log the other does not write.
  const proxy = await startNginx(
    {
      listen: `127.0.0.1:${proxyPort}`,
      upstream: `127.0.0.1:${appPort}`,
      stateDir: path.join(scratch, 'proxy'),
      accessLog: 'off',
    },
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  stops.push(proxy.stop)
  const proxyUrl = `http://127.0.0.1:${proxyPort}`

  const { docs } = await (await fetch(`${appUrl}/api/commendations?limit=1&sort=-issuedAt`)).json()
  const noticePath = `/zh/commendations/${docs[0].slug}`
  const gzip = { 'accept-encoding': 'gzip' }
  await fetch(proxyUrl + noticePath, { headers: gzip }) // rendered by the app, kept by the proxy
  const cached = await fetch(proxyUrl + noticePath, { headers: gzip })
  console.log(
    `${noticePath} through the proxy: X-Cache-Status ${cached.headers.get('x-cache-status')}`,
  )

  // 2. The same gzipped bytes, served by nginx from a file.
  const pageBytes = await rawBody(proxyUrl + noticePath)
  const files = path.join(scratch, 'files')
  fs.mkdirSync(files, { recursive: true })
  fs.writeFileSync(path.join(files, 'notice.html.gz'), pageBytes)
  const fileServer = await startFileServer(files, filePort, '')
  stops.push(fileServer.stop)
  const fileUrl = `http://127.0.0.1:${filePort}/notice`
  const openFileServer = await startFileServer(files, openFilePort, OPEN_FILE_CACHE)
  stops.push(openFileServer.stop)
  const openFileUrl = `http://127.0.0.1:${openFilePort}/notice`

  // 3. Alternating load, three rounds.
  const requestsPerSecond = (url) => {
    const out = execFileSync(
      'wrk',
      ['-t2', '-c50', `-d${seconds}s`, '-H', 'Accept-Encoding: gzip', url],
      { encoding: 'utf8' },
    )
    return Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? NaN)
  }
  const figures = { app: [], proxy: [], file: [], openFile: [] }
  for (let round = 0; round < ROUNDS; round += 1) {
    figures.proxy.push(requestsPerSecond(proxyUrl + noticePath))
    figures.file.push(requestsPerSecond(fileUrl))
    figures.openFile.push(requestsPerSecond(openFileUrl))
    figures.app.push(requestsPerSecond(appUrl + noticePath))
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const row = (name, values) =>
    console.log(
      `${name} req/s: ${values.map(Math.round).join(', ')} (median ${Math.round(median(values))})`,
    )
  console.log(`the page: ${pageBytes.byteLength} bytes gzipped; wrk -t2 -c50 -d${seconds}s`)
  row('through the proxy     ', figures.proxy)
  row('nginx, the file       ', figures.file)
  row('nginx, the file, open ', figures.openFile)
  row('the app alone         ', figures.app)
  const share = (files) => (median(figures.proxy) / median(files)).toFixed(2)
  console.log(`proxy / file: ${share(figures.file)} (goal ≥ 0.80)`)
  console.log(`proxy / file kept open: ${share(figures.openFile)}`)
} finally {
  await stopAll()
}
process.exit(0)

/** The body exactly as sent, still gzipped (fetch would unpack it). */
async function rawBody(url) {
  const { request } = await import('node:http')
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => resolve(Buffer.concat(chunks)))
      response.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

/** nginx with the proxy's process settings, serving one gzipped file as the page. */
async function startFileServer(dir, port, extra) {
  const state = path.join(scratch, `file-server-${port}`)
  fs.mkdirSync(state, { recursive: true })
  const config = path.join(state, 'nginx.conf')
  fs.writeFileSync(
    config,
    `worker_processes auto;
error_log stderr warn;
pid ${state}/nginx.pid;
events { worker_connections 4096; }
http {
  client_body_temp_path ${state}/client-body;
  proxy_temp_path ${state}/proxy-temp;
  fastcgi_temp_path ${state}/fastcgi-temp;
  uwsgi_temp_path ${state}/uwsgi-temp;
  scgi_temp_path ${state}/scgi-temp;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65s;
  ${extra}
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    location = /notice {
      default_type 'text/html; charset=utf-8';
      add_header Content-Encoding gzip;
      try_files /notice.html.gz =404;
    }
  }
}
`,
  )
  const child = spawn('nginx', ['-p', state, '-e', 'stderr', '-c', config, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  await until(`http://127.0.0.1:${port}/notice`)
  return {
    stop: async () => {
      child.kill('SIGQUIT')
      await exited
    },
  }
}

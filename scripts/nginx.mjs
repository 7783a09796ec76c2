// Runs Laurel's caching proxy (nginx/laurel.conf.template) with the `nginx` on the PATH: the same
// template the compose service renders, filled in here for one machine. `npm run start:proxied`,
// the proxy tests and the proxy benchmark all start it through `startNginx`.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { root } from './build.mjs'

export const TEMPLATE = path.join(root, 'nginx', 'laurel.conf.template')

const PLACEHOLDERS = [
  'LAUREL_PROXY_LISTEN',
  'LAUREL_PROXY_UPSTREAM',
  'LAUREL_PROXY_STATE',
  'LAUREL_PROXY_ACCESS_LOG',
]

/**
 * The template with its placeholders filled, as envsubst fills them in the container: only the
 * names listed, so nginx's own `$variables` stay as they are. A value missing is an error.
 * @param {Record<string, string | number | undefined>} values
 * @param {string} [template]
 */
export const renderConfig = (values, template = fs.readFileSync(TEMPLATE, 'utf8')) =>
  template.replace(/\$\{(LAUREL_PROXY_[A-Z_]+)\}/g, (match, name) => {
    if (!PLACEHOLDERS.includes(name)) return match
    const value = values[name]
    if (value === undefined || value === '') throw new Error(`The proxy template needs ${name}.`)
    return String(value)
  })

/**
 * @typedef {{ listen: string | number, upstream: string, stateDir: string, accessLog?: string }} ProxyOptions
 */

/**
 * Writes the configuration into `stateDir` and returns the nginx arguments that use it.
 * @param {ProxyOptions} options
 */
export const prepareNginx = ({ listen, upstream, stateDir, accessLog }) => {
  fs.mkdirSync(stateDir, { recursive: true })
  // Started as root, nginx runs its workers as `nobody`: they must reach the directories it makes
  // here for them (a temporary folder is created 0700).
  fs.chmodSync(stateDir, 0o755)
  const config = renderConfig({
    LAUREL_PROXY_LISTEN: listen,
    LAUREL_PROXY_UPSTREAM: upstream,
    LAUREL_PROXY_STATE: stateDir,
    LAUREL_PROXY_ACCESS_LOG: accessLog ?? path.join(stateDir, 'access.log'),
  })
  const configFile = path.join(stateDir, 'nginx.conf')
  fs.writeFileSync(configFile, config)
  // -p: nginx's prefix, so nothing it opens by default lies under /var either.
  return ['-p', stateDir, '-e', 'stderr', '-c', configFile, '-g', 'daemon off;']
}

/**
 * `nginx -t` on a rendered configuration: its verdict and what it printed.
 * @param {ProxyOptions} options
 */
export const checkNginx = (options) => {
  const args = prepareNginx(options)
  const result = spawnSync('nginx', [...args, '-t'], { encoding: 'utf8' })
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` }
}

/**
 * Starts nginx in the foreground and resolves once it answers on `listen`; `stop()` shuts it
 * down gracefully (QUIT) and resolves when it has exited.
 * @param {ProxyOptions} options
 * @param {{ stdio?: import('node:child_process').StdioOptions, detached?: boolean }} [spawning]
 */
export const startNginx = async (options, { stdio = 'inherit', detached = false } = {}) => {
  const args = prepareNginx(options)
  const child = spawn('nginx', args, { stdio, detached })
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  )
  child.once('error', () => {}) // reported through `exited` (no nginx on the PATH: ENOENT)
  const address = listenAddress(options.listen)
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      throw new Error(`nginx did not start (${await exited}); is Debian's nginx installed?`)
    }
    const up = await fetch(address, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    )
    if (up) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`nginx did not answer on ${address} within 10 s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT')
    await exited
  }
  return { child, exited, stop }
}

/** `8080` or `127.0.0.1:8080` as an address a client can reach. */
export const listenAddress = (listen) => {
  const value = String(listen)
  return /^\d+$/.test(value) ? `http://127.0.0.1:${value}/` : `http://${value}/`
}

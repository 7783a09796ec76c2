// Starts the production shape for the proxy tests: a production server that trusts one proxy, and
// Debian's nginx with nginx/laurel.conf.template in front of it, each on its own loopback port.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startNginx } from '../../scripts/nginx.mjs'
import { startServer } from '../helpers/server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    jobsKey: string
    proxyUrl: string
  }
}

export default async function setup(project: TestProject) {
  const port = Number(process.env.LAUREL_E2E_PORT || 3310)
  const proxyPort = Number(process.env.LAUREL_PROXY_TEST_PORT || 8310)
  // One proxy in front (the default 5 form posts a minute: the limit is counted per client here).
  const server = await startServer(port, {
    env: { LAUREL_TRUSTED_PROXIES: '1', LAUREL_FORM_POSTS_PER_MINUTE: '5' },
  })
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-proxy-'))
  let proxy: Awaited<ReturnType<typeof startNginx>>
  try {
    proxy = await startNginx(
      { listen: `127.0.0.1:${proxyPort}`, upstream: `127.0.0.1:${port}`, stateDir },
      { stdio: ['ignore', 'ignore', 'inherit'] },
    )
  } catch (error) {
    await server.stop()
    throw error
  }
  project.provide('baseUrl', server.baseUrl)
  project.provide('jobsKey', server.jobsKey)
  project.provide('proxyUrl', `http://127.0.0.1:${proxyPort}`)
  return async () => {
    await proxy.stop()
    await server.stop()
    fs.rmSync(stateDir, { recursive: true, force: true })
  }
}

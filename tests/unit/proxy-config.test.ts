// The caching proxy's configuration (nginx/laurel.conf.template): rendered for one machine it is
// valid to Debian's nginx, it accepts exactly the request bodies the app itself accepts, and it
// keeps only answers whose every variant its cache key tells apart.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { inMegabytes, multipartBodyLimit } from '@/guards/bodyLimits'

import { checkNginx, renderConfig, startNginx, TEMPLATE } from '../../scripts/nginx.mjs'

const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-proxy-config-'))
afterAll(() => fs.rmSync(stateDir, { recursive: true, force: true }))

const values = {
  LAUREL_PROXY_LISTEN: '127.0.0.1:8080',
  LAUREL_PROXY_UPSTREAM: '127.0.0.1:3000',
  LAUREL_PROXY_STATE: stateDir,
  LAUREL_PROXY_ACCESS_LOG: 'off',
}

describe('the proxy configuration', () => {
  it('renders every placeholder and passes `nginx -t`', () => {
    const config = renderConfig(values)
    expect(config).not.toMatch(/\$\{LAUREL_/)
    const { ok, output } = checkNginx({
      listen: '127.0.0.1:8080',
      upstream: '127.0.0.1:3000',
      stateDir,
    })
    expect(output).toContain('test is successful')
    expect(ok).toBe(true)
  })

  // The official image renders the template with envsubst, limited to the names the filter lets
  // through (20-envsubst-on-templates.sh); the launcher's own rendering must be the same file.
  it('renders exactly as the container’s envsubst step does', () => {
    const names = Object.keys(values)
      .map((name) => `\${${name}}`)
      .join(' ')
    const container = spawnSync('envsubst', [names], {
      input: fs.readFileSync(TEMPLATE, 'utf8'),
      env: { ...process.env, ...values, LAUREL_UNRELATED: 'x' },
      encoding: 'utf8',
    })
    expect(container.error, 'envsubst (Debian’s gettext-base) on the PATH').toBeUndefined()
    expect(renderConfig(values)).toBe(container.stdout)
  })

  it('refuses to render with a value missing', () => {
    expect(() => renderConfig({ ...values, LAUREL_PROXY_UPSTREAM: undefined })).toThrow(
      /LAUREL_PROXY_UPSTREAM/,
    )
  })

  it('takes bodies up to the app’s largest upload, and says so in both languages beyond', () => {
    const template = fs.readFileSync(TEMPLATE, 'utf8')
    const sizes = [...template.matchAll(/^\s*client_max_body_size (\d+)m;/gm)].map(
      (match) => Number(match[1]) * 1024 * 1024,
    )
    expect(sizes).toEqual([multipartBodyLimit()])
    const megabytes = inMegabytes(multipartBodyLimit())
    expect(template).toContain(`最大 ${megabytes} MB`)
    expect(template).toContain(`at most ${megabytes} MB`)
  })
})

// The proxy ignores Vary for its cache (nginx/laurel.conf.template says why): the key holds every
// header Next varies on. An answer that varies on anything else must then never be stored, or one
// reader's variant would be served to all.
describe('answers that vary', () => {
  it('are kept when they vary only on what the key holds, and never otherwise', async () => {
    const app = http.createServer((request, response) => {
      response.writeHead(200, {
        'cache-control': 's-maxage=31536000',
        'content-type': 'text/plain; charset=utf-8',
        vary:
          request.url === '/by-language'
            ? 'rsc, Accept-Language'
            : 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
      })
      response.end(`${request.url} ${request.headers['accept-language'] ?? ''}`)
    })
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
    const appPort = (app.address() as AddressInfo).port
    const probe = http.createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const proxyPort = (probe.address() as AddressInfo).port
    await new Promise((resolve) => probe.close(resolve))
    const proxy = await startNginx(
      {
        listen: `127.0.0.1:${proxyPort}`,
        upstream: `127.0.0.1:${appPort}`,
        stateDir: path.join(stateDir, 'vary'),
        accessLog: 'off',
      },
      { stdio: ['ignore', 'ignore', 'inherit'] },
    )
    const get = async (address: string, language: string) => {
      const answer = await fetch(`http://127.0.0.1:${proxyPort}${address}`, {
        headers: { 'accept-language': language },
      })
      return { cache: answer.headers.get('x-cache-status'), text: await answer.text() }
    }
    try {
      // Kept: asked again at once, the answer is the stored one. The cache keeps it a second, so a
      // machine too slow to ask twice within it gets a few more pairs.
      let kept: Awaited<ReturnType<typeof get>> | undefined
      for (let pair = 0; pair < 5 && kept?.cache !== 'HIT'; pair += 1) {
        await get('/known', 'zh')
        kept = await get('/known', 'zh')
      }
      expect(kept).toEqual({ cache: 'HIT', text: '/known zh' })
      // Never kept: each reader gets the app's own answer in their language.
      for (const language of ['zh', 'en', 'zh', 'en']) {
        expect(await get('/by-language', language)).toEqual({
          cache: 'MISS',
          text: `/by-language ${language}`,
        })
      }
    } finally {
      await proxy.stop()
      await new Promise((resolve) => app.close(resolve))
    }
  })
})

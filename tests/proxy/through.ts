// Requests through the caching proxy, as readers and staff send them, from a chosen loopback
// address when the test needs readers told apart (Linux answers for all of 127.0.0.0/8).
import http from 'node:http'
import { gunzipSync } from 'node:zlib'

import { inject } from 'vitest'

export const proxyUrl = () => inject('proxyUrl')

export type Answer = {
  status: number
  headers: http.IncomingHttpHeaders
  /** The body as the reader sees it (gunzipped when the answer was compressed). */
  text: string
  cache: string | undefined
}

type Options = {
  method?: string
  headers?: Record<string, string>
  body?: string
  /** The client's own address: 127.0.0.1 unless told. */
  from?: string
}

export const through = (path: string, options: Options = {}): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const url = new URL(path, proxyUrl())
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: options.method ?? 'GET',
        headers: { 'accept-encoding': 'gzip', ...options.headers },
        localAddress: options.from,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const raw = Buffer.concat(chunks)
          const gzipped = response.headers['content-encoding'] === 'gzip'
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: (gzipped ? gunzipSync(raw) : raw).toString('utf8'),
            cache: response.headers['x-cache-status'] as string | undefined,
          })
        })
      },
    )
    request.on('error', reject)
    request.setTimeout(20_000, () => request.destroy(new Error(`${path}: no answer in 20 s`)))
    request.end(options.body)
  })

/** Asks again until `done` holds for an answer, or fails after `withinMs` saying what it last got. */
export const until = async (
  ask: () => Promise<Answer>,
  done: (answer: Answer) => boolean,
  withinMs: number,
  what: string,
): Promise<Answer & { afterMs: number }> => {
  const started = Date.now()
  let last: Answer | undefined
  while (Date.now() - started < withinMs) {
    last = await ask()
    if (done(last)) return { ...last, afterMs: Date.now() - started }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(
    `${what} did not happen within ${withinMs} ms (last: ${last?.status}, X-Cache-Status ${last?.cache})`,
  )
}

/** REST through the proxy, as staff or the public. */
export const rest = async (
  method: string,
  path: string,
  init: { token?: string; json?: unknown; from?: string } = {},
) => {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (init.token) headers.authorization = `JWT ${init.token}`
  if (init.json !== undefined) headers['content-type'] = 'application/json'
  const body = init.json === undefined ? undefined : JSON.stringify(init.json)
  const answer = await through(`/api${path}`, { method, headers, body, from: init.from })
  return { ...answer, data: JSON.parse(answer.text) as Record<string, unknown> }
}

export const signIn = async (email: string, password = 'laurel-demo-2026') => {
  const { status, data } = await rest('POST', '/users/login', { json: { email, password } })
  if (status !== 200) throw new Error(`sign-in of ${email} answered ${status}`)
  return data.token as string
}

export type Notice = { id: number; title: string; slug: string }

/** A published notice, the first by `sort`, and its page's address. */
export const aNotice = async (sort: string) => {
  const { data } = await rest('GET', `/commendations?limit=1&sort=${sort}&depth=0`)
  const notice = (data.docs as Notice[])[0]!
  return { notice, path: `/zh/commendations/${notice.slug}` }
}

export const cached = (answer: { cache: string | undefined }) => answer.cache === 'HIT'

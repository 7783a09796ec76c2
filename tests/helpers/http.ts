// Payload's REST and GraphQL route handlers, called in-process with real Request objects: the
// same code path `next start` serves (the app's route files, guards included), without a server
// per test file.
import { DELETE, GET, PATCH, POST } from '@/app/(payload)/api/[...slug]/route'
import { POST as graphql } from '@/app/(payload)/api/graphql/route'

const handlers = { GET, POST, PATCH, DELETE }

/** Sends a request exactly as built to the REST route (for bodies the helpers below cannot make). */
export const sendRest = (request: Request) => {
  const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
  const handler = handlers[request.method as keyof typeof handlers]
  return handler(request, { params: Promise.resolve({ slug }) })
}
export const sendGraphql = (request: Request) => graphql(request, undefined)

const BASE = 'http://localhost:3000'

type Init = { token?: string; json?: unknown; body?: FormData; headers?: Record<string, string> }

export const api = async (method: keyof typeof handlers, path: string, init: Init = {}) => {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  let body: BodyInit | undefined = init.body
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(init.json)
  }
  const url = new URL(`/api${path}`, BASE)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const request = new Request(url, { method, headers, body })
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  let data: unknown = text
  try {
    data = JSON.parse(text)
  } catch {
    // Not JSON (a file download, for example): keep the text.
  }
  return { status: response.status, data: data as Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any -- response shapes vary per route
}

export const gql = async (query: string, token?: string) => {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await sendGraphql(
    new Request(`${BASE}/api/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query }),
    }),
  )
  return { status: response.status, data: (await response.json()) as Record<string, any> } // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL results vary per query
}

export const login = async (email: string, password: string): Promise<string> => {
  const { status, data } = await api('POST', '/users/login', { json: { email, password } })
  if (status !== 200)
    throw new Error(`login failed for ${email}: ${status} ${JSON.stringify(data)}`)
  return data.token as string
}

/** The multipart body of an upload: the file and the document's other fields. */
export const uploadForm = (
  file: { data: Buffer; name: string; mimetype: string },
  fields: object,
) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  body.append('_payload', JSON.stringify(fields))
  return body
}

// The admin is rendered for each request anyway, so its scripts can carry a nonce: only scripts
// Next itself writes into this response (and what they load) run, never an injected inline one.
// Next reads the nonce from the request's Content-Security-Policy header and puts it on its tags.
import { NextResponse, type NextRequest } from 'next/server'

import { contentSecurityPolicy } from './securityHeaders.mjs'

export const isAdminPath = (pathname: string) =>
  pathname === '/admin' || pathname.startsWith('/admin/')

export const withAdminNonce = (request: NextRequest) => {
  const nonce = btoa(crypto.randomUUID())
  const policy = contentSecurityPolicy("'none'", `'self' 'nonce-${nonce}' 'strict-dynamic'`)
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

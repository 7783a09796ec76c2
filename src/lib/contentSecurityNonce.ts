// Responses rendered for each request anyway (the admin, draft-mode previews, search) carry a
// script nonce: only scripts Next itself writes into this response (and what they load) run,
// never an injected inline one. Next reads the nonce from the request's Content-Security-Policy
// header and puts it on its tags. Cached pages cannot, and keep 'unsafe-inline' (ADR 0021).
import { NextResponse, type NextRequest } from 'next/server'

import { readingModeScript } from '@/components/layout/readingModeScript'

import { contentSecurityPolicy } from './securityHeaders.mjs'

export const isAdminPath = (pathname: string) =>
  pathname === '/admin' || pathname.startsWith('/admin/')

// Next's draft-mode cookie: set by /next/preview for signed-in staff, and every page is then
// rendered afresh for them (src/app/(frontend)/next/preview/route.ts).
export const DRAFT_MODE_COOKIE = '__prerender_bypass'

export const isSearchPath = (pathname: string) => /^(\/(zh|en))?\/search\/?$/.test(pathname)

/** Preview and search pages are dynamic anyway, so they can carry a nonce like the admin. */
export const isRenderedPerRequest = (request: NextRequest) =>
  isSearchPath(request.nextUrl.pathname) || request.cookies.has(DRAFT_MODE_COOKIE)

const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)))

// The site's one inline script of its own (reading modes) is allowed by its hash: it is the same
// in every response, and rendering it with the nonce would make every cached page dynamic.
let readingModeHash: Promise<string> | undefined
const readingModeSource = () =>
  (readingModeHash ??= crypto.subtle
    .digest('SHA-256', new TextEncoder().encode(readingModeScript))
    .then((digest) => `'sha256-${base64(digest)}'`))

export type NonceSecurity = { policy: string; requestHeaders: Headers }

/** A fresh nonce's policy, and the request headers that hand it to Next's renderer. */
export const nonceSecurity = async (
  request: NextRequest,
  frameAncestors: "'none'" | "'self'",
): Promise<NonceSecurity> => {
  const nonce = btoa(crypto.randomUUID())
  const hashes = frameAncestors === "'self'" ? ` ${await readingModeSource()}` : ''
  const policy = contentSecurityPolicy(
    frameAncestors,
    `'self' 'nonce-${nonce}' 'strict-dynamic'${hashes}`,
  )
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy)
  return { policy, requestHeaders }
}

/** Puts the policy on the response as well, where the browser enforces it. */
export const withPolicy = (response: NextResponse, security: NonceSecurity | undefined) => {
  if (security) response.headers.set('Content-Security-Policy', security.policy)
  return response
}

export const withAdminNonce = async (request: NextRequest) => {
  const security = await nonceSecurity(request, "'none'")
  return withPolicy(NextResponse.next({ request: { headers: security.requestHeaders } }), security)
}

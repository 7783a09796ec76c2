// The security headers of every response, set by the app so that every deployment has them
// (docs/adr/0021-security-headers-and-request-guards.md). Next reads them when it builds, so HSTS follows
// the public address known then (NEXT_PUBLIC_SERVER_URL is a build argument of the image anyway).

const isHttps = [process.env.NEXT_PUBLIC_SERVER_URL, process.env.LAUREL_PUBLIC_URL].some((url) =>
  url?.startsWith('https://'),
)
// `next dev` evaluates code with eval() for fast refresh; a production build never does.
const evalInDev = process.env.NODE_ENV === 'production' ? '' : " 'unsafe-eval'"

// Public pages are rendered once and served from the cache to everyone, so a per-response nonce
// is impossible there; Next's inline page data (self.__next_f) then needs 'unsafe-inline'.
const INLINE_SCRIPTS = "'self' 'unsafe-inline'"

/**
 * A CSP whose scripts are `scripts` and which others may frame as `frameAncestors` says. `data:`
 * and `blob:` addresses (the admin's upload previews, icons and workers) only where `schemes`.
 * @param {string} frameAncestors
 * @param {string} [scripts]
 * @param {{ schemes?: boolean }} [options]
 */
export const contentSecurityPolicy = (
  frameAncestors,
  scripts = INLINE_SCRIPTS,
  { schemes = true } = {},
) =>
  [
    "default-src 'self'",
    `script-src ${scripts}${evalInDev}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self'${schemes ? ' data: blob:' : ''}`,
    `font-src 'self'${schemes ? ' data:' : ''}`,
    "connect-src 'self'",
    "media-src 'self'",
    `worker-src 'self'${schemes ? ' blob:' : ''}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    ...(isHttps ? ['upgrade-insecure-requests'] : []),
  ].join('; ')

const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  },
  ...(isHttps
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : []),
]

// Next's draft-mode cookie (src/lib/contentSecurityNonce.ts): previews are rendered per request.
const inPreview = [{ type: 'cookie', key: '__prerender_bypass' }]

/** For next.config's `headers()`: the admin may never be framed, public pages by the admin's live preview. */
export const securityHeaders = () => [
  {
    source: '/:path((?!admin(?:/|$)).*)',
    headers: [...everywhere, { key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
  },
  // Cached pages. The CSP with a nonce per response of the admin, search and previews comes
  // from src/proxy.ts (contentSecurityNonce.ts). No public page uses a data: or blob: address, so
  // this policy names none, and so holds no `:`: Next parses a header value with a `:` as an
  // address pattern on every response (compileNonPath), 6 % of a cached page's server time.
  {
    source: '/:path((?!admin(?:/|$)|(?:zh/|en/)?search(?:/|$)).*)',
    missing: inPreview,
    headers: [
      {
        key: 'Content-Security-Policy',
        value: contentSecurityPolicy("'self'", INLINE_SCRIPTS, { schemes: false }),
      },
    ],
  },
  { source: '/admin/:path*', headers: [...everywhere, { key: 'X-Frame-Options', value: 'DENY' }] },
]

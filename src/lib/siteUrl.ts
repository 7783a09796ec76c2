// The address the public reaches the portal at: canonical links, feeds, sitemap and Open Graph
// name pages by it, so a deployment behind a domain sets LAUREL_PUBLIC_URL.
export const siteUrl = (process.env.LAUREL_PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, '')

export const absoluteUrl = (path: string) => `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`

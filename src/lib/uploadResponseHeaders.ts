// How an uploaded file is served: as the type its bytes show (nosniff, so a browser never reads a
// picture as a page), and downloaded rather than opened unless it is an image or a PDF, which the
// site shows in place (notices' PDFs keep opening in the browser).
const SHOWN_IN_PLACE = /^(image\/(jpeg|png|webp|gif|avif)|application\/pdf)$/i

export const uploadResponseHeaders = ({ headers }: { headers: Headers }): Headers => {
  headers.set('X-Content-Type-Options', 'nosniff')
  const type = (headers.get('content-type') ?? '').split(';')[0]!.trim()
  if (!SHOWN_IN_PLACE.test(type)) headers.set('Content-Disposition', 'attachment')
  return headers
}

/**
 * Pictures are public (src/access/mediaAccess.ts) and a new upload gets a new file name, so a
 * reader's browser keeps them an hour: a phone does not fetch the masthead's emblem again on every
 * page. No `s-maxage`: the caching proxy keeps only what the app marks for it (ADR 0028).
 */
export const pictureResponseHeaders = (args: { headers: Headers }): Headers => {
  const headers = uploadResponseHeaders(args)
  headers.set('Cache-Control', 'public, max-age=3600')
  return headers
}

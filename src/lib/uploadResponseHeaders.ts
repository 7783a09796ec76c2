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

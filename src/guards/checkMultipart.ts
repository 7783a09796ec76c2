// A multipart body Payload's parser would choke on (no boundary, a boundary the body never uses,
// a cut-off part, `_payload` that is not JSON) is answered 400 here rather than 500 there.

// RFC 2046: 1 to 70 characters from a small set, the last not a space.
const BOUNDARY = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/

const boundaryOf = (contentType: string): string | null => {
  const match = /;\s*boundary=(?:"([^"]*)"|([^;\s]*))/i.exec(contentType)
  const boundary = match?.[1] ?? match?.[2] ?? ''
  return BOUNDARY.test(boundary) ? boundary : null
}

export const isWellFormedMultipart = async (
  contentType: string,
  body: Uint8Array<ArrayBuffer>,
): Promise<boolean> => {
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !boundaryOf(contentType)) return false
  try {
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData()
    const fields = form.get('_payload')
    if (typeof fields === 'string') JSON.parse(fields)
    return true
  } catch {
    return false
  }
}

// Reading a request body without trusting it: at most `limit` bytes, whatever Content-Length
// claims and however the body is chunked, so an oversized body costs the server nothing.

export class BodyTooLarge extends Error {}

export const readBytesWithin = async (
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> => {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge()
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new BodyTooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

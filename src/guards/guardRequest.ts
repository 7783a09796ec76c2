// Every request to Payload's REST and GraphQL handlers passes here first: a write riding on the
// staff cookie from a foreign origin is refused (403), a body is read up to its limit and no
// further (413, whether or not Content-Length was sent), and a malformed multipart body is
// refused (400), all before Payload parses anything.
import { BodyTooLarge, readBytesWithin } from '@/lib/readBody'

import { inMegabytes, jsonBodyLimit, multipartBodyLimit } from './bodyLimits'
import { isWellFormedMultipart } from './checkMultipart'
import { isForeignWrite } from './refuseForeignWrites'
import { refusal } from './words'

export const guardRequest =
  <Context>(handler: (request: Request, context: Context) => Promise<Response>) =>
  async (request: Request, context: Context): Promise<Response> => {
    const { headers, method } = request
    if (isForeignWrite(request)) return refusal(headers, 403, 'foreignOrigin')
    if (!request.body || method === 'GET' || method === 'HEAD') return handler(request, context)

    const contentType = headers.get('content-type') ?? ''
    const multipart = /multipart\//i.test(contentType)
    const limit = multipart ? multipartBodyLimit() : jsonBodyLimit()
    let body: Uint8Array<ArrayBuffer>
    try {
      body = await readBytesWithin(request, limit)
    } catch (error) {
      if (error instanceof BodyTooLarge)
        return refusal(headers, 413, 'tooLarge', inMegabytes(limit))
      throw error
    }
    if (multipart && !(await isWellFormedMultipart(contentType, body))) {
      return refusal(headers, 400, 'badMultipart')
    }
    // Payload reads the body we already hold, not the stream we emptied.
    return handler(
      new Request(request.url, { method, headers, body, signal: request.signal }),
      context,
    )
  }

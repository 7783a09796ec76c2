// The short answers the request guards give, in the reader's language (Chinese unless the
// browser asks for English first).
const english = (headers: Headers) => /^\s*en\b/i.test(headers.get('accept-language') ?? '')

const messages = {
  tooLarge: (megabytes: number) => ({
    zh: `请求内容过大（上限 ${megabytes} MB）。`,
    en: `The request is larger than ${megabytes} MB.`,
  }),
  foreignOrigin: () => ({
    zh: '拒绝来自其他网站的写入请求。',
    en: 'Writes from another site are refused.',
  }),
  badMultipart: () => ({
    zh: '上传请求的格式不正确。',
    en: 'The upload is not a well-formed multipart form.',
  }),
}

/** A JSON answer shaped like Payload's own errors, so the admin shows its message. */
export const refusal = <K extends keyof typeof messages>(
  headers: Headers,
  status: number,
  kind: K,
  ...args: Parameters<(typeof messages)[K]>
) => {
  const text = (messages[kind] as (...a: typeof args) => { zh: string; en: string })(...args)
  return Response.json(
    { errors: [{ message: english(headers) ? text.en : text.zh }] },
    { status, headers: { 'Cache-Control': 'no-store' } },
  )
}

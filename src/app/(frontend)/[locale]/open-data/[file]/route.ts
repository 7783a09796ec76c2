// One open-data file (src/lib/openData/files.ts, docs/open-data.md). Built on its first request
// as a stream of cached chunks, then served from Next's cache until a notice, unit or person
// changes. A year without published notices, or any other name, is not found.
import { getOpenDataChunk, openDataRecords } from '@/data/openData'
import { isLocale } from '@/i18n/locales'
import { parseFileName } from '@/lib/openData/files'
import { contentTypes, serialize } from '@/lib/openData/serialize'

export const dynamic = 'force-static'
export const generateStaticParams = () => []

type Context = { params: Promise<{ locale: string; file: string }> }

const notFound = () => new Response('Not found', { status: 404 })

export async function GET(_request: Request, { params }: Context) {
  const { locale, file: name } = await params
  const file = parseFileName(name)
  if (!isLocale(locale) || !file) return notFound()
  if (file.year && (await getOpenDataChunk(locale, file.year, 1)).totalDocs === 0) return notFound()
  const pieces = serialize(file, locale, openDataRecords(locale, file.year))
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await pieces.next()
      if (done) controller.close()
      else controller.enqueue(encoder.encode(value))
    },
  })
  return new Response(body, {
    headers: {
      'Content-Type': contentTypes[file.format],
      ...(file.format === 'csv' ? { 'Content-Disposition': `attachment; filename="${name}"` } : {}),
    },
  })
}

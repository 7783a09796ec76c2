// One open-data file (src/lib/openData/files.ts, docs/open-data.md), streamed as it is written from
// cached chunks of 250 notices: the first bytes leave at once, and the database is read only for
// chunks a save has expired. Not a static route: Next would hold the whole file (tens of MB at
// 10,000 notices) in memory before sending a byte, for tens of seconds after every save.
// A year without published notices, or any other name, is not found.
import { getOpenDataChunk, openDataRecords } from '@/data/openData'
import { isLocale } from '@/i18n/locales'
import { parseFileName } from '@/lib/openData/files'
import { contentTypes, serialize } from '@/lib/openData/serialize'

export const dynamic = 'force-dynamic'

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
    // A reader who stops the download stops the reading.
    async cancel() {
      await pieces.return(undefined)
    },
  })
  return new Response(body, {
    headers: {
      'Content-Type': contentTypes[file.format],
      ...(file.format === 'csv' ? { 'Content-Disposition': `attachment; filename="${name}"` } : {}),
    },
  })
}

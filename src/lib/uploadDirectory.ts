// Uploads live under media/ in the working directory (a volume in the container), never beside
// the compiled code, so they survive rebuilds.
import path from 'node:path'

export const uploadDirectory = (kind: 'images' | 'documents' | 'intakes'): string =>
  path.resolve(process.env.LAUREL_MEDIA_DIR ?? path.join(process.cwd(), 'media'), kind)

// Uploads in an S3-compatible bucket (MinIO, a cloud's object storage) when LAUREL_S3_BUCKET is
// set, through Payload's own adapter: every app instance then reads the same files, where a disk
// belongs to one machine. Files are still served through /api/<collection>/file/<name>, so the
// same read access and response headers apply as for files on disk.
import { s3Storage } from '@payloadcms/storage-s3'
import type { Config, Plugin } from 'payload'

/** The folder each upload collection uses on disk (src/lib/uploadDirectory.ts), as a key prefix. */
const collections = {
  media: { prefix: 'images' },
  documents: { prefix: 'documents' },
  'assessment-intakes': { prefix: 'intakes' },
}

/**
 * The adapter's own columns (`prefix`, `_objectKey`) are hidden on the form but, hidden only in
 * `admin`, Payload 3.90.1 still offers them as list columns and filters, by their English names.
 */
const STORAGE_FIELDS = new Set(['prefix', '_objectKey'])

const keepStorageFieldsOffLists = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug in collections
      ? {
          ...collection,
          fields: collection.fields.map((field) =>
            field.type === 'text' && STORAGE_FIELDS.has(field.name)
              ? {
                  ...field,
                  admin: { ...field.admin, disableListColumn: true, disableListFilter: true },
                }
              : field,
          ),
        }
      : collection,
  ),
})

export const objectStorage = (): Plugin => {
  const storage = storageAdapter()
  return async (config) => keepStorageFieldsOffLists(await storage(config))
}

const storageAdapter = (): Plugin => {
  const bucket = process.env.LAUREL_S3_BUCKET
  return s3Storage({
    enabled: Boolean(bucket),
    // The adapter's `prefix` column exists with or without a bucket: one schema, one migration.
    alwaysInsertFields: true,
    bucket: bucket ?? 'unused',
    collections,
    config: {
      endpoint: process.env.LAUREL_S3_ENDPOINT || undefined,
      region: process.env.LAUREL_S3_REGION || 'us-east-1',
      // MinIO and most S3-compatible servers name the bucket in the path, not the host name.
      forcePathStyle: process.env.LAUREL_S3_FORCE_PATH_STYLE !== 'false',
      credentials: {
        accessKeyId: process.env.LAUREL_S3_ACCESS_KEY_ID ?? '',
        secretAccessKey: process.env.LAUREL_S3_SECRET_ACCESS_KEY ?? '',
      },
      // The SDK's newer default checksums are not understood by every S3-compatible server;
      // sent only where the S3 API requires them, which all of them accept.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  })
}

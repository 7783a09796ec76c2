// A throw-away S3-compatible server (s3rver) in the test process, with one bucket, and a client
// that reads the bucket as the adapter wrote it. s3rver predates the SDK's default checksums, so
// both sides use them only where S3 requires them (as src/lib/objectStorage.ts does).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

/** s3rver's fixed credentials. */
export const S3RVER_KEY = 'S3RVER'

export const startS3 = async (port: number, bucket: string) => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-s3-'))
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  })
  await server.run()
  const client = new S3Client({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: S3RVER_KEY, secretAccessKey: S3RVER_KEY },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  return {
    keys: async (prefix: string) =>
      (
        await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))
      ).Contents?.map((object) => object.Key ?? '') ?? [],
    bytes: async (key: string) =>
      Buffer.from(
        await (
          await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
        ).Body!.transformToByteArray(),
      ),
    stop: async () => {
      client.destroy()
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}

// Every integration test file gets its own throw-away database and upload folder, chosen before
// the Payload config is first imported.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { withDatabaseName } from '@/lib/mongoUri'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-int-'))
const runId = randomBytes(4).toString('hex')

const mongoUri = process.env.MONGODB_URI
process.env.DATABASE_URI = mongoUri
  ? withDatabaseName(mongoUri, `laurel-test-${runId}`)
  : `file:${path.join(scratch, 'test.db')}`
process.env.PAYLOAD_SECRET = `test-secret-${runId}`
process.env.LAUREL_MEDIA_DIR = path.join(scratch, 'media')
process.env.LAUREL_SEED_DEMO = 'false'
process.env.LAUREL_LOG_LEVEL ??= 'fatal'
process.env.LAUREL_JOBS_AUTORUN = 'false'
// The suites act as staff through the Local API; tests/int/second-factor*.test.ts turn it on.
process.env.LAUREL_STAFF_2FA = 'optional'
delete process.env.LAUREL_ADMIN_EMAIL
delete process.env.LAUREL_ADMIN_PASSWORD

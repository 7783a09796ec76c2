// PAYLOAD_SECRET signs every login. Locally a random one is kept in data/; a production server
// (anything not started through the local launcher) refuses to start without one.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const LOCAL_SECRET_FILE = path.resolve(process.cwd(), 'data', '.payload-secret')

const localSecret = (): string => {
  if (fs.existsSync(LOCAL_SECRET_FILE)) return fs.readFileSync(LOCAL_SECRET_FILE, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  fs.mkdirSync(path.dirname(LOCAL_SECRET_FILE), { recursive: true })
  fs.writeFileSync(LOCAL_SECRET_FILE, secret, { mode: 0o600 })
  return secret
}

export const payloadSecret = (): string => {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  // `next build` loads the config but signs nothing; the server checks again when it starts.
  if (process.env.NEXT_PHASE === 'phase-production-build') return 'build-only-placeholder'
  if (process.env.NODE_ENV === 'production' && process.env.LAUREL_LOCAL !== '1') {
    throw new Error(
      'PAYLOAD_SECRET is not set. A production server needs a long random secret, for example: ' +
        'PAYLOAD_SECRET=$(openssl rand -hex 32).',
    )
  }
  return localSecret()
}

// One-time tokens of accounts (password recovery, invitations): the link carries the token, the
// database keeps only its SHA-256, so a copy of the database opens no account. A token has 256
// random bits, so a fast hash is enough: nothing about it can be guessed.
import { createHash, randomBytes } from 'node:crypto'

export const newToken = () => randomBytes(32).toString('base64url')

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

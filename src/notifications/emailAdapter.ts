// Outgoing mail goes through the SMTP server named in the environment. Without SMTP_HOST, Payload
// writes every message to the server log instead, which is what a laptop wants.
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

export const emailAdapter = (): Promise<EmailAdapter> | undefined => {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const port = Number(process.env.SMTP_PORT || 587)
  const user = process.env.SMTP_USER
  return nodemailerAdapter({
    defaultFromAddress: process.env.SMTP_FROM || 'laurel@localhost',
    defaultFromName: process.env.SMTP_FROM_NAME || '表彰宣传专栏 Laurel',
    // A server that is down must not stop the site from starting; sending retries later.
    skipVerify: true,
    transportOptions: {
      host,
      port,
      secure: port === 465,
      auth: user ? { user, pass: process.env.SMTP_PASS } : undefined,
    },
  })
}

// Account e-mail leaves through the jobs queue, queued in the request's transaction: the request
// answers without waiting for SMTP (so its timing tells nothing), and a request that fails sends
// nothing. Both languages are written, since the reader's is not known.
import type { PayloadRequest } from 'payload'

export type AccountEmail = { to: string; subject: string; zh: string; en: string }

export const queueAccountEmail = async (req: PayloadRequest, email: AccountEmail) => {
  // system: the public cannot queue jobs; sending an account its own e-mail is the site's doing
  await req.payload.jobs.queue({
    task: 'sendEmail',
    input: { to: email.to, subject: email.subject, text: `${email.zh}\n\n${email.en}` },
    req,
  })
}

// Mail in integration tests: the config's mail routed to a test SMTP server on a random port, and
// delivery as the server's runner does it. Nothing needs waiting for: a job is done only once the
// SMTP server acknowledged its message, and the mailbox keeps a message before acknowledging it
// (smtp.ts). So once the queue is empty, every message it sent is in the mailbox.
import type { Payload } from 'payload'
import { expect } from 'vitest'

import type { Received } from './smtp'

/** Call in `vi.hoisted`, before the Payload config is imported; returns the port to listen on. */
export const routeMailToTestPort = () => {
  const chosen = 20_000 + Math.floor(Math.random() * 20_000)
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(chosen)
  process.env.SMTP_FROM = 'laurel@district.example'
  return chosen
}

/** Runs the queue to completion each call and returns the mail that arrived since the last. */
export const mailDelivery = (payload: () => Payload, received: () => Received[]) => {
  let delivered = 0
  return async (): Promise<Received[]> => {
    await payload().jobs.run({ sequential: true })
    const left = await payload().find({
      collection: 'payload-jobs',
      overrideAccess: true,
      depth: 0,
    })
    expect(
      left.docs.map((job) => [job.taskSlug, job.error]),
      'jobs still queued or failed',
    ).toEqual([])
    const mail = received().slice(delivered)
    delivered = received().length
    return mail
  }
}

// Workflow notifications leave through the jobs queue: queued in the same transaction as the
// move they announce (a move that fails sends nothing), sent after it, retried if SMTP is down.
import type { TaskConfig } from 'payload'

export const sendEmailTask: TaskConfig<'sendEmail'> = {
  slug: 'sendEmail',
  retries: 3,
  inputSchema: [
    { name: 'to', type: 'email', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    await req.payload.sendEmail({ to: input.to, subject: input.subject, text: input.text })
    return { output: {} }
  },
}

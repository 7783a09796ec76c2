// A real SMTP server in the test process that keeps every message it receives. A message is kept
// before the server acknowledges it, so a sender whose send has finished finds it in `received`.
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Received = { from: string; to: string; subject: string; text: string }

export const startMailbox = async (port: number) => {
  const received: Received[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to)
            ? mail.to.map((a) => a.text).join(', ')
            : (mail.to?.text ?? '')
          received.push({
            from: mail.from?.text ?? '',
            to,
            subject: mail.subject ?? '',
            text: mail.text ?? '',
          })
          done()
        })
        .catch(done)
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

// A nomination or an objection from the public waits for an editor: the editors are told by email
// that one arrived and where to read it. The email names what it is about but carries nothing the
// sender wrote about themselves: contact details stay in the admin, behind editors' access.
import type { CollectionAfterChangeHook } from 'payload'

import { editorsEmails } from './editorsEmails'
import type { Message } from './workflowMessages'

const footer = (link: string) => `\n\n${link}\n\n—— 表彰宣传专栏 Laurel`

export const tellEditorsOfPublicSubmission =
  (
    describe: (doc: Record<string, unknown>) => Omit<Message, 'text'> & { lead: string },
  ): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, req }) => {
    if (operation !== 'create' || req.context.seeding) return doc
    const link = `${req.payload.config.serverURL || ''}/admin/collections/${collection.slug}/${doc.id}`
    const { subject, lead } = describe(doc)
    for (const to of await editorsEmails(req)) {
      // system: the public cannot queue jobs; telling the editors is the site's doing
      await req.payload.jobs.queue({
        task: 'sendEmail',
        input: { to, subject, text: `${lead}${footer(link)}` },
        req,
      })
    }
    return doc
  }

export const tellEditorsOfNomination = tellEditorsOfPublicSubmission((doc) => ({
  subject: `新的群众推荐：${String(doc.nominee ?? '')}`,
  lead: `公众推荐了一位典型：${String(doc.nominee ?? '')}（${String(doc.nomineeUnit ?? '')}），请审核。A new nomination awaits moderation.`,
}))

export const tellEditorsOfObjection = tellEditorsOfPublicSubmission(() => ({
  subject: '公示期内收到新的异议',
  lead: '一份公示中的通报收到了异议，请核实处理。An objection to a notice in its public-notice period awaits an editor.',
}))

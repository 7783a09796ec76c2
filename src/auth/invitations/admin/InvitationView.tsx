// The page an invitation's link opens, in the admin's look (Payload's minimal template, as its own
// sign-in and reset pages): the person chooses a password. A custom admin view is open to people
// who are not signed in, which is what an invitation needs.
import { MinimalTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'

import { AcceptInvitationForm } from './AcceptInvitationForm'
import { invitationWords } from './words'

export const InvitationView = async ({ initPageResult, params }: AdminViewServerProps) => {
  const words = initPageResult.req.i18n.language === 'en' ? invitationWords.en : invitationWords.zh
  const segments = (await params)?.segments
  const token = Array.isArray(segments) ? (segments[1] ?? '') : ''
  return (
    <MinimalTemplate className="reset-password">
      <h1>{words.title}</h1>
      <p>{words.lead}</p>
      <AcceptInvitationForm token={decodeURIComponent(token)} words={words} />
    </MinimalTemplate>
  )
}

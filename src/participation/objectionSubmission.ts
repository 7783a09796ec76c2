// An objection to a commendation in its public-notice period (公示). It is taken only while the
// notice is published, not withdrawn, and its period has not ended; then it is created as the
// public, tied to the notice.
import config from '@payload-config'
import { getPayload } from 'payload'

import { words } from '@/components/participation/words'

import { objectionForm } from './formRules'
import type { SubmissionForm } from './handleSubmission'
import { typedText } from './nominationSubmission'

/** The hidden field naming the notice objected to, by its permalink. */
export const NOTICE_FIELD = 'notice'

export const isInNoticePeriod = (
  notice: {
    reviewState?: string | null
    publicNotice?: { state?: string | null; endsAt?: string | null } | null
  },
  now = Date.now(),
) =>
  notice.reviewState === 'published' &&
  notice.publicNotice?.state === 'in-notice' &&
  Boolean(notice.publicNotice.endsAt) &&
  new Date(notice.publicNotice.endsAt as string).getTime() > now

export const objectionSubmission: SubmissionForm = {
  spec: objectionForm,
  path: '/objections',
  extraFields: [NOTICE_FIELD],
  // The thank-you page leads back to the notice objected to.
  thanksPath: (values) => `/objections/thanks/${encodeURIComponent(values[NOTICE_FIELD] ?? '')}`,
  save: async (values, locale) => {
    const payload = await getPayload({ config })
    const { docs } = await payload.find({
      collection: 'commendations',
      where: { slug: { equals: values[NOTICE_FIELD] ?? '' } },
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { reviewState: true, publicNotice: true },
    })
    const [notice] = docs
    const closed = { form: words[locale].errors.closed }
    if (!notice) return { status: 404, errors: closed }
    if (!isInNoticePeriod(notice)) return { status: 409, errors: closed }
    await payload.create({
      collection: 'objections',
      data: {
        ...typedText(values, objectionForm),
        commendation: notice.id,
        consent: true,
      } as never,
      overrideAccess: false,
    })
    return { reference: null }
  },
}

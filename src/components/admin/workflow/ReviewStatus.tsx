'use client'
// The one status staff read in the document header: the review state, in place of Payload's
// draft/published status (a withdrawn notice is "published" to Payload but not to an editor).
import { useDocumentInfo } from '@payloadcms/ui'

import { stateRules } from '@/workflow/transitions'

import { useReviewState } from './useReviewState'

const words = {
  label: { zh: '审核状态', en: 'Review state' },
  changed: { zh: '有未发布的修改', en: 'unpublished changes' },
}

export const ReviewStatus = () => {
  const { state, language } = useReviewState()
  const { hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const changed = hasPublishedDoc && unpublishedVersionCount > 0 && stateRules[state].live
  return (
    <div className="status" data-review-state={state}>
      <div className="status__value-wrap">
        <span className="status__label">{words.label[language]}: </span>
        <span className="status__value">{stateRules[state].label[language]}</span>
        {changed ? <span> — {words.changed[language]}</span> : null}
      </div>
    </div>
  )
}

'use client'
// Tells the author of a piece where it stands: why they can no longer change it, what happens
// next and, when it was sent back, the editors' reason. Editors see the same facts in the status.
import { Banner, useDocumentInfo } from '@payloadcms/ui'

import { stateRules } from '@/workflow/transitions'

import { useReviewState } from './useReviewState'

const reasonLabel = { zh: '退回理由：', en: 'Reason: ' }

export const ReviewBanner = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { state, language, roles } = useReviewState()
  const isStaff = roles.includes('editor') || roles.includes('admin')
  if (!id || isStaff) return null
  const reason: unknown = savedDocumentData?.rejectionReason
  return (
    <div className="review-banner" id="review-banner">
      <Banner type={state === 'rejected' ? 'error' : 'info'}>
        <strong>{stateRules[state].label[language]}</strong>
        {' · '}
        {stateRules[state].forAuthor[language]}
        {state === 'rejected' && typeof reason === 'string' && reason ? (
          <span className="review-banner__reason">
            <br />
            {reasonLabel[language]}
            {reason}
          </span>
        ) : null}
      </Banner>
    </div>
  )
}

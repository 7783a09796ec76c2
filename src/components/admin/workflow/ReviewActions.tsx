'use client'
// The review actions of a document: one button for each move the signed-in person may make from
// where the document is now, read from the transitions table. A move saves the form as it
// stands together with the new state, through the same REST update the admin already uses.
import {
  Button,
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormProcessing,
  useLocale,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'

import { actions } from '@/workflow/actions'
import { movesFrom, type Move, stateRules } from '@/workflow/transitions'

import './reviewActions.css'
import { MoveDialog } from './MoveDialog'
import { useReviewState } from './useReviewState'

/** The fields a move sends besides the new state: the reason it asked for, if any. */
const reasonFields = (move: Move, reason: string, withdrawal: unknown) => {
  if (move.needs === 'rejectionReason') return { rejectionReason: reason }
  if (move.needs === 'withdrawalReason')
    return { withdrawal: { ...(typeof withdrawal === 'object' ? withdrawal : {}), reason } }
  return {}
}

export const ReviewActions = () => {
  const { id, collectionSlug, setHasPublishedDoc, setUnpublishedVersionCount } = useDocumentInfo()
  const { state, language, roles } = useReviewState()
  const { submit, getData } = useForm()
  const processing = useFormProcessing()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const [asking, setAsking] = useState<Move | null>(null)

  // A new document is saved as a draft first; moves start from a stored document.
  if (!id || !collectionSlug) return null
  const offered = movesFrom(state, roles)
  if (offered.length === 0) return null

  const makeMove = async (move: Move, reason = '') => {
    setAsking(null)
    const live = stateRules[move.to].live
    const result = await submit({
      action: formatAdminURL({
        apiRoute: config.routes.api,
        path: `/${collectionSlug}/${id}?locale=${locale}&depth=0&fallback-locale=null`,
      }),
      method: 'PATCH',
      overrides: {
        reviewState: move.to,
        _status: live ? 'published' : 'draft',
        ...reasonFields(move, reason, getData().withdrawal),
      },
      disableSuccessStatus: true,
    })
    if (!result?.res.ok) return
    // What is live now is exactly what was saved (or nothing): no unpublished changes remain.
    setHasPublishedDoc(live)
    if (live) setUnpublishedVersionCount(0)
    toast.success(actions[move.action].done[language])
  }

  const start = (move: Move) => {
    const action = actions[move.action]
    if (action.asks || action.confirm) setAsking(move)
    else void makeMove(move)
  }

  return (
    <div className="review-actions" role="group" aria-label={language === 'en' ? 'Review' : '审核'}>
      {offered.map((move) => (
        <Button
          key={move.to}
          id={`review-${move.action}`}
          buttonStyle={stateRules[move.to].live || move.to === 'approved' ? 'primary' : 'secondary'}
          size="medium"
          type="button"
          disabled={processing}
          onClick={() => start(move)}
        >
          {actions[move.action].label[language]}
        </Button>
      ))}
      {asking ? (
        <MoveDialog
          action={actions[asking.action]}
          language={language}
          onCancel={() => setAsking(null)}
          onConfirm={(reason) => void makeMove(asking, reason)}
        />
      ) : null}
    </div>
  )
}

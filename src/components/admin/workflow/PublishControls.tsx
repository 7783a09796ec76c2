'use client'
// Takes the place of Payload's publish button on a reviewed document. Publishing is a review move
// (ReviewActions); what Payload's button did besides stays here, ruled by the same table:
// - a new document: Payload's own button, for those the table lets publish a draft at once;
// - a live document: publish a correction (with its change note) without changing its state;
// - scheduling a publish or unpublish for later, in the district's time zone.
import {
  Button,
  PublishButton,
  toast,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useFormProcessing,
  useLocale,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'

import { zoneName } from '@/lib/zonedTime'
import { actions } from '@/workflow/actions'
import { findMove, movesFrom, stateRules } from '@/workflow/transitions'

import './reviewActions.css'
import { ScheduleDialog, type ScheduleType } from './ScheduleDialog'
import { scheduleWords as words } from './scheduleWords'
import { useReviewState } from './useReviewState'

const isScheduleType = (action: string): action is ScheduleType =>
  action === 'publish' || action === 'unpublish'

export const PublishControls = () => {
  const { id, collectionSlug, unpublishedVersionCount, setUnpublishedVersionCount } =
    useDocumentInfo()
  const { state, language, roles } = useReviewState()
  const { submit } = useForm()
  const modified = useFormModified()
  const processing = useFormProcessing()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const [scheduling, setScheduling] = useState(false)

  if (!id || !collectionSlug) {
    return findMove('draft', 'published', roles) ? (
      <PublishButton label={actions.publish.label[language]} />
    ) : null
  }

  const offered = movesFrom(state, roles)
  const corrects = stateRules[state].live && offered.length > 0
  const types = offered.map((move) => move.action).filter(isScheduleType)
  if (!corrects && types.length === 0) return null
  const zone = config.admin.timezones.defaultTimezone ?? 'Asia/Shanghai'

  const publishCorrection = async () => {
    const result = await submit({
      action: formatAdminURL({
        apiRoute: config.routes.api,
        path: `/${collectionSlug}/${id}?locale=${locale}&depth=0&fallback-locale=null`,
      }),
      method: 'PATCH',
      overrides: { _status: 'published' },
      disableSuccessStatus: true,
    })
    if (!result?.res.ok) return
    setUnpublishedVersionCount(0)
    toast.success(words.corrected[language])
  }

  return (
    <div className="publish-controls" role="group" aria-label={words.title[language]}>
      {corrects ? (
        <Button
          id="review-correct"
          buttonStyle="primary"
          size="medium"
          type="button"
          disabled={processing || (!modified && unpublishedVersionCount === 0)}
          onClick={() => void publishCorrection()}
        >
          {words.correct[language]}
        </Button>
      ) : null}
      {types.length > 0 ? (
        <Button
          id="review-schedule"
          buttonStyle="secondary"
          size="medium"
          type="button"
          disabled={processing}
          aria-haspopup="dialog"
          onClick={() => setScheduling(true)}
        >
          {words.open[language]}
        </Button>
      ) : null}
      {scheduling ? (
        <ScheduleDialog
          collectionSlug={collectionSlug}
          docId={id}
          types={types}
          zone={zone}
          zoneLabel={zoneName(zone, language === 'en' ? 'en-GB' : 'zh-CN')}
          language={language}
          unsaved={modified}
          onClose={() => setScheduling(false)}
        />
      ) : null}
    </div>
  )
}

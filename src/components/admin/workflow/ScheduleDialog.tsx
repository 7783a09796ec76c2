'use client'
// Schedules a publication or unpublication of the document, in the district's time zone, through
// Payload's own scheduled-publish jobs (the server functions its schedule drawer calls). The job
// runs as the editor who scheduled it, so the workflow's table decides again when it runs.
import { Button, toast, useServerFunctions } from '@payloadcms/ui'
import type { CollectionSlug } from 'payload'
import { useEffect, useId, useRef, useState } from 'react'

import { formatInZone, instantOf, wallTimeOf } from '@/lib/zonedTime'
import { type Language, say } from '@/workflow/language'

import { scheduleWords as words } from './scheduleWords'
import { useModalDialog } from './useModalDialog'

export type ScheduleType = 'publish' | 'unpublish'
type Upcoming = { id: number | string; input: { type: ScheduleType }; waitUntil: Date | string }

type Props = {
  collectionSlug: CollectionSlug
  docId: number | string
  types: readonly ScheduleType[]
  zone: string
  zoneLabel: string
  language: Language
  unsaved: boolean
  onClose: () => void
}

/** Payload's schedule server function answers `{ error }` when it could not queue the job. */
const failed = (result: unknown) => !result || (typeof result === 'object' && 'error' in result)

/** A server function's answer, or null when the call itself failed (the network, the server). */
const attempt = (call: () => unknown): Promise<unknown> =>
  Promise.resolve()
    .then(call)
    .catch(() => null)

const intlLocale = (language: Language) => (language === 'en' ? 'en-GB' : 'zh-CN')

export const ScheduleDialog = ({
  collectionSlug,
  docId,
  types,
  zone,
  zoneLabel,
  language,
  unsaved,
  onClose,
}: Props) => {
  const dialog = useRef<HTMLDialogElement>(null)
  const id = useId()
  const { schedulePublish, getUpcomingScheduledPublish } = useServerFunctions()
  const [type, setType] = useState<ScheduleType>(types[0] ?? 'publish')
  const [time, setTime] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [upcoming, setUpcoming] = useState<Upcoming[] | null>(null)

  const when = (at: Date | string, what: ScheduleType) =>
    say(words.at, language, {
      date: formatInZone(at, zone, intlLocale(language)),
      type: words[what][language],
    })

  // Bumped after each change, to read the scheduled list again.
  const [listVersion, setListVersion] = useState(0)
  const refresh = () => setListVersion((version) => version + 1)

  useModalDialog(dialog)

  useEffect(() => {
    let current = true
    void attempt(() => getUpcomingScheduledPublish({ id: docId, collectionSlug })).then(
      (events) => {
        if (current && Array.isArray(events)) setUpcoming(events as Upcoming[])
      },
    )
    return () => {
      current = false
    }
  }, [getUpcomingScheduledPublish, docId, collectionSlug, listVersion])

  const schedule = async () => {
    const date = instantOf(time, zone)
    if (!date) return setProblem(words.missing[language])
    if (date.getTime() <= Date.now()) return setProblem(words.past[language])
    setProblem(null)
    setBusy(true)
    const doc = { relationTo: collectionSlug, value: String(docId) }
    const result = await attempt(() => schedulePublish({ type, date, doc, timezone: zone }))
    setBusy(false)
    if (failed(result)) return setProblem(words.failed[language])
    setTime('')
    toast.success(say(words.scheduled, language, { when: when(date, type) }))
    refresh()
  }

  const cancel = async (event: Upcoming) => {
    setBusy(true)
    const result = await attempt(() => schedulePublish({ deleteID: event.id }))
    setBusy(false)
    if (failed(result)) return setProblem(words.failed[language])
    toast.success(words.cancelled[language])
    refresh()
  }

  return (
    <dialog
      ref={dialog}
      className="review-dialog schedule-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={onClose}
    >
      <h2 id={`${id}-title`} className="review-dialog__title">
        {words.title[language]}
      </h2>
      {unsaved ? <p className="schedule-dialog__unsaved">{words.unsaved[language]}</p> : null}
      <fieldset className="schedule-dialog__types">
        <legend>{words.type[language]}</legend>
        {types.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${id}-type`}
              value={option}
              checked={type === option}
              onChange={() => setType(option)}
            />
            {words[option][language]}
          </label>
        ))}
      </fieldset>
      <div className="review-dialog__field">
        <label htmlFor={`${id}-time`}>{words.time[language]}</label>
        <input
          id={`${id}-time`}
          type="datetime-local"
          value={time}
          min={wallTimeOf(new Date(), zone)}
          required
          aria-describedby={`${id}-zone`}
          aria-invalid={problem !== null}
          aria-errormessage={problem ? `${id}-problem` : undefined}
          onChange={(event) => setTime(event.target.value)}
        />
        <p id={`${id}-zone`} className="schedule-dialog__zone">
          {say(words.zone, language, { zone: zoneLabel, id: zone })}
        </p>
        {problem ? (
          <p id={`${id}-problem`} className="review-dialog__error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <div className="review-dialog__buttons">
        <Button buttonStyle="secondary" size="medium" type="button" onClick={onClose}>
          {words.close[language]}
        </Button>
        <Button
          id="schedule-save"
          buttonStyle="primary"
          size="medium"
          type="button"
          disabled={busy}
          onClick={() => void schedule()}
        >
          {words.save[language]}
        </Button>
      </div>
      <h3 className="schedule-dialog__upcoming-title">{words.upcoming[language]}</h3>
      {upcoming?.length === 0 ? <p>{words.none[language]}</p> : null}
      <ul className="schedule-dialog__upcoming">
        {upcoming?.map((event) => (
          <li key={event.id}>
            <span id={`${id}-event-${event.id}`}>{when(event.waitUntil, event.input.type)}</span>
            <Button
              buttonStyle="secondary"
              size="small"
              type="button"
              disabled={busy}
              aria-describedby={`${id}-event-${event.id}`}
              onClick={() => void cancel(event)}
            >
              {words.cancel[language]}
            </Button>
          </li>
        ))}
      </ul>
    </dialog>
  )
}

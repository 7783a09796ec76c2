'use client'
// Before the editor confirms, the chosen file is checked by the server as the save will check it
// (POST /api/assessment-intakes/preview writes nothing), and what it will change is shown here:
// grades added and replaced unit by unit, and the notice drafted; or every problem by line. The
// answer stays on the form until the file or the year changes, so a refusal does not fade away.
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { type IntakeWords, intakeWordsFor } from './words'

import './intake.css'

type Preview =
  | { ok: false; problems: { line: number | null; message: string }[] }
  | {
      ok: true
      rows: number
      added: { unit: string; grade: string }[]
      replaced: { unit: string; from: string; to: string }[]
      unchanged: number
      notice: { title: string; awardees: number } | null
    }

/** The answer for one choice of file, year and notice details; another choice is still checking. */
type Answer = { key: string; preview: Preview | 'failed' }

const Problems = ({ preview, w }: { preview: Extract<Preview, { ok: false }>; w: IntakeWords }) => (
  <div className="intake-preview intake-preview--refused">
    <p>
      <strong>{w.refusedTitle(preview.problems.length)}</strong>
    </p>
    <ol className="intake-problems">
      {preview.problems.map(({ message }) => (
        <li key={message}>{message}</li>
      ))}
    </ol>
  </div>
)

const Changes = ({ preview, w }: { preview: Extract<Preview, { ok: true }>; w: IntakeWords }) => (
  <div className="intake-preview intake-preview--ok">
    <p>
      <strong>{w.previewTitle}</strong>
    </p>
    <ul>
      <li>{w.rows(preview.rows)}</li>
      {preview.added.length > 0 && (
        <li>
          {w.added(preview.added.length)}{' '}
          {preview.added.map(({ unit, grade }) => `${unit}（${grade}）`).join('、')}
        </li>
      )}
      {preview.replaced.length > 0 && (
        <li>
          {w.replaced(preview.replaced.length)}
          <table className="intake-replaced">
            <thead>
              <tr>
                <th scope="col">{w.unit}</th>
                <th scope="col">{w.was}</th>
                <th scope="col">{w.now}</th>
              </tr>
            </thead>
            <tbody>
              {preview.replaced.map(({ unit, from, to }) => (
                <tr key={unit}>
                  <td>{unit}</td>
                  <td>{from}</td>
                  <td>{to}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      )}
      {preview.unchanged > 0 && <li>{w.unchanged(preview.unchanged)}</li>}
      <li>
        {preview.notice ? w.notice(preview.notice.title, preview.notice.awardees) : w.noNotice}
      </li>
    </ul>
  </div>
)

export function IntakePreview() {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const w = intakeWordsFor(i18n.language)
  const file = useFormFields(([fields]) => fields.file?.value)
  const year = useFormFields(([fields]) => fields.assessmentYear?.value)
  const title = useFormFields(([fields]) => fields['notice.title']?.value)
  const noticeNumber = useFormFields(([fields]) => fields['notice.noticeNumber']?.value)
  const [answer, setAnswer] = useState<Answer>()
  const ready = !id && file instanceof File && Number.isInteger(year)
  const key = ready
    ? JSON.stringify([file.name, file.size, file.lastModified, year, title, noticeNumber])
    : ''

  useEffect(() => {
    if (!ready) return
    const controller = new AbortController()
    const body = new FormData()
    body.append('file', file)
    body.append(
      '_payload',
      JSON.stringify({ assessmentYear: year, notice: { title, noticeNumber } }),
    )
    const check = () =>
      fetch(`${config.serverURL}${config.routes.api}/assessment-intakes/preview`, {
        method: 'POST',
        body,
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
        signal: controller.signal,
      })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status))
          setAnswer({ key, preview: (await response.json()) as Preview })
        })
        .catch(() => {
          if (!controller.signal.aborted) setAnswer({ key, preview: 'failed' })
        })
    // Typing a notice number sends one request once the typing stops, not one per key.
    const timer = setTimeout(() => void check(), 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [config, file, i18n.language, key, noticeNumber, ready, title, year])

  if (id) return null
  const preview = answer?.key === key ? answer.preview : undefined
  return (
    <div className="field-type intake-preview-field" aria-live="polite">
      {!ready && <p>{w.waiting}</p>}
      {ready && !preview && <p>{w.checking}</p>}
      {ready && preview === 'failed' && <p role="alert">{w.failed}</p>}
      {ready && preview && preview !== 'failed' && !preview.ok && (
        <Problems preview={preview} w={w} />
      )}
      {ready && preview && preview !== 'failed' && preview.ok && (
        <Changes preview={preview} w={w} />
      )}
    </div>
  )
}

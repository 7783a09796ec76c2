'use client'
// Asks before a move that needs a reason (sending back, withdrawing) or that changes what the
// public sees (unpublishing, reinstating). A native modal <dialog>: it traps focus and closes on
// Escape; as React removes it, it gives the focus back to the button that opened it.
import { Button } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'

import type { Action } from '@/workflow/actions'
import type { Language } from '@/workflow/language'

import { useModalDialog } from './useModalDialog'

const words = {
  cancel: { zh: '取消', en: 'Cancel' },
  required: { zh: '请填写理由。', en: 'Please give a reason.' },
}

type Props = {
  action: Action
  language: Language
  onCancel: () => void
  onConfirm: (reason: string) => void
}

export const MoveDialog = ({ action, language, onCancel, onConfirm }: Props) => {
  const dialog = useRef<HTMLDialogElement>(null)
  const id = useId()
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)

  useModalDialog(dialog)

  const confirm = () => {
    if (action.asks && reason.trim() === '') return setMissing(true)
    onConfirm(reason.trim())
  }

  return (
    <dialog
      ref={dialog}
      className="review-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={onCancel}
    >
      <h2 id={`${id}-title`} className="review-dialog__title">
        {(action.asks?.title ?? action.label)[language]}
      </h2>
      <p id={`${id}-text`}>{(action.asks?.hint ?? action.confirm)?.[language]}</p>
      {action.asks ? (
        <div className="review-dialog__field">
          <label htmlFor={`${id}-reason`}>{action.asks.field[language]}</label>
          <textarea
            id={`${id}-reason`}
            rows={5}
            value={reason}
            required
            aria-invalid={missing}
            aria-errormessage={missing ? `${id}-missing` : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
          {missing ? (
            <p id={`${id}-missing`} className="review-dialog__error" role="alert">
              {words.required[language]}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="review-dialog__buttons">
        <Button buttonStyle="secondary" size="medium" type="button" onClick={onCancel}>
          {words.cancel[language]}
        </Button>
        <Button buttonStyle="primary" size="medium" type="button" onClick={confirm}>
          {action.label[language]}
        </Button>
      </div>
    </dialog>
  )
}

'use client'
// Saving a new intake takes the file in: the button says so.
import { SaveButton, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { intakeWordsFor } from './words'

export function ConfirmIntakeButton() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  return <SaveButton label={id ? undefined : intakeWordsFor(i18n.language).confirm} />
}

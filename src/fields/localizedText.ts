// Reader-facing text is written in Chinese first. English is optional: a required field must be
// filled in Chinese, and readers of the English site see the Chinese where no English exists.
import type { PayloadRequest, TextareaField, TextField } from 'payload'

type Label = { zh: string; en: string }

const requiredInChinese = (value: unknown, { req }: { req: PayloadRequest }): true | string =>
  req.locale !== 'zh' || (typeof value === 'string' && value.trim() !== '')
    ? true
    : req.t('validation:required')

export const localizedText = (name: string, label: Label, required = false): TextField => ({
  name,
  type: 'text',
  label,
  localized: true,
  required,
  ...(required ? { validate: requiredInChinese } : {}),
})

export const localizedTextarea = (name: string, label: Label, required = false): TextareaField => ({
  name,
  type: 'textarea',
  label,
  localized: true,
  required,
  ...(required ? { validate: requiredInChinese } : {}),
})

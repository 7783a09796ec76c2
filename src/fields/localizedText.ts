// Reader-facing text is written in Chinese first; English is optional and falls back to Chinese.
import type { TextareaField, TextField } from 'payload'

type Label = { zh: string; en: string }

export const localizedText = (name: string, label: Label, required = false): TextField => ({
  name,
  type: 'text',
  label,
  localized: true,
  required,
})

export const localizedTextarea = (name: string, label: Label, required = false): TextareaField => ({
  name,
  type: 'textarea',
  label,
  localized: true,
  required,
})

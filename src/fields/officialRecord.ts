// The identifying marks of an official document: its number (unique across the district) and the
// body that issued it. Notices and policies carry both.
import type { DateField, Field, FieldHook } from 'payload'

import { normalizeNoticeNumber } from '@/lib/noticeNumber'

import { localizedText } from './localizedText'

/** Stored in the form readers' input is compared in, so `/verify` finds it (src/lib/noticeNumber). */
const storeNormalized: FieldHook = ({ value }) =>
  typeof value === 'string' ? normalizeNoticeNumber(value) : value

export const dayField = (name: string, label: { zh: string; en: string }): DateField => ({
  name,
  type: 'date',
  required: true,
  label,
  admin: { date: { pickerAppearance: 'dayOnly' } },
})

export const documentNumberRow = (name: string, english: string, placeholder: string): Field => ({
  type: 'row',
  fields: [
    {
      name,
      type: 'text',
      required: true,
      unique: true,
      label: { zh: '文号', en: english },
      admin: { placeholder },
      hooks: { beforeValidate: [storeNormalized] },
    },
    localizedText('issuingBody', { zh: '发文机关', en: 'Issuing body' }, true),
  ],
})

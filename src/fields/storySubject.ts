// Whom a model story is about. A warning case names no person unless an editor records the legal
// basis for naming them (a published disciplinary decision, a court judgment, …). The basis itself
// is for staff only; the public learns only whether one was recorded, and with it whether the
// person may be shown (src/access/readStoryPerson.ts).
import type { Field, FieldHook } from 'payload'

import { isEditorField } from '@/access/isEditor'
import { readStoryPerson } from '@/access/readStoryPerson'

import { unitOrPersonFields } from './unitOrPerson'

/** Set on every save from the legal basis the editor wrote, so no one can claim one without it. */
const recordLegalBasis: FieldHook = ({ siblingData, originalDoc }) => {
  const stored = (originalDoc as { subject?: { legalBasis?: unknown } } | undefined)?.subject
  const basis = siblingData.legalBasis !== undefined ? siblingData.legalBasis : stored?.legalBasis
  return typeof basis === 'string' && basis.trim().length > 0
}

export const storySubjectField: Field = {
  name: 'subject',
  type: 'group',
  label: { zh: '案例主体', en: 'Subject' },
  fields: [
    ...unitOrPersonFields(
      { unit: { zh: '单位', en: 'Unit' }, person: { zh: '个人', en: 'Person' } },
      readStoryPerson,
    ),
    {
      name: 'legalBasis',
      type: 'textarea',
      label: { zh: '公开姓名的法定依据', en: 'Legal basis for naming the person' },
      access: { read: isEditorField, create: isEditorField, update: isEditorField },
      admin: {
        condition: (data, siblingData) =>
          data?.polarity === 'negative' && Boolean(siblingData?.person),
        description: {
          zh: '警示案例默认不公开当事人。仅在有法定依据（如已公开的处分决定、判决）时填写，公众看不到此内容。',
          en: 'A warning case names no one by default. Fill this in only with a legal basis (a published disciplinary decision, a judgment); the public never sees it.',
        },
      },
    },
    {
      name: 'legalBasisRecorded',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '已记录法定依据', en: 'Legal basis recorded' },
      admin: { hidden: true },
      hooks: { beforeChange: [recordLegalBasis] },
    },
  ],
}

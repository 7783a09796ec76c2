// The public-notice period (公示): a commendation can be published for public notice until an end
// date; readers may object meanwhile. When the period ends the notice becomes final, by itself
// (src/collections/Commendations/finalisePublicNotices.ts) or earlier by an editor; an editor
// extends it by moving the end date. Withdrawing it is the ordinary workflow move.
import type { CollectionBeforeChangeHook, Field } from 'payload'

export const publicNoticeStates = ['in-notice', 'final'] as const
export type PublicNoticeState = (typeof publicNoticeStates)[number]

export const publicNoticeStateLabels = {
  'in-notice': { zh: '公示中', en: 'In public notice' },
  final: { zh: '公示期满，已生效', en: 'Final' },
} as const

type Notice = {
  state?: PublicNoticeState | null
  endsAt?: string | null
  finalisedAt?: string | null
}

export const publicNoticeField: Field = {
  name: 'publicNotice',
  type: 'group',
  label: { zh: '公示', en: 'Public notice' },
  admin: {
    description: {
      zh: '选择“公示中”并填写截止时间，发布后即进入公示期，公众可提出异议；期满自动生效。延长公示请修改截止时间，提前结束请选择“公示期满，已生效”。',
      en: 'Choose "In public notice" with an end: once published, readers may object until then and the notice becomes final by itself. Move the end to extend; choose "Final" to end early.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'state',
          type: 'select',
          index: true,
          label: { zh: '公示状态', en: 'State' },
          options: publicNoticeStates.map((value) => ({
            value,
            label: publicNoticeStateLabels[value],
          })),
        },
        {
          name: 'endsAt',
          type: 'date',
          index: true,
          label: { zh: '公示截止时间', en: 'Ends at' },
          admin: {
            date: { pickerAppearance: 'dayAndTime' },
            condition: (_, siblingData) => Boolean(siblingData?.state),
          },
          validate: (value, { siblingData, previousValue }) => {
            if ((siblingData as Notice).state !== 'in-notice') return true
            if (!value) return 'A notice in its public-notice period needs an end.'
            const changed = String(value) !== String(previousValue ?? '')
            return (
              !changed ||
              new Date(value).getTime() > Date.now() ||
              'The end must be later than now.'
            )
          },
        },
        {
          name: 'finalisedAt',
          type: 'date',
          label: { zh: '生效时间', en: 'Final since' },
          access: { create: () => false, update: () => false },
          admin: { readOnly: true, condition: (_, siblingData) => siblingData?.state === 'final' },
        },
      ],
    },
  ],
}

/** Dates the moment a notice becomes final, and clears it if an editor reopens the period. */
export const stampPublicNotice: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const notice = data.publicNotice as Notice | undefined
  if (!notice) return data
  const before = (originalDoc?.publicNotice ?? {}) as Notice
  if (notice.state === 'final' && before.state !== 'final') {
    notice.finalisedAt = new Date().toISOString()
  } else if (notice.state !== 'final') {
    notice.finalisedAt = null
  } else {
    notice.finalisedAt = before.finalisedAt ?? null
  }
  return data
}

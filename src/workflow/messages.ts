// The workflow's own refusals, in both languages of the admin.
import type { Words } from './language'

export const refusals = {
  notAsDraft: {
    zh: '“{from}”到“{to}”的变更不能保存为草稿，请使用审核操作按钮。',
    en: 'A move from “{from}” to “{to}” cannot be saved as a draft; use the review actions.',
  },
  rejectionReason: {
    zh: '请写明退回理由，作者会据此修改。',
    en: 'Say why the piece is sent back.',
  },
  withdrawalReason: {
    zh: '撤回需要一段公开的撤回理由。',
    en: 'A withdrawal needs a public reason.',
  },
  changeNotesKept: {
    zh: '已有的更正说明是公开记录，不能修改或删除。',
    en: 'Earlier change notes are a public record and stay as they are.',
  },
} satisfies Record<string, Words>

export const reasonLabels = {
  rejectionReason: { zh: '退回理由', en: 'Reason for sending back' },
  withdrawalReason: { zh: '撤回理由', en: 'Reason for withdrawal' },
} satisfies Record<string, Words>

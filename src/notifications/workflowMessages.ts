// What each person is told when a piece moves through review: one message per kind of move that
// tells someone (`notifies` in src/workflow/actions.ts). Messages never quote editorial remarks;
// a sending back carries its reason, which is written for the author.
import type { ActionName } from '@/workflow/actions'

export type Message = { subject: string; text: string }

type Piece = { title: string; link: string; rejectionReason?: string | null }

const footer = (link: string) => `\n\n${link}\n\n—— 表彰宣传专栏 Laurel`

const messages: Partial<Record<ActionName, (piece: Piece) => Message>> = {
  submit: (piece) => ({
    subject: `待审核：${piece.title}`,
    text: `有一篇稿件提交审核：《${piece.title}》。Submitted for review.${footer(piece.link)}`,
  }),
  approve: (piece) => ({
    subject: `审核通过：${piece.title}`,
    text: `您的稿件《${piece.title}》已审核通过，等待发布。Approved.${footer(piece.link)}`,
  }),
  sendBack: (piece) => ({
    subject: `退回修改：${piece.title}`,
    text: `您的稿件《${piece.title}》被退回修改。Sent back.\n\n退回理由 Reason：${piece.rejectionReason ?? ''}${footer(piece.link)}`,
  }),
  publish: (piece) => ({
    subject: `已发布：${piece.title}`,
    text: `您的稿件《${piece.title}》已公开发布。Published.${footer(piece.link)}`,
  }),
  reinstate: (piece) => ({
    subject: `已恢复发布：${piece.title}`,
    text: `您的稿件《${piece.title}》已恢复发布。Reinstated.${footer(piece.link)}`,
  }),
}

export const messageFor = (action: ActionName, piece: Piece): Message | null =>
  messages[action]?.(piece) ?? null

// What each person is told when a piece moves through review. Messages never quote editorial
// remarks; a rejection carries its reason, which is written for the author.
import type { ReviewState } from '@/workflow/transitions'

export type Message = { subject: string; text: string }

type Piece = { title: string; link: string; rejectionReason?: string | null }

const footer = (link: string) => `\n\n${link}\n\n—— 表彰宣传专栏 Laurel`

export const messageFor = (
  to: ReviewState,
  piece: Piece,
): { audience: 'editors' | 'author'; message: Message } | null => {
  switch (to) {
    case 'submitted':
      return {
        audience: 'editors',
        message: {
          subject: `待审核：${piece.title}`,
          text: `有一篇稿件提交审核：《${piece.title}》。Submitted for review.${footer(piece.link)}`,
        },
      }
    case 'approved':
      return {
        audience: 'author',
        message: {
          subject: `审核通过：${piece.title}`,
          text: `您的稿件《${piece.title}》已审核通过，等待发布。Approved.${footer(piece.link)}`,
        },
      }
    case 'rejected':
      return {
        audience: 'author',
        message: {
          subject: `退回修改：${piece.title}`,
          text: `您的稿件《${piece.title}》被退回修改。Sent back.\n\n退回理由 Reason：${piece.rejectionReason ?? ''}${footer(piece.link)}`,
        },
      }
    case 'published':
      return {
        audience: 'author',
        message: {
          subject: `已发布：${piece.title}`,
          text: `您的稿件《${piece.title}》已公开发布。Published.${footer(piece.link)}`,
        },
      }
    default:
      return null
  }
}

// What each kind of review move is called, what it says when done, what it asks for first, what
// it clears and whom it tells. The table of who may make which move is in transitions.ts.
import type { Words } from './language'

export const actionNames = [
  'submit',
  'approve',
  'sendBack',
  'publish',
  'unpublish',
  'withdraw',
  'reinstate',
] as const
export type ActionName = (typeof actionNames)[number]

/** A reason the move asks for in a dialog before it is made. */
type Question = { title: Words; field: Words; hint: Words }

export type Action = {
  label: Words
  done: Words
  asks?: Question
  /** A move with consequences for the public is confirmed in a dialog. */
  confirm?: Words
  /** A reason belongs to one decision: the move that ends it starts clean. */
  clears: readonly ('rejectionReason' | 'withdrawal')[]
  /** The withdrawal notice carries the server's date. */
  stampsWithdrawal?: true
  notifies?: 'editors' | 'author'
}

export const actions: Record<ActionName, Action> = {
  submit: {
    label: { zh: '提交审核', en: 'Submit for review' },
    done: { zh: '已提交审核', en: 'Submitted for review' },
    clears: ['rejectionReason'],
    notifies: 'editors',
  },
  approve: {
    label: { zh: '通过', en: 'Approve' },
    done: { zh: '已审核通过', en: 'Approved' },
    clears: [],
    notifies: 'author',
  },
  sendBack: {
    label: { zh: '退回修改', en: 'Send back' },
    done: { zh: '已退回修改', en: 'Sent back to the author' },
    asks: {
      title: { zh: '退回修改', en: 'Send back for revision' },
      field: { zh: '退回理由', en: 'Reason for sending back' },
      hint: {
        zh: '作者会看到这段话并据此修改，公众不会看到。',
        en: 'The author reads this and revises the piece; the public never sees it.',
      },
    },
    clears: [],
    notifies: 'author',
  },
  publish: {
    label: { zh: '发布', en: 'Publish' },
    done: { zh: '已发布', en: 'Published' },
    clears: ['withdrawal'],
    notifies: 'author',
  },
  unpublish: {
    label: { zh: '取消发布', en: 'Unpublish' },
    done: { zh: '已取消发布，恢复为草稿', en: 'Unpublished; it is a draft again' },
    confirm: {
      zh: '取消发布后，公众将无法访问此内容，其网址将返回“未找到”。确定取消发布吗？',
      en: 'Once unpublished, the public can no longer read this and its address answers “not found”. Unpublish it?',
    },
    clears: [],
  },
  withdraw: {
    label: { zh: '撤回', en: 'Withdraw' },
    done: { zh: '已撤回', en: 'Withdrawn' },
    asks: {
      title: { zh: '撤回已发布内容', en: 'Withdraw a published item' },
      field: { zh: '撤回理由（公开）', en: 'Public reason for withdrawal' },
      hint: {
        zh: '原网址保留，并向公众显示撤回时间和这段理由。',
        en: 'The address stays and shows the public the date and this reason.',
      },
    },
    clears: [],
    stampsWithdrawal: true,
  },
  reinstate: {
    label: { zh: '恢复发布', en: 'Reinstate' },
    done: { zh: '已恢复发布', en: 'Reinstated' },
    confirm: {
      zh: '恢复发布后，撤回说明将被移除，内容重新出现在列表中。确定恢复吗？',
      en: 'Reinstating removes the withdrawal notice and puts the item back in the lists. Reinstate it?',
    },
    clears: ['withdrawal'],
    notifies: 'author',
  },
}

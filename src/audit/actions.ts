// What an audit entry says happened, named for what a person did: a piece submitted, approved,
// sent back, published, withdrawn…; someone's roles changed; a sign-in made or refused. The names
// are the log's vocabulary; labels are how the admin shows them.
export const auditActions = [
  'create',
  'update',
  'submit',
  'approve',
  'send-back',
  'publish',
  'unpublish',
  'withdraw',
  'reinstate',
  'schedule',
  'delete',
  'restore',
  'roles-change',
  'login',
  'login-failed',
  'locked-out',
] as const
export type AuditAction = (typeof auditActions)[number]

export const auditActionLabels: Record<AuditAction, { zh: string; en: string }> = {
  create: { zh: '新建', en: 'Created' },
  update: { zh: '修改', en: 'Edited' },
  submit: { zh: '提交审核', en: 'Submitted for review' },
  approve: { zh: '审核通过', en: 'Approved' },
  'send-back': { zh: '退回修改', en: 'Sent back' },
  publish: { zh: '发布', en: 'Published' },
  unpublish: { zh: '取消发布', en: 'Unpublished' },
  withdraw: { zh: '撤回', en: 'Withdrawn' },
  reinstate: { zh: '恢复发布', en: 'Reinstated' },
  schedule: { zh: '定时发布', en: 'Scheduled' },
  delete: { zh: '删除', en: 'Deleted' },
  restore: { zh: '恢复历史版本', en: 'Version restored' },
  'roles-change': { zh: '角色变更', en: 'Roles changed' },
  login: { zh: '登录', en: 'Signed in' },
  'login-failed': { zh: '登录失败', en: 'Sign-in failed' },
  'locked-out': { zh: '账号锁定', en: 'Account locked' },
}

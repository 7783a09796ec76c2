// What an audit entry says happened: a change to content, to someone's roles, or a refused
// sign-in. The names are the log's vocabulary; labels are how the admin shows them.
export const auditActions = [
  'create',
  'update',
  'publish',
  'unpublish',
  'withdraw',
  'delete',
  'restore',
  'roles-change',
  'login-failed',
  'locked-out',
] as const
export type AuditAction = (typeof auditActions)[number]

export const auditActionLabels: Record<AuditAction, { zh: string; en: string }> = {
  create: { zh: '新建', en: 'Created' },
  update: { zh: '修改', en: 'Updated' },
  publish: { zh: '发布', en: 'Published' },
  unpublish: { zh: '取消发布', en: 'Unpublished' },
  withdraw: { zh: '撤回', en: 'Withdrawn' },
  delete: { zh: '删除', en: 'Deleted' },
  restore: { zh: '恢复历史版本', en: 'Version restored' },
  'roles-change': { zh: '角色变更', en: 'Roles changed' },
  'login-failed': { zh: '登录失败', en: 'Sign-in failed' },
  'locked-out': { zh: '账号锁定', en: 'Account locked' },
}

// What the administrator's invite dialog and the re-send button say, in the admin's two languages.
export const inviteWords = {
  zh: {
    open: '邀请成员',
    title: '邀请成员',
    lead: '对方会收到一封邮件，在 72 小时内用其中的链接设置自己的密码。',
    email: '电子邮箱',
    displayName: '署名',
    roles: '角色',
    noRole: '请至少选择一个角色。',
    send: '发送邀请',
    cancel: '取消',
    sent: '邀请已发送至 {email}。',
    failed: '出错了，请重试。',
    pending: '此人尚未接受邀请。',
    expired: '邀请已过期，尚未接受。',
    resend: '重新发送邀请',
    resent: '已发送新的邀请，旧链接已失效。',
  },
  en: {
    open: 'Invite staff',
    title: 'Invite staff',
    lead: 'They receive an e-mail with a link to choose their own password within 72 hours.',
    email: 'E-mail',
    displayName: 'Display name',
    roles: 'Roles',
    noRole: 'Choose at least one role.',
    send: 'Send invitation',
    cancel: 'Cancel',
    sent: 'Invitation sent to {email}.',
    failed: 'Something went wrong. Please try again.',
    pending: 'This person has not accepted the invitation yet.',
    expired: 'The invitation has expired without being accepted.',
    resend: 'Re-send invitation',
    resent: 'A new invitation is on its way; the old link no longer works.',
  },
} as const

export type InviteWords = (typeof inviteWords)['zh' | 'en']

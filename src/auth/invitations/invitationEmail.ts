// The invitation e-mail: who it is for, the link to choose a password, and how long it lasts.
import type { AccountEmail } from '../queueAccountEmail'

export const INVITATION_LIFETIME_MS = 72 * 60 * 60 * 1000

export const invitationEmail = (to: string, link: string): AccountEmail => ({
  to,
  subject: '表彰宣传专栏账号邀请 / Your invitation to Laurel',
  zh: `管理员为您开通了表彰宣传专栏的账号（${to}）。请在 72 小时内打开以下链接设置密码，链接只能使用一次：\n\n${link}`,
  en: `An administrator opened a Laurel account for you (${to}). Open this link within 72 hours to choose your password; it works once:\n\n${link}`,
})

// The recovery e-mail: the link to the admin's own reset page, how long it lasts, and what to do
// when nobody asked.
import type { AccountEmail } from '../queueAccountEmail'

export const RESET_TOKEN_LIFETIME_MS = 60 * 60 * 1000

export const recoveryEmail = (to: string, link: string): AccountEmail => ({
  to,
  subject: '重设密码 / Reset your password',
  zh: `有人为您在表彰宣传专栏的账号申请了重设密码。请在一小时内打开以下链接设置新密码，链接只能使用一次：\n\n${link}\n\n如果不是您本人申请，请忽略本邮件，您的密码不会改变。`,
  en: `Someone asked to reset the password of your Laurel account. Open this link within one hour to choose a new password; it works once:\n\n${link}\n\nIf you did not ask, ignore this e-mail: your password stays as it is.`,
})

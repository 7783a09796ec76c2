// The password rules of every path that sets one (create, change, reset, invitation): long enough,
// not one of the common passwords, and not the account's own e-mail name. Pure, so the rules and
// their messages are tested without a database.
import type { Words } from '../language'

import { isCommonPassword } from './commonPasswords'

export const MIN_PASSWORD_LENGTH = 12

export type PasswordProblem = 'tooShort' | 'common' | 'containsEmailName'

export const passwordMessages: Record<PasswordProblem, Words> = {
  tooShort: {
    zh: `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符。`,
    en: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
  },
  common: {
    zh: '这是常见密码，很容易被猜到，请换一个。',
    en: 'This is a common password that is easy to guess; choose another.',
  },
  containsEmailName: {
    zh: '密码不能包含邮箱地址中 @ 之前的名称。',
    en: 'The password must not contain the name before the @ of the e-mail address.',
  },
}

/** The e-mail name counts from three characters: a one-letter name would forbid most passwords. */
const emailName = (email: string | undefined) => {
  const name = email?.split('@')[0]?.trim().toLowerCase() ?? ''
  return name.length >= 3 ? name : undefined
}

export const passwordProblem = (
  password: string,
  email: string | undefined,
): PasswordProblem | undefined => {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'tooShort'
  if (isCommonPassword(password)) return 'common'
  const name = emailName(email)
  if (name && password.toLowerCase().includes(name)) return 'containsEmailName'
  return undefined
}

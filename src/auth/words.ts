// What the sign-in's second step and the sessions endpoints say, in the reader's language.
import type { PayloadRequest } from 'payload'

const words = {
  signIn: { zh: '请先登录。', en: 'Please sign in first.' },
  notAllowed: { zh: '您没有权限进行此操作。', en: 'You are not allowed to do this.' },
  needsCode: {
    zh: '请先输入身份验证器中的验证码。',
    en: 'Please enter the code from your authenticator first.',
  },
  reauthenticate: {
    zh: '更换身份验证器需要当前密码和验证码。',
    en: 'Changing your authenticator needs your current password and a code.',
  },
  wrongCode: { zh: '验证码不正确或已过期。', en: 'The code is wrong or has expired.' },
  tooManyCodes: {
    zh: '验证码错误次数过多，本次登录已结束，请重新登录。',
    en: 'Too many wrong codes: this sign-in has ended. Please sign in again.',
  },
  noEnrolment: {
    zh: '请先开始绑定身份验证器。',
    en: 'Please start setting up your authenticator first.',
  },
  notEnrolled: {
    zh: '此账号尚未绑定身份验证器。',
    en: 'This account has no authenticator set up.',
  },
  ownReset: {
    zh: '不能重置自己的身份验证器，请在账号页更换。',
    en: 'You cannot reset your own authenticator; change it from your account instead.',
  },
  noSuchAccount: { zh: '找不到该账号。', en: 'No such account.' },
  noSuchSession: { zh: '找不到该会话。', en: 'No such session.' },
  noInvitation: {
    zh: '该账号没有待接受的邀请：此人已设置密码。',
    en: 'This account has no invitation waiting: its owner has already chosen a password.',
  },
} as const

export type AuthWord = keyof typeof words

export const authWord = (req: PayloadRequest, word: AuthWord) =>
  words[word][req.i18n?.language === 'en' ? 'en' : 'zh']

export const refuse = (req: PayloadRequest, status: number, word: AuthWord) =>
  Response.json({ errors: [{ message: authWord(req, word) }] }, { status })

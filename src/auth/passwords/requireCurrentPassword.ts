// Re-authentication: changing one's own password or e-mail needs the current password, so a
// session left open (or stolen) cannot take the account over. An administrator setting someone
// else's password needs none; that is an administrative reset, recorded as such.
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { type LimitName, peekRates, takeRates } from '@/rateLimits/limits'

import { contextKeys } from '../contextKeys'

import { passwordMatches } from './passwordHash'
import { refusePasswordField } from './refusePasswordField'
import { storedAccount } from './storedAccount'

export const CURRENT_PASSWORD = 'currentPassword'

type Data = Record<string, unknown>

const wrongOrMissing = {
  zh: '请输入当前密码以确认是您本人。',
  en: 'Enter your current password to confirm it is you.',
}

const isOwnAccount = (req: PayloadRequest, id: unknown) =>
  req.user?.collection === 'users' && id !== undefined && String(id) === String(req.user.id)

const confirmCurrentPassword = async (req: PayloadRequest, id: unknown, data: Data) => {
  const account = await storedAccount(req, { id: { equals: id } })
  const email = data.email
  const changesEmail = typeof email === 'string' && email.toLowerCase().trim() !== account?.email
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  if (!account || (!changesEmail && !changesPassword)) return
  // Guessing the current password here counts like a refused sign-in of the account.
  const limit: [LimitName, string][] = [['signInFailuresPerAccount', account.email ?? '']]
  const current = data[CURRENT_PASSWORD]
  const allowed = (await peekRates(limit)).allowed
  if (
    allowed &&
    typeof current === 'string' &&
    (await passwordMatches(current, account.hash, account.salt))
  ) {
    return
  }
  if (allowed) await takeRates(limit)
  refusePasswordField(req, CURRENT_PASSWORD, wrongOrMissing)
}

export const requireCurrentPassword: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  const { data, id } = args as { data?: Data; id?: unknown }
  if (!data) return args
  const { [CURRENT_PASSWORD]: _current, ...rest } = data
  if (isOwnAccount(req, id)) await confirmCurrentPassword(req, id, data)
  if (typeof rest.password === 'string' && rest.password !== '') {
    req.context[contextKeys.passwordSetBy] = isOwnAccount(req, id)
      ? 'owner'
      : req.context[contextKeys.acceptingInvitation] === true
        ? 'invitation'
        : 'administrator'
  }
  return { ...args, data: rest }
}

// Above the users list, for administrators only (the server refuses everyone else anyway): the
// way to invite staff from the admin, since Payload's own create form always asks for a password.
import type { TypedUser } from 'payload'

import { hasRole } from '@/access/roles'

import { InviteStaffButton } from './InviteStaffButton'

type Props = { user?: TypedUser | null; i18n: { language: string } }

export const InviteStaff = ({ user, i18n }: Props) =>
  hasRole(user, 'admin') ? (
    <InviteStaffButton language={i18n.language === 'en' ? 'en' : 'zh'} />
  ) : null

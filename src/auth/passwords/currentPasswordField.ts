// The current password, asked on one's own account in the admin when changing the password or the
// e-mail (requireCurrentPassword). Virtual: it is checked and dropped before the save, never stored
// and never read back.
import type { Field } from 'payload'

import { CURRENT_PASSWORD } from './requireCurrentPassword'

export const currentPasswordField: Field = {
  name: CURRENT_PASSWORD,
  type: 'text',
  virtual: true,
  label: { zh: '当前密码', en: 'Current password' },
  access: { read: () => false },
  admin: {
    description: {
      zh: '修改自己的密码或邮箱时须填写。',
      en: 'Needed to change your own password or e-mail.',
    },
    condition: (data, _sibling, { user }) =>
      data?.id !== undefined && user != null && String(data.id) === String(user.id),
    components: { Field: '@/auth/passwords/CurrentPasswordInput#CurrentPasswordInput' },
  },
}

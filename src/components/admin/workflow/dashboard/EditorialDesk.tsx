// The first thing staff see in the admin: for editors, what waits for them; for experts, where
// their own pieces stand. Read through the Local API as the signed-in person.
import type { Payload, TypedUser } from 'payload'

import { hasRole, isStaffUser } from '@/access/roles'
import type { Language } from '@/workflow/language'

import './desk.css'
import { EditorDesk } from './EditorDesk'
import { ExpertDesk } from './ExpertDesk'

type Props = { payload: Payload; user?: TypedUser | null; i18n: { language: string } }

export const EditorialDesk = async ({ payload, user, i18n }: Props) => {
  if (!user) return null
  const language: Language = i18n.language === 'en' ? 'en' : 'zh'
  if (isStaffUser(user)) return <EditorDesk payload={payload} user={user} language={language} />
  if (hasRole(user, 'expert'))
    return <ExpertDesk payload={payload} user={user} language={language} />
  return null
}

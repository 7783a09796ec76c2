'use client'
// The review state as last saved (not as the form shows it), the admin's language, and the
// signed-in person's roles: what every review control starts from.
import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'

import type { User } from '@/payload-types'
import type { Language } from '@/workflow/language'
import { isReviewState, type ReviewState } from '@/workflow/transitions'

export const useReviewState = (): {
  state: ReviewState
  language: Language
  roles: User['roles']
} => {
  const { savedDocumentData } = useDocumentInfo()
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const saved: unknown = savedDocumentData?.reviewState
  return {
    state: isReviewState(saved) ? saved : 'draft',
    language: i18n.language === 'en' ? 'en' : 'zh',
    roles: user?.roles ?? [],
  }
}

// The objection form of a notice in its public-notice period; it names the notice it is about.
import type { Locale } from '@/i18n/locales'
import { objectionForm } from '@/participation/formRules'
import { NOTICE_FIELD } from '@/participation/objectionSubmission'
import type { Retry } from '@/participation/retryStore'

import { PublicForm } from './PublicForm'
import { words } from './words'

type Props = { locale: Locale; noticeSlug: string; retry?: Retry | null }

export function ObjectionForm({ locale, noticeSlug, retry }: Props) {
  const w = words[locale]
  return (
    <PublicForm
      locale={locale}
      spec={objectionForm}
      action="/objections/send"
      consentLabel={w.objectionConsent}
      submitLabel={w.sendObjection}
      hidden={{ [NOTICE_FIELD]: noticeSlug }}
      retry={retry}
    />
  )
}

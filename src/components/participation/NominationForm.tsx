// The "recommend a model" form.
import type { Locale } from '@/i18n/locales'
import { nominationForm } from '@/participation/formRules'
import type { Retry } from '@/participation/retryStore'

import { PublicForm } from './PublicForm'
import { words } from './words'

export function NominationForm({ locale, retry }: { locale: Locale; retry?: Retry | null }) {
  const w = words[locale]
  return (
    <PublicForm
      locale={locale}
      spec={nominationForm}
      action="/nominate/send"
      consentLabel={w.consent}
      submitLabel={w.send}
      retry={retry}
    />
  )
}

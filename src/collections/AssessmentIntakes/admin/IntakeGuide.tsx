'use client'
// The rules of an intake file, in the admin above the form, and its template to download.
import { useConfig, useTranslation } from '@payloadcms/ui'

import { intakeWordsFor } from './words'

export function IntakeGuide() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const w = intakeWordsFor(i18n.language)
  return (
    <section className="intake-guide" aria-labelledby="intake-guide-title">
      <h3 id="intake-guide-title">{w.guideTitle}</h3>
      <ul>
        {w.guide.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        <a href={`${config.serverURL}${config.routes.api}/assessment-intakes/template`} download>
          {w.template}
        </a>
      </p>
    </section>
  )
}

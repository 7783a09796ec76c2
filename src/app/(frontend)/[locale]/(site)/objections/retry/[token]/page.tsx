// The objection form again, with the messages and typed values of a refused objection, under the
// title of the notice it was about. Only the form's route handler asks for it (see handleSubmission).
import type { Metadata } from 'next'
import { SiteLink } from '@/components/layout/SiteLink'

import { ObjectionForm } from '@/components/participation/ObjectionForm'
import { words } from '@/components/participation/words'
import { getCommendation } from '@/data/commendation'
import { localePath, type Locale } from '@/i18n/locales'
import { NOTICE_FIELD } from '@/participation/objectionSubmission'
import { takeRetry } from '@/participation/retryStore'
import { documentPath } from '@/lib/publicPaths'

type Props = { params: Promise<{ locale: Locale; token: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: words[locale].objectionHeading, robots: { index: false } }
}

export default async function ObjectionRetryPage({ params }: Props) {
  const { locale, token } = await params
  const w = words[locale]
  const retry = await takeRetry(token)
  const slug = retry?.values[NOTICE_FIELD] ?? ''
  const notice = slug ? await getCommendation(slug, locale) : null
  return (
    <>
      <h1>{notice ? w.objectionFor(notice.title) : w.objectionHeading}</h1>
      {notice ? (
        <>
          <p>
            <SiteLink href={localePath(locale, documentPath('commendations', slug))}>
              {notice.title}
            </SiteLink>
          </p>
          <ObjectionForm locale={locale} noticeSlug={slug} retry={retry} />
        </>
      ) : (
        <ul className="form-error-summary" role="alert">
          {Object.values(retry?.errors ?? { form: w.errors.closed }).map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </>
  )
}

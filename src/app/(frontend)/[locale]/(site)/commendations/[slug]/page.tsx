// One commendation notice at its permanent address; a withdrawn one stays here, marked as such
// and kept out of search engines.
import { Notice } from '@/components/commendations/Notice'
import { NoticeJsonLd } from '@/components/commendations/NoticeJsonLd'
import { ObjectionSection } from '@/components/commendations/ObjectionSection'
import { documentPage } from '@/components/layout/documentPage'
import { getCommendation } from '@/data/commendation'

const page = documentPage({
  collection: 'commendations',
  read: getCommendation,
  publishedAt: (notice) => notice.issuedAt,
  render: (notice, locale, slug) => (
    <>
      <Notice notice={notice} locale={locale} />
      <ObjectionSection
        locale={locale}
        slug={slug}
        notice={notice.publicNotice}
        withdrawn={notice.reviewState === 'withdrawn'}
      />
      <NoticeJsonLd locale={locale} notice={{ ...notice, slug }} />
    </>
  ),
})

export const generateStaticParams = page.generateStaticParams
export const generateMetadata = page.generateMetadata
export default page.Page

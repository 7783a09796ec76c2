// One expert interpretation at its permanent address. An old address (the slug changed) redirects;
// a withdrawn article stays readable with its notice but is no longer indexed.
import { InterpretationArticle } from '@/components/interpretations/InterpretationArticle'
import { documentPage } from '@/components/layout/documentPage'
import { getInterpretation } from '@/data/interpretations'

const page = documentPage({
  collection: 'interpretations',
  read: getInterpretation,
  publishedAt: (article) => article.createdAt,
  render: (article, locale) => <InterpretationArticle article={article} locale={locale} />,
})

export const generateStaticParams = page.generateStaticParams
export const generateMetadata = page.generateMetadata
export default page.Page

// One policy document at its permanent address, with its PDF and the interpretations of it. An old
// address (the slug changed) redirects.
import { documentPage } from '@/components/layout/documentPage'
import { PolicyDocument } from '@/components/policies/PolicyDocument'
import { getPolicy } from '@/data/policies'

const page = documentPage({
  collection: 'policies',
  read: getPolicy,
  publishedAt: (policy) => policy.issuedAt,
  render: (policy, locale) => <PolicyDocument policy={policy} locale={locale} />,
})

export const generateStaticParams = page.generateStaticParams
export const generateMetadata = page.generateMetadata
export default page.Page

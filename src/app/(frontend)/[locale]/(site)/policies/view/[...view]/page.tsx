// A further page of the policy list, at the cacheable path src/proxy.ts rewrites `?page=…` to.
import { pagedListRoute } from '@/components/layout/pagedListRoute'
import { policyListMetadata } from '@/components/policies/policyListMetadata'
import { PolicyListView } from '@/components/policies/PolicyListView'

const route = pagedListRoute(PolicyListView, policyListMetadata)

export const generateStaticParams = () => []
export const generateMetadata = route.generateMetadata
export default route.Page

// A further page of the interpretations list, at the cacheable path src/proxy.ts rewrites
// `?page=…` to.
import { interpretationListMetadata } from '@/components/interpretations/interpretationListMetadata'
import { InterpretationListView } from '@/components/interpretations/InterpretationListView'
import { pagedListRoute } from '@/components/layout/pagedListRoute'

const route = pagedListRoute(InterpretationListView, interpretationListMetadata)

export const generateStaticParams = () => []
export const generateMetadata = route.generateMetadata
export default route.Page

import { feedRoute } from '@/lib/feeds/feedRoute'

// Rendered on first request, then served from the cache until a save expires its tags.
export const dynamic = 'force-static'
export const generateStaticParams = () => []

export const GET = feedRoute('atom')

// The masthead and footer of every public page show the site settings, so saving them expires
// every cached page (all of them carry the settings' tag through the layout).
import { revalidateTag } from 'next/cache'
import type { GlobalAfterChangeHook } from 'payload'

import { tags } from '@/data/cacheTags'

export const revalidateSiteSettings: GlobalAfterChangeHook = ({ doc, req }) => {
  if (req.context.disableRevalidate) return doc
  try {
    revalidateTag(tags.siteSettings, { expire: 0 })
  } catch (error) {
    // Outside a Next request (seed, tests, the command line) there is no page cache to expire.
    if (!(error instanceof Error && error.message.includes('static generation store missing'))) {
      throw error
    }
  }
  return doc
}

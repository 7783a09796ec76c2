// The column's identity for the masthead and the footer, as the public reads it: a plain query
// that tests call directly, and its cached form for pages, expired when an administrator saves.
import 'server-only'

import type { Media, SiteSetting } from '@/payload-types'

import { cachedQuery } from './cached'
import { tags } from './cacheTags'
import { asPublic, type Locale, populated, publicPayload } from './publicQuery'

export type ShownSiteSettings = Omit<SiteSetting, 'emblem'> & { emblem: Media | null }

export const siteSettings = async (locale: Locale): Promise<ShownSiteSettings> => {
  const payload = await publicPayload()
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    ...asPublic,
    locale,
    depth: 1,
  })
  return { ...settings, emblem: populated(settings.emblem) }
}

export const getSiteSettings = cachedQuery('site-settings', siteSettings, () => [tags.siteSettings])

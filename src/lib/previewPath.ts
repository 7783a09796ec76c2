// Where the admin's preview and live-preview buttons send an editor: the document's public page
// in the language being edited, through the route that turns on draft mode.
import { localePath, isLocale } from '@/i18n/locales'
import { documentPath, isPublicCollection } from '@/lib/publicPaths'

/** Only the site's own pages may be previewed: no open redirect to elsewhere. */
export const isPreviewablePath = (path: string | null): path is string =>
  typeof path === 'string' && /^\/(zh|en)(\/[^/\\][^\\]*)?$/.test(path) && !path.includes('//')

export const previewUrl = (collection: string, slug: unknown, locale: unknown) => {
  if (!isPublicCollection(collection) || typeof slug !== 'string' || !slug) return null
  const path = localePath(isLocale(locale) ? locale : 'zh', documentPath(collection, slug))
  return `/next/preview?path=${encodeURIComponent(path)}`
}

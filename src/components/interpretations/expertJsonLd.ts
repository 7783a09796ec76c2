// An expert's profile page as schema.org ProfilePage about a Person, so search engines can tie the
// articles' author to one profile.
import type { getExpert } from '@/data/experts'
import { populated } from '@/data/publicQuery'
import { languageTags, localePath, type Locale } from '@/i18n/locales'
import { documentPath } from '@/lib/publicPaths'
import { absoluteUrl } from '@/lib/siteUrl'

type Expert = NonNullable<Awaited<ReturnType<typeof getExpert>>>

export const expertJsonLd = (expert: Expert, locale: Locale) => {
  const url = absoluteUrl(localePath(locale, documentPath('experts', expert.slug ?? '')))
  const photo = populated(expert.photo)
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    inLanguage: languageTags[locale],
    dateModified: expert.updatedAt,
    mainEntity: {
      '@type': 'Person',
      name: expert.name,
      jobTitle: expert.title ?? undefined,
      affiliation: expert.affiliation
        ? { '@type': 'Organization', name: expert.affiliation }
        : undefined,
      description: expert.credentials ?? undefined,
      image: photo?.url ? absoluteUrl(photo.url) : undefined,
      url,
    },
  }
}

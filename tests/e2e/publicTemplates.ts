// Every page template of the public site, by name, as a path after the language prefix: read from
// the running test server's content, so each names a real document. The accessibility and HTML
// validity checks walk the same list.
import { newestSlug, rest } from './browser'

/** Templates whose page answers 404 by design. */
export const notFoundTemplates = ['not found', 'no such notice']

export const publicTemplates = async (): Promise<Record<string, string>> => {
  const { data } = await rest('GET', '/people?limit=1&depth=0&where[consent][equals]=true')
  const [person] = data.docs as { slug: string }[]
  const year = (
    (await rest('GET', '/commendations?limit=1&depth=0&sort=-assessmentYear')).data.docs as {
      assessmentYear: number
    }[]
  )[0]!.assessmentYear
  const inNotice = (
    (
      await rest(
        'GET',
        '/commendations?limit=1&depth=0&where[publicNotice.state][equals]=in-notice',
      )
    ).data.docs as { slug: string }[]
  )[0]!.slug
  return {
    home: '',
    'notice list': '/commendations',
    'filtered notice list': `/commendations?issued=${year}&assessed=${year}`,
    notice: `/commendations/${await newestSlug('commendations')}`,
    'honor roll': `/honor-roll/${year}`,
    'story list': '/model-stories',
    'advanced model': `/model-stories/${await newestSlug('model-stories', '&where[polarity][equals]=positive')}`,
    'warning case': `/model-stories/${await newestSlug('model-stories', '&where[polarity][equals]=negative')}`,
    'interpretation list': '/interpretations',
    interpretation: `/interpretations/${await newestSlug('interpretations')}`,
    'expert index': '/experts',
    expert: `/experts/${await newestSlug('experts')}`,
    'policy list': '/policies',
    policy: `/policies/${await newestSlug('policies')}`,
    'unit index': '/units',
    unit: `/units/${await newestSlug('units')}`,
    person: `/people/${person!.slug}`,
    feeds: '/feeds',
    'notice in its public-notice period': `/commendations/${inNotice}`,
    'nomination form': '/nominate',
    'nomination received': '/nominate/thanks',
    'nomination received, with its number': '/nominate/thanks/TM-2026-000123',
    'objection received': '/objections/thanks',
    verify: '/verify',
    'verified notice': `/verify/${encodeURIComponent(
      (
        (await rest('GET', '/commendations?limit=1&depth=0')).data.docs as {
          noticeNumber: string
        }[]
      )[0]!.noticeNumber,
    )}`,
    'no such notice': `/verify/${encodeURIComponent('区委发〔1999〕999号')}`,
    'open data': '/open-data',
    search: '/search',
    'search results': `/search?q=${encodeURIComponent('容错')}`,
    'not found': '/no/such/page',
  }
}

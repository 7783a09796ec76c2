// Every page template of the public site, by a name and its address without the language, found
// in the demo seed as the public sees it. The accessibility, HTML validity and layout tests walk
// the same list.
import { newestSlug, rest } from './browser'

type Docs<T> = { docs: T[] }

const first = async <T>(path: string): Promise<T> => {
  const [doc] = ((await rest('GET', path)).data as Docs<T>).docs
  if (!doc) throw new Error(`the demo seed has nothing at ${path}`)
  return doc
}

/** Templates that answer 404 by design. */
export const notFoundTemplates = new Set(['not found', 'no such notice'])

export const publicTemplates = async (): Promise<Record<string, string>> => {
  const person = await first<{ slug: string }>(
    '/people?limit=1&depth=0&where[consent][equals]=true',
  )
  const { assessmentYear: year } = await first<{ assessmentYear: number }>(
    '/commendations?limit=1&depth=0&sort=-assessmentYear',
  )
  const inNotice = await first<{ slug: string }>(
    '/commendations?limit=1&depth=0&where[publicNotice.state][equals]=in-notice',
  )
  const { noticeNumber } = await first<{ noticeNumber: string }>('/commendations?limit=1&depth=0')
  return {
    home: '',
    'notice list': '/commendations',
    'filtered notice list': `/commendations?issued=${year}&assessed=${year}`,
    notice: `/commendations/${await newestSlug('commendations')}`,
    'honor rolls': '/honor-roll',
    'honor roll': `/honor-roll/${year}`,
    'honor roll group': `/honor-roll/${year}?category=people`,
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
    person: `/people/${person.slug}`,
    feeds: '/feeds',
    'notice in its public-notice period': `/commendations/${inNotice.slug}`,
    'nomination form': '/nominate',
    'nomination received': '/nominate/thanks',
    'nomination received, with its number': '/nominate/thanks/TM-2026-000123',
    'objection received': `/objections/thanks/${inNotice.slug}`,
    verify: '/verify',
    'verified notice': `/verify/${encodeURIComponent(noticeNumber)}`,
    'no such notice': `/verify/${encodeURIComponent('区委发〔1999〕999号')}`,
    'open data': '/open-data',
    search: '/search',
    'search results': `/search?q=${encodeURIComponent('容错')}`,
    'not found': '/no/such/page',
  }
}

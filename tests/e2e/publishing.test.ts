// Journeys of an editor on the public site: a published correction is what the very next reader
// sees, a changed address still leads to the notice, and a draft can be previewed by staff and
// by nobody else.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, newPage, rest, restLogin } from './browser'

let browser: Browser
let token: string
let notice: { id: number; title: string; slug: string }

const publicPage = async (path: string) => {
  const response = await fetch(new URL(path, baseUrl()), { redirect: 'manual' })
  return {
    status: response.status,
    location: response.headers.get('location'),
    html: await response.text(),
  }
}

beforeAll(async () => {
  browser = await launchBrowser()
  token = await restLogin('editor@laurel.local')
  const { data } = await rest('GET', '/commendations?limit=1&sort=issuedAt&depth=0')
  notice = (data.docs as (typeof notice)[])[0]!
})

afterAll(async () => {
  await browser?.close()
})

describe('an editor publishes a change and the public page shows it', () => {
  it('serves the page from the cache, then the corrected title at the first request after the save', async () => {
    const path = `/zh/commendations/${notice.slug}`
    await publicPage(path) // the page is now in the cache
    const cached = await fetch(new URL(path, baseUrl()))
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')

    const corrected = `${notice.title}（更正）`
    const saved = await rest('PATCH', `/commendations/${notice.id}`, {
      token,
      json: { title: corrected },
    })
    expect(saved.status, JSON.stringify(saved.data)).toBe(200)
    const started = Date.now()
    const after = await publicPage(path)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(after.html).toContain(corrected)
    // The lists and the home page show it too.
    expect((await publicPage('/zh/commendations')).html + (await publicPage('/zh')).html).toContain(
      corrected,
    )
    notice.title = corrected
  })

  it('keeps the old address working with a permanent redirect after the slug changes', async () => {
    const oldPath = `/zh/commendations/${notice.slug}`
    // Slugs are cut to a fixed length, so the new one is short enough to be kept as typed.
    const renamed = `flood-relief-${Date.now()}`
    const saved = await rest('PATCH', `/commendations/${notice.id}`, {
      token,
      json: { slug: renamed },
    })
    expect(saved.status, JSON.stringify(saved.data)).toBe(200)
    const newSlug = (saved.data.doc as { slug: string }).slug
    expect(newSlug).toBe(renamed)
    const old = await publicPage(oldPath)
    expect(old.status).toBe(308)
    // Next may repeat the Location header on the first render; every copy names the new page.
    const newPath = `/zh/commendations/${newSlug}`
    expect(new Set(old.location?.split(', '))).toEqual(new Set([newPath]))
    const page = await newPage(browser)
    await page.goto(oldPath)
    await page.waitForURL(new RegExp(`${newPath}$`))
    expect(await page.locator('h1').innerText()).toBe(notice.title)
    await page.context().close()
    notice.slug = newSlug
  })
})

describe('an editor previews a draft', () => {
  it('shows staff the draft in draft mode, and the public still the published page', async () => {
    const draftTitle = `${notice.title}（草稿修改）`
    const saved = await rest('PATCH', `/commendations/${notice.id}?draft=true`, {
      token,
      json: { title: draftTitle },
    })
    expect(saved.status, JSON.stringify(saved.data)).toBe(200)
    const path = `/zh/commendations/${notice.slug}`

    const page = await newPage(browser)
    await page.context().addCookies([{ name: 'payload-token', value: token, url: baseUrl() }])
    await page.goto(`/next/preview?path=${encodeURIComponent(path)}`)
    await page.waitForURL(new RegExp(`${path}$`))
    expect(await page.locator('h1').innerText()).toBe(draftTitle)
    expect(await page.getByRole('status').innerText()).toContain('草稿预览')
    await page.context().close()

    const seen = await publicPage(path)
    expect(seen.html).toContain(notice.title)
    expect(seen.html).not.toContain(draftTitle)
  })

  it('refuses draft mode to anyone not signed in', async () => {
    const response = await fetch(new URL('/next/preview?path=%2Fzh', baseUrl()), {
      redirect: 'manual',
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('set-cookie') ?? '').not.toContain('__prerender_bypass')
  })
})

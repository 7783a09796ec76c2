// What a browser test does in the admin as a person would: sign in, wait for the edit form to
// settle, press the review buttons by keyboard, go through their dialogs, and read the toast that
// says what happened. Shared by the journeys through the editorial desk.
import type { Browser, Locator, Page, Response } from 'playwright-core'
import { expect } from 'vitest'

import { newPage, signInToAdmin } from './browser'

export const UI_TIMEOUT = 30_000

const traffic = new WeakMap<Page, { inFlight: number; lastActivity: number }>()

/** Counts the page's requests, so `settle` can tell when the admin has stopped talking. */
const trackTraffic = (page: Page) => {
  const state = { inFlight: 0, lastActivity: Date.now() }
  const started = () => {
    state.inFlight += 1
    state.lastActivity = Date.now()
  }
  const ended = () => {
    state.inFlight = Math.max(0, state.inFlight - 1)
    state.lastActivity = Date.now()
  }
  page.on('request', started)
  page.on('requestfinished', ended)
  page.on('requestfailed', ended)
  traffic.set(page, state)
}

/**
 * Waits until the page has made no request for a while. Playwright's `networkidle` only fires once
 * per navigation, but the edit form sends its state to the server 250 ms after each change (and
 * that request takes the document lock): saving before it went out would leave a lock behind.
 */
export const settle = async (page: Page, quietMs = 700) => {
  const state = traffic.get(page)
  if (!state) throw new Error('the page was not signed in with signIn()')
  // Quiet counts from now at the earliest, so a request the debounce is about to send is awaited.
  const since = Date.now()
  await expect
    .poll(
      () => state.inFlight === 0 && Date.now() - Math.max(since, state.lastActivity) >= quietMs,
      {
        timeout: UI_TIMEOUT,
        interval: 100,
      },
    )
    .toBe(true)
}

/** Signs in through the admin login form in a fresh context that reads Chinese. */
export const signIn = async (browser: Browser, email: string): Promise<Page> => {
  const page = await newPage(browser)
  page.setDefaultTimeout(UI_TIMEOUT)
  trackTraffic(page)
  await signInToAdmin(page, email)
  return page
}

/** Waits for the edit form to be rendered and its first round of form-state requests to finish. */
export const formReady = async (page: Page) => {
  await page.locator('#field-title').waitFor()
  await page.locator('#field-reviewState .rs__control').waitFor()
  await settle(page)
  // Someone else's unfinished edit would put up Payload's "document locked" dialog instead.
  expect(await page.locator('#document-locked').isVisible(), 'the document is locked').toBe(false)
}

/** The review state as the document header shows it (in place of Payload's draft status). */
export const shownReviewState = (page: Page) =>
  page.locator('.doc-controls [data-review-state] .status__value').innerText()

const isSaveRequest = (response: Response) =>
  ['POST', 'PATCH'].includes(response.request().method()) &&
  /^\/api\/(interpretations|commendations|model-stories|policies)(\/[^/]+)?$/.test(
    new URL(response.url()).pathname,
  )

/** Waits for the request a click makes and the toast that reports it: status and words. */
export const reported = async (page: Page, click: () => Promise<void>) => {
  await settle(page)
  // Toasts stack: mark the ones already shown, so the one this click brings is told apart.
  await page.evaluate(() =>
    document.querySelectorAll<HTMLElement>('.payload-toast-item').forEach((toast) => {
      toast.dataset.seen = 'true'
    }),
  )
  const [response] = await Promise.all([page.waitForResponse(isSaveRequest), click()])
  const toast = page
    .locator(
      response.ok() ? '.payload-toast-item.toast-success' : '.payload-toast-item.toast-error',
    )
    .and(page.locator(':not([data-seen])'))
    .first()
  await toast.waitFor()
  const message = await toast.innerText()
  await settle(page)
  return { status: response.status(), message }
}

/** Clicks one of Payload's own save buttons. */
export const save = (page: Page, button: '#action-save-draft' | '#action-save') =>
  reported(page, () => page.locator(button).click())

/** The review buttons the page offers, by their visible (Chinese) names. */
export const reviewButtons = (page: Page) => page.locator('.review-actions button').allInnerTexts()

/** Makes a move that needs no dialog by pressing its button with the keyboard. */
export const move = (page: Page, action: string) =>
  reported(page, async () => {
    await page.locator(`#review-${action}`).focus()
    await page.keyboard.press('Enter')
  })

export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')

/**
 * Opens a move's dialog from the keyboard, types the reason (if it asks for one), then tabs to
 * the dialog's confirming button and presses Enter: the whole dialog without a mouse.
 */
export const moveThroughDialog = async (page: Page, action: string, reason?: string) => {
  await settle(page)
  await page.locator(`#review-${action}`).focus()
  await page.keyboard.press('Enter')
  const dialog = page.locator('dialog.review-dialog[open]')
  await dialog.waitFor()
  if (reason !== undefined) {
    expect(await focusedId(page)).toBe(await dialog.locator('textarea').getAttribute('id'))
    await page.keyboard.type(reason)
  }
  await tabTo(page, dialog.locator('.review-dialog__buttons button').last(), 5)
  return reported(page, () => page.keyboard.press('Enter'))
}

/** Presses Tab until the element has focus, at most `limit` times; fails if it never does. */
export const tabTo = async (page: Page, target: Locator, limit: number) => {
  const focused = () => target.evaluate((element) => element === document.activeElement)
  for (let tabs = 0; tabs < limit && !(await focused()); tabs++) await page.keyboard.press('Tab')
  expect(await focused()).toBe(true)
}

/** Types into a text field and lets the form send its new state. */
export const type = async (page: Page, field: string, text: string) => {
  await page.locator(`#field-${field}`).fill(text)
  await settle(page)
}

/** Picks an option of a react-select field by its visible (Chinese) label. */
export const choose = async (page: Page, field: string, label: string) => {
  await page.locator(`#field-${field} .rs__control`).click()
  await page
    .locator('.rs__menu .rs__option')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .click()
  await expect.poll(() => page.locator(`#field-${field} .rs__single-value`).innerText()).toBe(label)
  await settle(page)
}

/** What axe (WCAG 2.2 AA) finds inside one part of the page: our own controls, not Payload's. */
export const axeWithin = async (page: Page, selector: string) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright')
  const { violations } = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target).join(', ')}`)
}

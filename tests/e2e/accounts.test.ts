// Journeys of staff accounts in the admin, with the test SMTP server on the port after the
// server's (tests/helpers/server.ts): a password refused under its field, an invitation sent from
// the admin's dialog and re-sent, an invitation accepted from its e-mail, and a forgotten password
// recovered from its e-mail.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Received, startMailbox } from '../helpers/smtp'

import { axeWithin, tabTo } from './adminJourney'

import {
  baseUrl,
  launchBrowser,
  newPage,
  rest,
  restLogin,
  runDueJobs,
  signInToAdmin,
} from './browser'

const UI_TIMEOUT = 30_000

let browser: Browser
let mailbox: Awaited<ReturnType<typeof startMailbox>>
let adminToken: string

/**
 * Runs the server's due jobs until `count` e-mails to `to` have arrived, and returns them. The
 * server's own runner may have taken the mail job a moment earlier (the endpoint then finds nothing
 * due and answers before the mail is out), so the jobs are run again until the mail is in or the
 * UI timeout has passed; more mail than expected fails at once.
 */
const mailsTo = async (to: string, count: number): Promise<Received[]> => {
  const deadline = Date.now() + UI_TIMEOUT
  for (;;) {
    await runDueJobs()
    const found = mailbox.received.filter((mail) => mail.to === to)
    if (found.length >= count || Date.now() > deadline) {
      expect(found, `mail to ${to}`).toHaveLength(count)
      return found
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
/** The one e-mail to `to` the server's jobs send. */
const mailTo = async (to: string): Promise<Received> => (await mailsTo(to, 1))[0]!
const INVITATION_LINK = /https?:\/\/\S+\/admin\/invitation\/\S+/
/** The path of the link in an e-mail, opened on the test server whatever host the link names. */
const linkIn = (mail: Received, pattern: RegExp) => {
  const match = pattern.exec(mail.text)
  if (!match) throw new Error(`no link in: ${mail.text}`)
  return new URL(match[0]).pathname
}
const page = async (): Promise<Page> => {
  const opened = await newPage(browser)
  opened.setDefaultTimeout(UI_TIMEOUT)
  return opened
}
/**
 * Types the new password twice and submits, until the form has posted it. Under load a page can
 * take what is typed before React has wired its form state (it then sends nothing), so the whole
 * step is tried again; the step fails if the form never posts within the UI timeout.
 */
const choosePassword = async (opened: Page, password: string) => {
  const deadline = Date.now() + UI_TIMEOUT
  for (;;) {
    await opened.locator('#field-password').fill(password)
    await opened.locator('#field-confirm-password').fill(password)
    const posted = opened.waitForRequest(
      (request) => request.method() === 'POST' && request.url().includes('/api/users/'),
      { timeout: 5_000 },
    )
    await opened.locator('form button[type="submit"]').click()
    try {
      return void (await posted)
    } catch (error) {
      if (Date.now() > deadline) throw error
    }
  }
}

beforeAll(async () => {
  mailbox = await startMailbox(Number(new URL(baseUrl()).port) + 1)
  browser = await launchBrowser()
  adminToken = await restLogin('admin@laurel.local')
})
afterAll(async () => {
  await browser?.close()
  await mailbox?.close()
})

describe('an administrator creating an account in the admin', () => {
  it('is told under the password field that it is too short, and nothing is created', async () => {
    const admin = await page()
    await signInToAdmin(admin, 'admin@laurel.local')
    await admin.goto('/admin/collections/users/create')
    await admin.locator('#field-email').fill('too-short@laurel.local')
    await admin.locator('#field-password').fill('short-pass')
    await admin.locator('#field-confirm-password').fill('short-pass')
    await admin.locator('#action-save').click()
    await admin.locator('.field-type.password').getByText('密码至少需要 12 个字符。').waitFor()
    const { data } = await rest('GET', '/users?where[email][equals]=too-short@laurel.local', {
      token: adminToken,
    })
    expect(data.totalDocs).toBe(0)
    await admin.context().close()
  })
})

describe('an administrator invites staff from the users list, by keyboard', () => {
  const email = 'dialog-invited-e2e@laurel.local'

  it('is told in the dialog that an address is taken, then sends an invitation that arrives', async () => {
    const admin = await page()
    await signInToAdmin(admin, 'admin@laurel.local')
    await admin.goto('/admin/collections/users')
    const open = admin.getByRole('button', { name: '邀请成员' })
    await tabTo(admin, open, 40)
    await admin.keyboard.press('Enter')
    const dialog = admin.getByRole('dialog', { name: '邀请成员' })
    const address = dialog.getByLabel('电子邮箱')
    await expect
      .poll(() => address.evaluate((input) => input === document.activeElement))
      .toBe(true)
    expect(await axeWithin(admin, '.invite-dialog')).toEqual([])

    await admin.keyboard.type('admin@laurel.local')
    await admin.keyboard.press('Enter')
    await dialog.getByRole('alert').getByText('给定电子邮件的用户已经注册。').waitFor()
    expect(await axeWithin(admin, '.invite-dialog')).toEqual([])

    await address.fill(email)
    await dialog.getByLabel('署名').fill('Dialog Invitee')
    await admin.keyboard.press('Enter')
    await dialog.waitFor({ state: 'detached' })
    expect(linkIn(await mailTo(email), INVITATION_LINK)).toMatch(/^\/admin\/invitation\//)
    await admin.context().close()
  })

  it('re-sends the pending invitation from the account’s page: a new link, the old one spent', async () => {
    const { data } = await rest('GET', `/users?where[email][equals]=${email}`, {
      token: adminToken,
    })
    const admin = await page()
    await signInToAdmin(admin, 'admin@laurel.local')
    const [account] = data.docs as { id: number }[]
    await admin.goto(`/admin/collections/users/${account!.id}`)
    await admin.getByText('此人尚未接受邀请。').waitFor()
    await admin.getByRole('button', { name: '重新发送邀请' }).click()
    await admin.getByRole('status').getByText('已发送新的邀请，旧链接已失效。').waitFor()
    const links = (await mailsTo(email, 2)).map((mail) => linkIn(mail, INVITATION_LINK))
    expect(links).toHaveLength(2)
    expect(links[1]).not.toBe(links[0])
    await admin.context().close()
  })
})

describe('an invited editor chooses a password from the e-mail and signs in', () => {
  const email = 'invited-e2e@laurel.local'
  const chosen = 'copper-kettle-harbour-19'
  let invitation: string

  it('follows the link, chooses a password and reaches the dashboard', async () => {
    const created = await rest('POST', '/users', {
      token: adminToken,
      json: { email, roles: ['editor'] },
    })
    expect(created.status).toBe(201)
    invitation = linkIn(await mailTo(email), INVITATION_LINK)
    const person = await page()
    await person.goto(invitation)
    await person.getByRole('heading', { name: '设置密码' }).waitFor()
    await choosePassword(person, chosen)
    await person.waitForURL(/\/admin\/login/)
    await signInToAdmin(person, email, chosen)
    await person.context().close()
  })

  it('the same link, opened again, says it is no longer valid', async () => {
    const person = await page()
    await person.goto(invitation)
    await choosePassword(person, 'another-copper-kettle-20')
    await person.getByText('邀请链接无效或已经使用过').waitFor()
    await person.context().close()
    expect(await restLogin(email, chosen)).toBeTruthy()
  })
})

describe('a member of staff who forgot their password', () => {
  const email = 'forgetful-e2e@laurel.local'
  const renewed = 'granite-meadow-signal-33'

  it('asks on the admin’s page, follows the e-mail’s link and is signed in with the new password', async () => {
    await rest('POST', '/users', {
      token: adminToken,
      json: { email, password: 'first-granite-meadow-32', roles: ['expert'] },
    })
    const person = await page()
    await person.goto('/admin/forgot')
    await person.locator('#field-email').fill(email)
    const asked = person.waitForResponse((response) =>
      response.url().endsWith('/api/users/forgot-password'),
    )
    await person.locator('form button[type="submit"]').click()
    expect((await asked).status()).toBe(200)
    const reset = linkIn(await mailTo(email), /https?:\/\/\S+\/admin\/reset\/\S+/)
    await person.goto(reset)
    await choosePassword(person, renewed)
    await person.waitForURL((url) => url.pathname === '/admin')
    await person.context().close()
    expect(await restLogin(email, renewed)).toBeTruthy()
  })
})

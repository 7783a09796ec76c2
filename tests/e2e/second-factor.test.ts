// Journey with LAUREL_STAFF_2FA=required, on a server of its own: an editor signs in with the
// password, is stopped at the code page, enrols an authenticator from the QR page, keeps the
// recovery codes, and reaches the dashboard; the next sign-in asks for a code, a wrong one is
// refused with a message, a recovery code works once. Until then REST and GraphQL refuse them.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { currentTotp } from '@/auth/secondFactor/totp'

import { startServer, type TestServer } from '../helpers/server'
import { axeViolations, DEMO_PASSWORD, launchBrowser } from './browser'

const UI_TIMEOUT = 30_000
const EDITOR = 'editor@laurel.local'

let browser: Browser
let server: TestServer
let secret = ''
let recoveryCodes: string[] = []
let enrolmentCode = ''

beforeAll(async () => {
  const port = Number(process.env.LAUREL_E2E_PORT || 3310) + 3
  server = await startServer(port, { env: { LAUREL_STAFF_2FA: 'required' } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const rest = async (method: string, path: string, token: string, json?: unknown) => {
  const response = await fetch(`${server.baseUrl}/api${path}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  return { status: response.status, data: (await response.json()) as Record<string, unknown> }
}

const restLogin = async (email: string) => {
  const response = await fetch(`${server.baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  return ((await response.json()) as { token: string }).token
}

const signIn = async (locale = 'zh-CN'): Promise<Page> => {
  const context = await browser.newContext({ baseURL: server.baseUrl, locale })
  const page = await context.newPage()
  page.setDefaultTimeout(UI_TIMEOUT)
  await page.goto('/admin')
  await page.waitForURL(/\/admin\/login/)
  await page.locator('#field-email').fill(EDITOR)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL(/\/admin\/second-factor/)
  return page
}

describe('a session opened with the password alone', () => {
  it('is refused by REST and GraphQL until the second factor is given', async () => {
    const token = await restLogin('admin@laurel.local')
    expect((await rest('GET', '/nominations', token)).status).toBe(403)
    expect((await rest('POST', '/units', token, { name: 'x' })).status).toBe(403)
    const graphql = await rest('POST', '/graphql', token, {
      query: '{ Nominations { totalDocs } }',
    })
    expect(JSON.stringify(graphql.data.errors)).toMatch(/Forbidden|无权|not allowed/i)
    expect((await rest('GET', '/access', token)).data.canAccessAdmin).toBeUndefined()
  })
})

describe('an editor enrols an authenticator at their first sign-in', () => {
  it('scans a QR code drawn by the server, keeps the recovery codes and reaches the dashboard', async () => {
    const page = await signIn()
    await page.getByRole('heading', { name: '绑定身份验证器' }).waitFor()
    const qr = page.getByRole('img', { name: '身份验证器二维码' })
    await qr.waitFor()
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/)
    expect(await axeViolations(page)).toEqual([])
    secret = (await page.locator('.second-factor__secret').innerText()).trim()
    enrolmentCode = await currentTotp(secret)
    await page.getByLabel('验证码').fill(enrolmentCode)
    await page.keyboard.press('Enter')
    const codes = page.locator('.second-factor__code-list code')
    await expect.poll(() => codes.count()).toBe(10)
    recoveryCodes = await codes.allInnerTexts()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('link', { name: '我已保存，继续' }).click()
    await page.locator('.dashboard').waitFor()
    await page.context().close()
  })
})

describe('an enrolled editor signs in again', () => {
  it('is asked for a code, refused a wrong one with a message, and let in with the right one, by keyboard', async () => {
    const page = await signIn()
    await page.getByRole('heading', { name: '输入验证码' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    const field = page.getByLabel('验证码')
    await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true)
    // A code works once: the enrolment's step is spent, so wait (up to a step) for the app's next.
    await expect.poll(() => currentTotp(secret), { timeout: 35_000 }).not.toBe(enrolmentCode)
    const right = await currentTotp(secret)
    await page.keyboard.type(right === '000000' ? '111111' : '000000')
    await page.keyboard.press('Enter')
    expect(await page.locator('#second-factor-error').innerText()).toBe('验证码不正确或已过期。')
    expect(await axeViolations(page)).toEqual([])
    await field.fill(await currentTotp(secret))
    await page.keyboard.press('Enter')
    await page.locator('.dashboard').waitFor()
    await page.context().close()
  })

  it('reads the code page in English when the browser asks for English', async () => {
    const page = await signIn('en-GB')
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('may use a recovery code once instead of the phone', async () => {
    const page = await signIn()
    await page.getByRole('button', { name: '手机丢失？改用恢复码' }).click()
    await page.getByLabel('恢复码').fill(recoveryCodes[0]!)
    await page.keyboard.press('Enter')
    await page.locator('.dashboard').waitFor()
    await page.context().close()

    const again = await signIn()
    await again.getByRole('button', { name: '手机丢失？改用恢复码' }).click()
    await again.getByLabel('恢复码').fill(recoveryCodes[0]!)
    await again.keyboard.press('Enter')
    expect(await again.locator('#second-factor-error').innerText()).toBe('验证码不正确或已过期。')
    await again.context().close()
  })
})

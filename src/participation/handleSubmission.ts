// One public form submission, from the request to the answer, shared by nominations and
// objections: rate limit (429 + Retry-After), body cap (413), honeypot (answered as accepted,
// nothing stored), field checks (400), the form's own checks, then the document is created
// through the Local API as the public. A browser gets a 303 to the thank-you page, or the form
// page again with the status, its messages and what was typed; `Accept: application/json` gets
// the same statuses with `{ errors: { field: message } }`. See docs/adr/0017.
import { isLocale, localePath, type Locale } from '@/i18n/locales'
import { words } from '@/components/participation/words'

import { checkSubmission, CONSENT, type FormSpec, type FormValues, HONEYPOT } from './formRules'
import { BodyTooLarge, isBot, readBodyWithin, takeSubmission } from './protections'
import { keepForRetry } from './retryStore'

export type Errors = Record<string, string>
export type Refusal = { status: number; errors: Errors }
/** What the sender is told of a taken submission: its reference number, when the form gives one. */
export type Receipt = { reference: string | null }

export type SubmissionForm = {
  spec: FormSpec
  /** Where the form lives, without the language: `/nominate`. */
  path: string
  /** Fields besides the spec's that the form posts (an objection names its notice). */
  extraFields?: string[]
  /** The form's own checks and the write; a refusal when the submission cannot be taken. */
  save: (values: FormValues, locale: Locale) => Promise<Refusal | Receipt>
  /** A made-up reference for a bot, which must not learn that nothing was stored. */
  decoyReference?: () => string
  /** Where the sender lands, without the language; `${path}/thanks[/reference]` unless the form says. */
  thanksPath?: (values: FormValues) => string
}

type Context = { params: Promise<{ locale: string }> }

const readValues = (body: string, contentType: string, names: string[]): FormValues => {
  let entries: [string, unknown][] = []
  if (contentType.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(body)
      if (parsed && typeof parsed === 'object') entries = Object.entries(parsed)
    } catch {
      // Not JSON: every field counts as missing.
    }
  } else {
    entries = [...new URLSearchParams(body).entries()]
  }
  const values: FormValues = {}
  for (const [name, value] of entries) {
    if (!names.includes(name)) continue
    if (typeof value === 'string') values[name] = value
    else if (value === true) values[name] = 'yes'
  }
  return values
}

const localized = (codes: ReturnType<typeof checkSubmission>, spec: FormSpec, locale: Locale) => {
  const messages = words[locale].errors
  const errors: Errors = {}
  for (const [name, code] of Object.entries(codes)) {
    const max = spec.fields.find((field) => field.name === name)?.maxLength ?? 0
    errors[name] = code === 'tooLong' ? messages.tooLong(max) : messages[code]
  }
  return errors
}

/** The form page showing the messages and typed values, as this server renders it. */
const formPageWith = async (path: string): Promise<string | null> => {
  if (!process.env.PORT) return null
  try {
    const response = await fetch(`http://127.0.0.1:${process.env.PORT}${path}`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    })
    return response.ok ? await response.text() : null
  } catch {
    return null
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Only if the form page cannot be had: the messages alone, and the way back. */
const plainPage = (locale: Locale, path: string, errors: Errors) =>
  `<!doctype html><html lang="${locale === 'zh' ? 'zh-CN' : 'en'}"><meta charset="utf-8"><title>${escapeHtml(words[locale].errorSummary)}</title><main><h1>${escapeHtml(words[locale].errorSummary)}</h1><ul>${Object.values(
    errors,
  )
    .map((message) => `<li>${escapeHtml(message)}</li>`)
    .join(
      '',
    )}</ul><p><a href="${localePath(locale, path)}">${escapeHtml(words[locale].send)}</a></p></main></html>`

export const submissionHandler =
  (form: SubmissionForm) =>
  async (request: Request, { params }: Context): Promise<Response> => {
    const { locale } = await params
    if (!isLocale(locale)) return new Response(null, { status: 404 })
    const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')

    const refuse = async (
      { status, errors }: Refusal,
      values: FormValues = {},
      headers: Record<string, string> = {},
    ) => {
      const noStore = { 'Cache-Control': 'no-store', ...headers }
      if (wantsJson) return Response.json({ errors }, { status, headers: noStore })
      const token = await keepForRetry({ values, errors })
      const html =
        (await formPageWith(localePath(locale, `${form.path}/retry/${token}`))) ??
        plainPage(locale, form.path, errors)
      return new Response(html, {
        status,
        headers: { 'Content-Type': 'text/html; charset=utf-8', ...noStore },
      })
    }
    // The thank-you page carries the reference in its address, so it shows without JavaScript.
    const accepted = ({ reference }: Receipt, values: FormValues) =>
      wantsJson
        ? Response.json({ status: 'received', reference }, { status: 201 })
        : new Response(null, {
            status: 303,
            headers: {
              Location: localePath(
                locale,
                form.thanksPath?.(values) ??
                  `${form.path}/thanks${reference ? `/${reference}` : ''}`,
              ),
            },
          })

    const rate = await takeSubmission(request.headers)
    if (!rate.allowed) {
      const seconds = String(rate.retryAfterSeconds)
      return refuse(
        { status: 429, errors: { form: words[locale].errors.tooMany(rate.retryAfterSeconds) } },
        {},
        { 'Retry-After': seconds },
      )
    }
    let body: string
    try {
      body = await readBodyWithin(request)
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error
      return refuse({ status: 413, errors: { form: words[locale].errors.tooLarge } })
    }
    const names = [...form.spec.fields.map((field) => field.name), CONSENT, HONEYPOT]
    const values = readValues(body, request.headers.get('content-type') ?? '', [
      ...names,
      ...(form.extraFields ?? []),
    ])
    // A bot is told it succeeded, so it learns nothing; nothing is stored.
    if (isBot(values, HONEYPOT)) {
      return accepted({ reference: form.decoyReference?.() ?? null }, values)
    }
    delete values[HONEYPOT]

    const problems = checkSubmission(form.spec, values)
    if (Object.keys(problems).length > 0) {
      return refuse({ status: 400, errors: localized(problems, form.spec, locale) }, values)
    }
    const result = await form.save(values, locale)
    return 'status' in result ? refuse(result, values) : accepted(result, values)
  }

// The admin is complete in Chinese and English, and needs no internet: every collection and field
// an editor can see is labelled in both languages (no label made up from a field's name, no
// "Grades Replaced 01" row label), every select option too, every date shows its year, and no
// JSON or code field uses Payload's code editor, which loads itself from a CDN.
import config from '@payload-config'
import { initI18n } from '@payloadcms/translations'
import { createClientConfig, type Field, type SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { labelLanguages } from '@/i18n/labelsInAdminLanguage'

let sanitized: SanitizedConfig

beforeAll(async () => {
  sanitized = await config
})

/** Written in both languages (and made a function of the admin's language by the config). */
const isBilingual = (label: unknown) =>
  Boolean(labelLanguages(label)?.zh && labelLanguages(label)?.en) ||
  typeof label === 'function' || // a plugin's label read from the translations (checked below)
  label === false

// Fields Payload adds to every upload, auth and versioned collection; it labels them itself.
const PAYLOAD_OWN = new Set([
  'updatedAt',
  'createdAt',
  'url',
  'thumbnailURL',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'sizes',
  'email',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'salt',
  'hash',
  'loginAttempts',
  'lockUntil',
  'sessions',
  '_status',
  'id',
  'prefix',
])

type Found = { where: string; field: Field }

/** The admin options this test reads; each field type declares only those that apply to it. */
type Admin = {
  hidden?: boolean
  disabled?: boolean
  date?: { displayFormat?: string }
  components?: { Field?: unknown }
}
const adminOf = (field: Field) => (field.admin ?? {}) as Admin

/** Every field the admin shows, with where it sits, through rows, groups, arrays and tabs. */
const shownFields = (fields: Field[], where: string): Found[] =>
  fields.flatMap((field): Found[] => {
    if (adminOf(field).hidden || adminOf(field).disabled || ('hidden' in field && field.hidden))
      return []
    if ('name' in field && PAYLOAD_OWN.has(field.name)) return []
    const here = 'name' in field && field.name ? `${where}.${field.name}` : where
    const self = 'name' in field && field.name ? [{ where: here, field }] : []
    if (field.type === 'tabs') {
      return [...self, ...field.tabs.flatMap((tab) => shownFields(tab.fields, here))]
    }
    if ('fields' in field) return [...self, ...shownFields(field.fields, here)]
    return self
  })

const visibleCollections = () =>
  sanitized.collections.filter((collection) => !collection.admin?.hidden)

describe('the admin in two languages', () => {
  it('every collection the admin lists is named in Chinese and English', () => {
    for (const collection of visibleCollections()) {
      expect(collection.labels.singular, collection.slug).toSatisfy(isBilingual)
      expect(collection.labels.plural, collection.slug).toSatisfy(isBilingual)
    }
  })

  it('every field, array row and option it shows is labelled in both', () => {
    const missing: string[] = []
    for (const collection of visibleCollections()) {
      for (const { where, field } of shownFields(collection.fields, collection.slug)) {
        if (!('name' in field) || field.type === 'ui') continue
        if (!isBilingual('label' in field ? field.label : undefined)) missing.push(where)
        if (field.type === 'array' && !isBilingual(field.labels?.singular)) {
          missing.push(`${where} (row label)`)
        }
        if ('options' in field && Array.isArray(field.options)) {
          for (const option of field.options) {
            if (typeof option === 'string' || !isBilingual(option.label)) {
              missing.push(`${where} option ${typeof option === 'string' ? option : option.value}`)
            }
          }
        }
      }
    }
    expect(missing).toEqual([])
  })

  it('plugin labels read from the translations have a Chinese text', () => {
    const zh = sanitized.i18n.translations.zh as Record<string, Record<string, string>>
    for (const key of ['fromUrl', 'toUrlType', 'internalLink', 'customUrl', 'documentToRedirect']) {
      expect(zh['plugin-redirects']?.[key], key).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('the admin is given every name as text of its language, never an object to translate', async () => {
    // Components of @payloadcms/ui 3.90.1 that do not translate a label read "[object Object]".
    for (const language of ['zh', 'en'] as const) {
      const i18n = await initI18n({ config: sanitized.i18n, context: 'client', language })
      const client = createClientConfig({ config: sanitized, i18n, importMap: {}, user: true })
      const notText: string[] = []
      const walk = (value: unknown, where: string) => {
        if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${where}[${i}]`))
        else if (value && typeof value === 'object') {
          for (const [key, inner] of Object.entries(value)) {
            const here = `${where}.${key}`
            if (key === 'label' || key === 'singular' || key === 'plural') {
              if (inner !== false && inner !== undefined && typeof inner !== 'string') {
                if (!(key === 'label' && 'value' in value)) notText.push(here) // select options
              }
            } else walk(inner, here)
          }
        }
      }
      walk({ collections: client.collections, globals: client.globals }, language)
      expect(notText).toEqual([])
      const commendations = client.collections.find((c) => c.slug === 'commendations')!
      expect(commendations.labels.plural).toBe(
        language === 'zh' ? '表彰通报' : 'Commendation notices',
      )
    }
  })

  it('every date the admin shows carries its year', () => {
    const formats = visibleCollections().flatMap((collection) =>
      shownFields(collection.fields, collection.slug)
        .filter(
          ({ field }) =>
            field.type === 'date' && !PAYLOAD_OWN.has((field as { name: string }).name),
        )
        .map(({ where, field }) => [where, adminOf(field).date?.displayFormat ?? ''] as const),
    )
    expect(formats.length).toBeGreaterThan(3)
    for (const [where, format] of formats) expect(format, where).toMatch(/P|y/)
    expect(sanitized.admin.dateFormat).toMatch(/P|y/)
  })
})

describe('the admin without internet', () => {
  it('no JSON or code field is left to Payload’s code editor', () => {
    const editors = visibleCollections().flatMap((collection) =>
      shownFields(collection.fields, collection.slug)
        .filter(({ field }) => field.type === 'json' || field.type === 'code')
        .filter(({ field }) => !adminOf(field).components?.Field)
        .map(({ where }) => where),
    )
    expect(editors).toEqual([])
  })

  it('the admin schedules in the district’s time zone, and only in it', () => {
    expect(sanitized.admin.timezones.defaultTimezone).toBe('Asia/Shanghai')
    expect(sanitized.admin.timezones.supportedTimezones.map(({ value }) => value)).toEqual([
      'Asia/Shanghai',
    ])
  })
})

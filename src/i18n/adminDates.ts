// How the admin writes dates and times: in the admin's language and always with the year
// (`2026年12月7日 09:30`, `December 7th, 2026 09:30`), in the district's time zone when scheduling.
// date-fns' localized patterns (PPP) follow the admin's language; Payload's defaults drop the year
// from day pickers ("12月 05") and spell months and hours in a way no Chinese reader writes them.
import type { Config, Field, Plugin } from 'payload'

import { timeZone } from '@/lib/timeZone'

export const DAY_FORMAT = 'PPP'
export const MOMENT_FORMAT = 'PPP HH:mm'

export const adminTimezones = {
  defaultTimezone: timeZone,
  supportedTimezones: [{ label: timeZone, value: timeZone }],
}

const withDisplayFormat = (field: Field): Field => {
  if (field.type === 'date') {
    const { date } = field.admin ?? {}
    if (date?.displayFormat) return field
    // Payload's own default appearance is a day without a time.
    const appearance = date?.pickerAppearance ?? 'default'
    const displayFormat =
      appearance === 'dayAndTime'
        ? MOMENT_FORMAT
        : appearance === 'dayOnly' || appearance === 'default'
          ? DAY_FORMAT
          : undefined
    if (!displayFormat) return field
    return { ...field, admin: { ...field.admin, date: { ...date, displayFormat } } }
  }
  if ('fields' in field && Array.isArray(field.fields)) {
    return { ...field, fields: field.fields.map(withDisplayFormat) } as Field
  }
  if (field.type === 'tabs') {
    const tabs = field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withDisplayFormat) }))
    return { ...field, tabs }
  }
  return field
}

/**
 * Gives every date field of every collection and global a display format with the year, unless
 * it sets its own: one rule instead of a format repeated on each field.
 */
export const showDatesWithYear: Plugin = (config: Config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: collection.fields.map(withDisplayFormat),
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    fields: global.fields.map(withDisplayFormat),
  })),
})

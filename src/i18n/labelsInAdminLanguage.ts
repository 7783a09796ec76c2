// Labels written `{ zh, en }` become functions of the admin's language, which Payload resolves to
// one string when it builds the admin's client config for that language. Payload's own server
// code translates either form, but some of @payloadcms/ui 3.90.1's components put the label into
// an accessible name without translating it, and a screen reader then read "创建新的 [object
// Object]" on the dashboard, "按 [object Object] 排序" on a list's sort buttons and in the add-new
// button of a relationship. One rule here instead of a function written on every label.
import type { Config, Field, Plugin } from 'payload'

import type { Words } from '@/workflow/language'

type InLanguages = Words
type ByLanguage = ((args: { i18n: { language: string } }) => string) & { languages: InLanguages }

const isInLanguages = (label: unknown): label is InLanguages =>
  typeof label === 'object' &&
  label !== null &&
  typeof (label as Record<string, unknown>).zh === 'string' &&
  typeof (label as Record<string, unknown>).en === 'string'

/** The label in the admin's language, Chinese for any other; it keeps its texts for inspection. */
const byLanguage = (languages: InLanguages): ByLanguage =>
  Object.assign(
    ({ i18n }: { i18n: { language: string } }) =>
      i18n.language === 'en' ? languages.en : languages.zh,
    { languages },
  )

/** The texts of a label in both languages, whichever form it is written in. */
export const labelLanguages = (label: unknown): InLanguages | undefined => {
  if (isInLanguages(label)) return label
  if (typeof label === 'function' && isInLanguages((label as Partial<ByLanguage>).languages)) {
    return (label as ByLanguage).languages
  }
  return undefined
}

const converted = <T>(label: T): T => (isInLanguages(label) ? (byLanguage(label) as T) : label)

const convertedPair = <T extends { singular?: unknown; plural?: unknown } | undefined>(
  labels: T,
): T =>
  labels && { ...labels, singular: converted(labels.singular), plural: converted(labels.plural) }

const withLabelsByLanguage = (field: Field): Field => {
  const out = { ...field } as Field & Record<string, unknown>
  if ('label' in out) out.label = converted(out.label)
  if ('labels' in out) out.labels = convertedPair(out.labels as never)
  if ('fields' in out && Array.isArray(out.fields))
    out.fields = out.fields.map(withLabelsByLanguage)
  if (out.type === 'tabs') {
    out.tabs = out.tabs.map((tab) => ({
      ...tab,
      label: converted(tab.label),
      fields: tab.fields.map(withLabelsByLanguage),
    })) as typeof out.tabs
  }
  if (out.type === 'blocks' && Array.isArray(out.blocks)) {
    out.blocks = out.blocks.map((block) => ({
      ...block,
      labels: convertedPair(block.labels),
      fields: block.fields.map(withLabelsByLanguage),
    }))
  }
  return out
}

/** Every `{ zh, en }` label of every collection, global and field, as a function of the language. */
export const labelsInAdminLanguage: Plugin = (config: Config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    labels: convertedPair(collection.labels),
    fields: collection.fields.map(withLabelsByLanguage),
  })),
  globals: config.globals?.map((global) => ({
    ...global,
    label: converted(global.label),
    fields: global.fields.map(withLabelsByLanguage),
  })),
})

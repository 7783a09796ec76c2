// The workflow speaks to staff in the admin's language: Chinese, the language of record, unless
// the request asked for English.
export type Language = 'zh' | 'en'
export type Words = Record<Language, string>

type WithLanguage = { i18n?: { language?: string } | null } | null | undefined

export const languageOf = (req: WithLanguage): Language =>
  req?.i18n?.language === 'en' ? 'en' : 'zh'

/** The words in one language, with each `{name}` replaced by its value. */
export const say = (words: Words, language: Language, values: Record<string, string> = {}) =>
  words[language].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

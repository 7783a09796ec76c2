// Account messages answer in the reader's language: English when the request's admin language is
// English, Chinese otherwise (the site's default, and the Local API's).
import type { PayloadRequest } from 'payload'

export type Words = { zh: string; en: string }

export const inReadersLanguage = (req: PayloadRequest, words: Words) =>
  req.i18n?.language === 'en' ? words.en : words.zh

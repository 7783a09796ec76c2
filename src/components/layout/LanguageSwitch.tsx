'use client'
// Switches the reading language and keeps the reader on the same document: slugs are shared by
// both languages, so only the language prefix changes. It is a plain link, rendered on the
// server, so it works without JavaScript; with JavaScript, a filtered list's query string goes
// along, which the cached page itself cannot know.
import { usePathname, useRouter } from 'next/navigation'
import type { MouseEvent } from 'react'

import { languageTags, localePath, type Locale, withoutLocale } from '@/i18n/locales'

export function LanguageSwitch({ label, text }: { label: string; text: string }) {
  const router = useRouter()
  const { locale, path } = withoutLocale(usePathname() ?? '/')
  const other: Locale = locale === 'zh' ? 'en' : 'zh'
  const href = localePath(other, path)
  const keepFilters = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!window.location.search || event.metaKey || event.ctrlKey || event.shiftKey) return
    event.preventDefault()
    // Another language is another root layout: Next loads the page afresh.
    router.push(`${href}${window.location.search}`)
  }
  return (
    <a
      className="language-switch"
      href={href}
      hrefLang={languageTags[other]}
      lang={languageTags[other]}
      aria-label={label}
      onClick={keepFilters}
    >
      {text}
    </a>
  )
}

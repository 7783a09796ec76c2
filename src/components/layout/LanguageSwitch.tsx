'use client'
// Switches the reading language and keeps the reader on the same document: slugs are shared by
// both languages, so only the language prefix changes. The server renders the link without the
// list filters (cached pages cannot know them); in the browser the filters are added, so a
// filtered list stays filtered in the other language.
import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'
import { Suspense } from 'react'

import { languageTags, localePath, type Locale, withoutLocale } from '@/i18n/locales'

type Props = { label: string; text: string }

function SwitchLink({ label, text, search = '' }: Props & { search?: string }) {
  const { locale, path } = withoutLocale(usePathname() ?? '/')
  const other: Locale = locale === 'zh' ? 'en' : 'zh'
  return (
    <Link
      className="language-switch"
      href={`${localePath(other, path)}${search ? `?${search}` : ''}`}
      hrefLang={languageTags[other]}
      lang={languageTags[other]}
      aria-label={label}
      prefetch={false}
    >
      {text}
    </Link>
  )
}

function WithFilters(props: Props) {
  return <SwitchLink {...props} search={useSearchParams().toString()} />
}

export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} />}>
      <WithFilters {...props} />
    </Suspense>
  )
}

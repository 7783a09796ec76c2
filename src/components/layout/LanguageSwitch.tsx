'use client'
// Switches the reading language and keeps the reader on the same document: slugs are shared by
// both languages, so only the language prefix changes. Rendered on the server too, so the link
// works without JavaScript.
import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { localePath, type Locale, withoutLocale } from '@/i18n/locales'

export function LanguageSwitch({ label, text }: { label: string; text: string }) {
  const { locale, path } = withoutLocale(usePathname() ?? '/')
  const other: Locale = locale === 'zh' ? 'en' : 'zh'
  return (
    <Link
      className="language-switch"
      href={localePath(other, path)}
      hrefLang={other === 'zh' ? 'zh-CN' : 'en'}
      lang={other === 'zh' ? 'zh-CN' : 'en'}
      aria-label={label}
      prefetch={false}
    >
      {text}
    </Link>
  )
}

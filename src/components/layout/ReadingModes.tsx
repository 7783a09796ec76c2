// The two reading-mode switches in the masthead's top bar. They are plain buttons; the inline
// script (readingModeScript.ts) gives them their state and behaviour, and shows them only when it
// runs, so a reader without JavaScript never sees a switch that does nothing.
import type { Locale } from '@/i18n/locales'

const words = {
  zh: { group: '阅读模式', large: '大字', contrast: '高对比度' },
  en: { group: 'Reading mode', large: 'Larger text', contrast: 'High contrast' },
}

export function ReadingModes({ locale }: { locale: Locale }) {
  const w = words[locale]
  return (
    <div className="reading-modes" role="group" aria-label={w.group}>
      <span className="reading-modes-label" aria-hidden="true">
        {w.group}
      </span>
      {(['large', 'contrast'] as const).map((mode) => (
        // The script sets aria-pressed before React hydrates the page.
        <button
          key={mode}
          type="button"
          data-reading-mode={mode}
          aria-pressed="false"
          suppressHydrationWarning
        >
          {w[mode]}
        </button>
      ))}
    </div>
  )
}

// Corrections to a published item are never silent: each one is shown as a dated note, oldest
// first, so a reader can tell what changed since they last read it.
import { formatDate, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

import { contentLang } from './contentLang'

import './sections.css'

type ChangeNote = { id?: string | null; at?: string | null; note: string }

export function ChangeNotes({ locale, notes }: { locale: Locale; notes?: ChangeNote[] | null }) {
  if (!notes || notes.length === 0) return null
  const t = strings[locale]
  return (
    <section className="change-notes" aria-labelledby="change-notes">
      <h2 id="change-notes">{t.changeNotes}</h2>
      <ol>
        {notes.map((note, index) => (
          <li key={note.id ?? index}>
            {note.at ? <time dateTime={note.at}>{formatDate(note.at, locale)}</time> : null}{' '}
            <span lang={contentLang(locale, note.note)}>{note.note}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}

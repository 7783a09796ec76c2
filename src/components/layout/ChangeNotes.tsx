// Corrections to a published item are never silent: each is shown as a dated note (dated by the
// server), oldest first, so a reader can tell what changed since they last read it.
import { formatDate, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

import { contentLang } from '@/lib/contentLanguage'

import './record.css'

type Note = { id?: string | null; at?: string | null; note: string }

export function ChangeNotes({ locale, notes }: { locale: Locale; notes?: Note[] | null }) {
  if (!notes || notes.length === 0) return null
  return (
    <section className="change-notes" aria-labelledby="change-notes-heading">
      <h2 id="change-notes-heading">{strings[locale].changeNotes}</h2>
      <ol>
        {notes.map((note, index) => (
          <li key={note.id ?? index}>
            {note.at ? <time dateTime={note.at}>{formatDate(note.at, locale)}</time> : null}
            <p lang={contentLang(note.note, locale)}>{note.note}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}

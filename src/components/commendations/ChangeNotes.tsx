// Corrections to a published notice, each dated by the server: the public record of what changed.
import { formatDate, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'

import { textLanguage } from './textLanguage'

type Note = { id?: string | null; at?: string | null; note: string }

export function ChangeNotes({ locale, notes }: { locale: Locale; notes: Note[] }) {
  if (notes.length === 0) return null
  return (
    <section className="change-notes" aria-labelledby="change-notes-heading">
      <h2 id="change-notes-heading">{strings[locale].changeNotes}</h2>
      <ol>
        {notes.map((note, index) => (
          <li key={note.id ?? index}>
            {note.at ? <time dateTime={note.at}>{formatDate(note.at, locale)}</time> : null}
            <p lang={textLanguage(note.note, locale)}>{note.note}</p>
          </li>
        ))}
      </ol>
    </section>
  )
}

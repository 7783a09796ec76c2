// Corrections to a published item are never silent: under the title an "updated on" line names
// the date of the latest correction and links to the notes, and the dated notes (dated by the
// server), oldest first, open the body, so a reader can tell what changed since they last read.
import { formatDate, type Locale } from '@/i18n/locales'
import { strings } from '@/i18n/strings'
import { contentLang } from '@/lib/contentLanguage'

type Note = { id?: string | null; at?: string | null; note: string }

const CHANGE_NOTES_ID = 'change-notes'

/** "更新于 <date>" under the title of a corrected item, linking to its change notes. */
export function UpdatedLine({ locale, notes }: { locale: Locale; notes?: Note[] | null }) {
  const latest = (notes ?? [])
    .map((note) => note.at)
    .filter((at): at is string => Boolean(at))
    .sort()
    .at(-1)
  if (!latest) return null
  const t = strings[locale]
  return (
    <p className="updated-line">
      <a href={`#${CHANGE_NOTES_ID}`}>
        {t.updated} <time dateTime={latest}>{formatDate(latest, locale)}</time>
      </a>
    </p>
  )
}

export function ChangeNotes({ locale, notes }: { locale: Locale; notes?: Note[] | null }) {
  if (!notes || notes.length === 0) return null
  return (
    <section className="change-notes" id={CHANGE_NOTES_ID} aria-labelledby="change-notes-heading">
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

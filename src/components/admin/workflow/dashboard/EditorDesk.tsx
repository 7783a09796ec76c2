// An editor's queues: submitted, approved and waiting, scheduled, in public notice (with the
// objections received), new nominations from the public, and what was published lately.
import type { Payload, TypedUser } from 'payload'

import { labelLanguages } from '@/i18n/labelsInAdminLanguage'
import { formatDate } from '@/i18n/locales'
import {
  countInState,
  inPublicNotice,
  newNominations,
  recentlyPublished,
  type ReviewedCollection,
} from '@/workflow/desk'
import { type Language, say } from '@/workflow/language'
import { scheduledMoves } from '@/workflow/scheduled'

import { DeskItems, DeskSection } from './DeskSection'
import { deskWords as words } from './deskWords'

/** A collection's name as its own config spells it in the admin's language. */
const kindLabel = (payload: Payload, slug: ReviewedCollection, language: Language) =>
  labelLanguages(payload.collections[slug].config.labels.plural)?.[language] ?? slug

type Props = { payload: Payload; user: TypedUser; language: Language }

export const EditorDesk = async ({ payload, user, language }: Props) => {
  const asker = { payload, user }
  const [submitted, approved, scheduled, notices, nominations, recent] = await Promise.all([
    countInState(asker, 'submitted'),
    countInState(asker, 'approved'),
    scheduledMoves(payload, user),
    inPublicNotice(asker),
    newNominations(asker),
    recentlyPublished(asker),
  ])
  const date = (at?: string | null) => formatDate(at, language)
  const byKind = (counts: typeof submitted) =>
    counts
      .filter((entry) => entry.count > 0)
      .map((entry) => ({
        title: kindLabel(payload, entry.collection, language),
        href: entry.href,
        extra: String(entry.count),
      }))
  const total = (counts: typeof submitted) => counts.reduce((sum, entry) => sum + entry.count, 0)

  return (
    <div className="desk" id="editorial-desk">
      <h2 className="desk__title">{words.editorHeading[language]}</h2>
      <div className="desk__grid">
        <DeskSection id="submitted" heading={words.submitted[language]} count={total(submitted)}>
          <DeskItems items={byKind(submitted)} none={words.none[language]} />
        </DeskSection>
        <DeskSection id="approved" heading={words.approved[language]} count={total(approved)}>
          <DeskItems items={byKind(approved)} none={words.none[language]} />
        </DeskSection>
        <DeskSection id="scheduled" heading={words.scheduled[language]} count={scheduled.length}>
          <DeskItems
            items={scheduled.map((item) => ({
              ...item,
              extra: say(
                item.note === 'unpublish' ? words.unpublishAt : words.publishAt,
                language,
                {
                  date: date(item.at),
                },
              ),
            }))}
            none={words.none[language]}
          />
        </DeskSection>
        <DeskSection id="in-notice" heading={words.inNotice[language]} count={notices.length}>
          <DeskItems
            items={notices.map((item) => ({
              ...item,
              extra: `${say(words.objections, language, { count: item.note ?? '0' })} · ${say(words.endsAt, language, { date: date(item.at) })}`,
            }))}
            none={words.none[language]}
          />
        </DeskSection>
        <DeskSection
          id="nominations"
          heading={words.nominations[language]}
          count={nominations}
          href="/admin/collections/nominations?where[status][equals]=new"
        />
        <DeskSection id="recent" heading={words.recent[language]} count={recent.length}>
          <DeskItems
            items={recent.map((item) => ({ ...item, extra: date(item.at) }))}
            none={words.none[language]}
          />
        </DeskSection>
      </div>
    </div>
  )
}

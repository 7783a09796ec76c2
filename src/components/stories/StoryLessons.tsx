// What a story teaches: for an advanced model, what to learn from it; for a warning case, what to
// guard against.
import type { Polarity } from '@/data/stories'
import type { Locale } from '@/i18n/locales'

import { contentLang } from '@/lib/contentLanguage'
import { storyWords } from './storyWords'

type Lesson = { id?: string | null; lesson: string }

type Props = { lessons?: Lesson[] | null; polarity: Polarity; locale: Locale }

export function StoryLessons({ lessons, polarity, locale }: Props) {
  if (!lessons || lessons.length === 0) return null
  const w = storyWords[locale]
  return (
    <section className="story-lessons" aria-labelledby="story-lessons">
      <h2 id="story-lessons">{polarity === 'positive' ? w.lessonsPositive : w.lessonsNegative}</h2>
      <ol>
        {lessons.map((lesson, index) => (
          <li key={lesson.id ?? index} lang={contentLang(lesson.lesson, locale)}>
            {lesson.lesson}
          </li>
        ))}
      </ol>
    </section>
  )
}

// Who a warning case is about is the most sensitive fact the column holds: the public reads the
// person behind a negative story only when an editor recorded the legal basis for naming them.
// Without `polarity` and `subject.legalBasisRecorded` in the document read, the answer is no.
import type { FieldAccess } from 'payload'

import { isStaffUser } from './roles'

type StoryShape = { polarity?: unknown; subject?: { legalBasisRecorded?: unknown } | null }

export const storyMayNamePerson = (story: StoryShape | undefined): boolean =>
  story?.polarity === 'positive' ||
  (story?.polarity === 'negative' && story.subject?.legalBasisRecorded === true)

export const readStoryPerson: FieldAccess = ({ req: { user }, doc }) =>
  isStaffUser(user) || storyMayNamePerson(doc as StoryShape | undefined)

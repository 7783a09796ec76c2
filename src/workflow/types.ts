// The documents that go through review, as Payload's generated types describe them.
import type { Commendation, Interpretation, ModelStory, Policy } from '@/payload-types'

export type WorkflowDocument = Commendation | ModelStory | Interpretation | Policy

/** What a save sends: any part of a document. */
export type WorkflowData = Partial<WorkflowDocument>

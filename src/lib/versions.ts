// Drafts for everything the public reads. Autosave stays off so document locking keeps working
// and two editors never silently overwrite each other (see docs/adr/0002-drafts-without-autosave.md).
export const draftVersions = {
  drafts: { autosave: false },
  maxPerDoc: 50,
} as const

// Content that editors publish on a date: Payload's scheduled publish and unpublish, run by the
// jobs queue (src/lib/jobs.ts).
export const scheduledDraftVersions = {
  drafts: { autosave: false, schedulePublish: true },
  maxPerDoc: 50,
} as const

// Drafts for everything the public reads. Autosave stays off so document locking keeps working
// and two editors never silently overwrite each other (see docs/adr/0002-drafts-without-autosave.md).
export const draftVersions = {
  drafts: { autosave: false, schedulePublish: false },
  maxPerDoc: 50,
} as const

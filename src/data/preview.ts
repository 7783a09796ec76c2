// Who is reading a page in draft mode. An editor previewing reads drafts with their own access
// rules; anyone else (draft mode off, or no session) reads as the public.
import 'server-only'

import { draftMode, headers } from 'next/headers'

import { asPublic, publicPayload } from './publicQuery'

export type Viewer =
  | typeof asPublic
  | { overrideAccess: false; draft: true; user: Record<string, unknown> & { collection: 'users' } }

/** The signed-in previewer, or null: only ever called from pages, never cached. */
export const previewViewer = async (): Promise<Extract<Viewer, { draft: true }> | null> => {
  if (!(await draftMode()).isEnabled) return null
  const payload = await publicPayload()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || user.collection !== 'users') return null
  return { overrideAccess: false, draft: true, user: user as never }
}

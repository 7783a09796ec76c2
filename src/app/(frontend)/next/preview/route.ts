// Turns on Next's draft mode for a signed-in member of staff and opens the page they preview.
// Draft mode only skips the page cache: what a page then shows is still decided by the reader's
// own access (src/data/preview.ts), so a reader without an account never sees a draft.
import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { hasRole, roles } from '@/access/roles'
import { isPreviewablePath } from '@/lib/previewPath'

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path')
  if (!isPreviewablePath(path)) return refuse(400, 'Preview needs the path of a page on this site.')
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  // The same role check as every access rule: a session still owing its second factor is refused.
  if (!hasRole(user, ...roles)) return refuse(403, 'Sign in to the admin to preview drafts.')
  ;(await draftMode()).enable()
  redirect(path)
}

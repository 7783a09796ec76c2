// Leaves draft mode and returns to the published page.
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isPreviewablePath } from '@/lib/previewPath'

export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path')
  ;(await draftMode()).disable()
  redirect(isPreviewablePath(path) ? path : '/')
}

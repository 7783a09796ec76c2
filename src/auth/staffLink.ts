// An absolute link for a message to staff: the server's own address when it is configured, else
// the public one (LAUREL_PUBLIC_URL), so a link in an e-mail works outside the browser.
import type { PayloadRequest } from 'payload'

import { siteUrl } from '@/lib/siteUrl'

export const staffLink = (req: PayloadRequest, path: string) =>
  `${(req.payload.config.serverURL || siteUrl).replace(/\/$/, '')}${path}`

// Images are public once uploaded: the site and its readers see every one. In the admin an
// invited expert picks only from their own uploads, so the upload drawer lists no one else's
// pictures; the files themselves stay readable to all (Payload marks those reads).
import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

export const readMedia: Access = ({ req: { user }, isReadingStaticFile }) => {
  if (isReadingStaticFile || !user || isStaffUser(user) || !hasRole(user, 'expert')) return true
  return { uploadedBy: { equals: user.id } }
}

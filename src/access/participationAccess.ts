// Nominations and objections come from the public through Laurel's own forms, which check size,
// rate and honeypot first (src/participation). So the public may create one only through the
// Local API those forms call; the REST and GraphQL doors stay shut to them. Only editors read,
// moderate or delete; experts see nothing.
import type { Access, CollectionConfig } from 'payload'

import { isEditor } from './isEditor'
import { isStaffUser } from './roles'

export const submitThroughPublicForm: Access = ({ req }) =>
  isStaffUser(req.user) || (!req.user && req.payloadAPI === 'local')

export const participationAccess: CollectionConfig['access'] = {
  create: submitThroughPublicForm,
  read: isEditor,
  update: isEditor,
  delete: isEditor,
}

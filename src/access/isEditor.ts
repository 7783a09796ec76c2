import type { Access, FieldAccess } from 'payload'

import { isStaffUser } from './roles'

/** Editors and administrators: the publicity office staff who may publish. */
export const isEditor: Access = ({ req: { user } }) => isStaffUser(user)

export const isEditorField: FieldAccess = ({ req: { user } }) => isStaffUser(user)

import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './roles'

const hasAnyRole = (user: PayloadRequest['user']) => hasRole(user, 'admin', 'editor', 'expert')

/** Any member of staff with at least one role. */
export const isSignedIn: Access = ({ req: { user } }) => hasAnyRole(user)

/** Only staff with a role may open the admin panel. */
export const canUseAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean => hasAnyRole(user)

export const isSignedInField: FieldAccess = ({ req: { user } }) => hasAnyRole(user)

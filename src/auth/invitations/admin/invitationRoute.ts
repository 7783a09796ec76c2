// Where the invitation page sits in the admin: /admin/invitation/<token>.
import type { AdminViewConfig } from 'payload'

export const invitationView: AdminViewConfig = {
  Component: '@/auth/invitations/admin/InvitationView#InvitationView',
  path: '/invitation',
}

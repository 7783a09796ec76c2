// What follows the choice of a password when an invitation is accepted. Today: nothing more, the
// person signs in at /admin/login. The hook point for the second factor: when two-factor sign-in
// exists (issue 15, the other half), enrolment starts here — e.g. by answering with the enrolment
// page as `next` — so that an invited account is never usable with the password alone.
import type { PayloadRequest } from 'payload'

export const afterInvitationAccepted = async (
  _req: PayloadRequest,
  _account: { id: number | string },
): Promise<void> => {}

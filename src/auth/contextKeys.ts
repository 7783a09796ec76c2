// The `req.context` flags by which one step of an account operation tells a later one what is
// going on (Payload runs them as separate hooks of one request).
export const contextKeys = {
  /** Who set the password of the account being saved: 'owner', 'administrator' or 'invitation'. */
  passwordSetBy: 'passwordSetBy',
  /** The save is an invitation's acceptance (src/auth/invitations/acceptInvitation.ts). */
  acceptingInvitation: 'acceptingInvitation',
} as const

// The editors of the publicity office: who hears of submissions for review and of what the
// public sends in.
import type { PayloadRequest } from 'payload'

export const editorsEmails = async (req: PayloadRequest) => {
  // system: editors are told whoever sends; the public and experts cannot read accounts
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { roles: { contains: 'editor' } },
    limit: 200,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => user.email)
}

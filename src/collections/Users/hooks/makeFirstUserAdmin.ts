import type { CollectionBeforeChangeHook } from 'payload'

/** The very first account of a new installation runs the site, whatever roles it asked for. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  // system: whether any account exists yet, asked before the first one is made
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

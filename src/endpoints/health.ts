import type { Endpoint } from 'payload'

/** For container health checks: 200 when the server can reach its database, 503 otherwise. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      await req.payload.count({ collection: 'units', overrideAccess: false, req })
      return Response.json({ status: 'ok' })
    } catch {
      return Response.json({ status: 'unavailable' }, { status: 503 })
    }
  },
}

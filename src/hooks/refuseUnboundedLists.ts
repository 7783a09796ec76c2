// A reader without an account reads lists through REST or GraphQL a page of at most 100 at a
// time: Payload reads `pagination=false` and `limit=0` as "every document", which one anonymous
// request could ask of the largest collection (issue 14). Signed-in staff keep what the admin
// uses (limit=0 for bulk actions, up to 1,000 a page: refuseMalformedQueries); the site's own
// queries (Local API) are not limited.
import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

export const PUBLIC_PAGE_LIMIT = 100

const LIST_OPERATIONS = new Set(['read', 'readDistinct'])

const refusal = (req: PayloadRequest, zh: string, en: string) =>
  new APIError(req.i18n?.language === 'en' ? en : zh, 400, undefined, true)

type Where = { id?: { in?: unknown } } | undefined

/**
 * Judged by the operation's own bounds. Payload's own reads inside the request go through: lock
 * status and drafts pass a limit no larger than the client's, and populating relationships reads
 * `pagination: false` by a list of ids (as does a client that names its ids: bounded by the list).
 */
const isUnbounded = ({
  limit,
  pagination,
  where,
}: {
  limit?: unknown
  pagination?: unknown
  where?: Where
}) => limit === 0 || (pagination === false && limit === undefined && !Array.isArray(where?.id?.in))

export const refuseUnboundedLists: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local' || req.user || !LIST_OPERATIONS.has(operation)) return args
  const { limit } = args as { limit?: unknown }
  if (isUnbounded(args as Parameters<typeof isUnbounded>[0])) {
    throw refusal(
      req,
      '列表须分页读取：不接受 limit=0，pagination=false 须带 limit。',
      'Lists are read a page at a time: limit=0 is not accepted, and pagination=false needs a limit.',
    )
  }
  if (typeof limit === 'number' && limit > PUBLIC_PAGE_LIMIT) {
    throw refusal(
      req,
      `每页最多 ${PUBLIC_PAGE_LIMIT} 条。`,
      `A page holds at most ${PUBLIC_PAGE_LIMIT} documents.`,
    )
  }
  return args
}

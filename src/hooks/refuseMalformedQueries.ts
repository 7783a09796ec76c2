// A query a client writes by hand (REST or GraphQL) that the database would choke on is refused
// with 400 before it reaches the database, and an id that cannot exist is a plain 404: the
// security review found these answered 500. The Local API's queries are the code's own and are
// not checked; those hooks make while serving a request are, and keep within these bounds.
import {
  APIError,
  NotFound,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type PayloadRequest,
} from 'payload'
import { validOperatorSet } from 'payload/shared'

const MAX_LIMIT = 1000
const MAX_PAGE = 100_000
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

type Problem = { zh: string; en: string }

const problem = (req: PayloadRequest, { zh, en }: Problem) =>
  new APIError(req.i18n?.language === 'en' ? en : zh, 400, undefined, true)

const fieldAt = (fields: FlattenedField[], path: string): FlattenedField | undefined => {
  const [name, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || rest.length === 0) return field
  return 'flattenedFields' in field ? fieldAt(field.flattenedFields, rest.join('.')) : undefined
}

const isScalar = (value: unknown) => value === null || typeof value !== 'object'

/** The first thing wrong with a `where`, or null. */
const whereProblem = (where: unknown, fields: FlattenedField[]): Problem | null => {
  if (!where || typeof where !== 'object')
    return { zh: '查询条件格式不正确。', en: 'Malformed query.' }
  for (const [path, condition] of Object.entries(where)) {
    if (path === 'and' || path === 'or') {
      for (const inner of Object.values(condition ?? {})) {
        const found = whereProblem(inner, fields)
        if (found) return found
      }
      continue
    }
    if (!condition || typeof condition !== 'object') {
      return { zh: `字段 ${path} 的查询条件格式不正确。`, en: `Malformed condition on ${path}.` }
    }
    const field = fieldAt(fields, path)
    for (const [operator, value] of Object.entries(condition)) {
      if (!validOperatorSet.has(operator as never)) {
        return { zh: `未知的查询运算符 ${operator}。`, en: `Unknown query operator ${operator}.` }
      }
      const values = LIST_OPERATORS.has(operator) && Array.isArray(value) ? value : [value]
      if (!values.every(isScalar)) {
        return { zh: `字段 ${path} 的查询值格式不正确。`, en: `Malformed value for ${path}.` }
      }
      if (GEO_OPERATORS.has(operator) && field?.type !== 'point') {
        return {
          zh: `字段 ${path} 不支持地理位置查询。`,
          en: `${path} does not take ${operator}.`,
        }
      }
      const dates = operator === 'exists' ? [] : values.flatMap((v) => String(v).split(','))
      if (field?.type === 'date' && dates.some((date) => Number.isNaN(Date.parse(date)))) {
        return { zh: `字段 ${path} 需要日期。`, en: `${path} takes a date.` }
      }
    }
  }
  return null
}

const isWholeNumberIn = (value: unknown, min: number, max: number) =>
  value === undefined ||
  (Number.isInteger(value) && (value as number) >= min && (value as number) <= max)

export const refuseMalformedQueries: CollectionBeforeOperationHook = ({
  args,
  collection,
  req,
}) => {
  if (req.payloadAPI === 'local') return args
  const { id, limit, page, where } = args as {
    id?: unknown
    limit?: unknown
    page?: unknown
    where?: unknown
  }
  if (id !== undefined && !isPossibleId(req, id)) throw new NotFound(req.t)
  if (!isWholeNumberIn(limit, 0, MAX_LIMIT)) {
    throw problem(req, {
      zh: `limit 须为 0 到 ${MAX_LIMIT} 之间的整数。`,
      en: `limit must be a whole number from 0 to ${MAX_LIMIT}.`,
    })
  }
  if (!isWholeNumberIn(page, 1, MAX_PAGE)) {
    throw problem(req, {
      zh: `page 须为 1 到 ${MAX_PAGE} 之间的整数。`,
      en: `page must be a whole number from 1 to ${MAX_PAGE}.`,
    })
  }
  const found = where === undefined ? null : whereProblem(where, collection.flattenedFields)
  if (found) throw problem(req, found)
  return args
}

/** SQLite numbers its rows; MongoDB's ids are 24 hexadecimal digits. */
const isPossibleId = (req: PayloadRequest, id: unknown) =>
  req.payload.db.defaultIDType === 'number'
    ? /^\d{1,15}$/.test(String(id))
    : /^[0-9a-f]{24}$/i.test(String(id))

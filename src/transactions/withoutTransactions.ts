// MongoDB without a replica set (LAUREL_MONGODB_WITHOUT_TRANSACTIONS=true, or a URI the adapter
// finds none in) writes each record on its own: a failure half way leaves half the writes behind.
// The two writes that must be all or nothing are then refused: the demo seed (a half-seeded
// database is never seeded again, since it is no longer empty) and the assessment intake.
import { APIError, type Payload, type PayloadRequest } from 'payload'

/** The adapter's own switch: `false` once it has no transactions (db-mongodb's connect sets it). */
export const runsWithoutTransactions = (payload: Payload) =>
  (payload.db as unknown as { transactionOptions?: unknown }).transactionOptions === false

export const WITHOUT_TRANSACTIONS_WARNING =
  'The database runs without transactions (MongoDB without a replica set, ' +
  'LAUREL_MONGODB_WITHOUT_TRANSACTIONS=true): the demo seed and the assessment intake are ' +
  'refused, since a failure half way would leave half their writes behind. Run MongoDB as a ' +
  'replica set (docker-compose.yml does) to use them.'

const refusal = {
  zh: '数据库未启用事务（MongoDB 未以副本集运行），考核结果导入无法保证全部写入或全部不写入，已拒绝。请联系管理员。',
  en: 'The database runs without transactions (MongoDB is not a replica set), so an intake could be left half written: it is refused. Ask an administrator.',
}

/** 503: the server cannot do this as configured; the editor's file is not at fault. */
export const refuseWithoutTransactions = (req: PayloadRequest) => {
  if (!runsWithoutTransactions(req.payload)) return
  throw new APIError(refusal[req.i18n?.language === 'en' ? 'en' : 'zh'], 503, undefined, true)
}

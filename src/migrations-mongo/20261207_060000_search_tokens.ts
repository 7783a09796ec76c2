// Search entries written before `tokens` existed get them from their own `terms`, on the server in
// one update (the same distinct terms `tokensOf` writes). Without them the multikey index that
// MongoDB's search reads (src/search/mongoMatching.ts) would not find those entries. Safe to run
// again: only entries without tokens are touched, so it runs outside the migration's transaction.
import type { MigrateDownArgs, MigrateUpArgs, MongooseAdapter } from '@payloadcms/db-mongodb'

const searchOf = (payload: MigrateUpArgs['payload']) =>
  (payload.db as unknown as MongooseAdapter).collections.search!.collection

export async function up({ payload }: MigrateUpArgs): Promise<void> {
  await searchOf(payload).updateMany({ tokens: null }, [
    {
      $set: {
        tokens: {
          $setUnion: [
            { $filter: { input: { $split: ['$terms', ' '] }, cond: { $ne: ['$$this', ''] } } },
          ],
        },
      },
    },
  ])
}

export async function down({ payload }: MigrateDownArgs): Promise<void> {
  await searchOf(payload).updateMany({}, { $unset: { tokens: '' } })
}

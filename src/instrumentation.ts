// Runs once when the server starts, before it answers requests: the client-address stamp, a
// warning if the open-file limit is too low, migrations and first-run seed, the rendered pages of
// another database discarded, the database's identity for the keys in Redis (with
// LAUREL_REDIS_URL), then the jobs runner (scheduled publishing, notifications).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // Before the first request: every request is stamped with its socket's address (clientAddress).
  const { stampPeerAddress } = await import('@/lib/peerAddress')
  stampPeerAddress()
  const [
    { getPayload },
    { default: config },
    { prepareDatabase },
    { startJobRunner },
    { openFileLimit },
    { openFileLimitWarning },
    { discardPagesOfOtherDatabases },
    { shareDatabaseIdentity },
  ] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/seed/prepare'),
    import('@/lib/jobs'),
    import('@/lib/openFiles'),
    import('@/lib/openFileLimitWarning'),
    import('@/lib/discardPagesOfOtherDatabases'),
    import('@/lib/redis/shareDatabaseIdentity'),
  ])
  const payload = await getPayload({ config })
  const warning = openFileLimitWarning(openFileLimit(), payload.db.name)
  if (warning) payload.logger.warn(warning)
  await prepareDatabase(payload)
  await discardPagesOfOtherDatabases(payload)
  await shareDatabaseIdentity(payload)
  startJobRunner(payload)
}

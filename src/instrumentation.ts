// Runs once when the server starts, before it answers requests: the client-address stamp,
// migrations and first-run seed, then the jobs runner (scheduled publishing, notifications).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  // Before the first request: every request is stamped with its socket's address (clientAddress).
  const { stampPeerAddress } = await import('@/lib/peerAddress')
  stampPeerAddress()
  const [{ getPayload }, { default: config }, { prepareDatabase }, { startJobRunner }] =
    await Promise.all([
      import('payload'),
      import('@payload-config'),
      import('@/seed/prepare'),
      import('@/lib/jobs'),
    ])
  const payload = await getPayload({ config })
  await prepareDatabase(payload)
  startJobRunner(payload)
}

// Runs once when the server starts, before it answers requests: migrations and first-run seed,
// then the jobs runner (scheduled publishing, notifications).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
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

// Runs once when the server starts, before it answers requests: migrations and first-run seed.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { prepareDatabase }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@/seed/prepare'),
  ])
  await prepareDatabase(await getPayload({ config }))
}

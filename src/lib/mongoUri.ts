// MongoDB transactions need a replica set; a URI without one would silently run without them.

export const mongoUriProblem = (uri: string, transactionsOptedOut: boolean): string | null => {
  if (transactionsOptedOut || uri.startsWith('mongodb+srv://')) return null
  if (/[?&]replicaSet=[^&]+/.test(uri)) return null
  return (
    'DATABASE_URI points at MongoDB without a replica set, so transactions cannot work. ' +
    'Add ?replicaSet=<name> to the URI (docker-compose.yml starts one called rs0), or set ' +
    'LAUREL_MONGODB_WITHOUT_TRANSACTIONS=true to run without transactions at your own risk.'
  )
}

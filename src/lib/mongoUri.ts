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

// Scheme and hosts (with any credentials), the database path, the options.
const MONGO_URI_PARTS = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(\/[^?]*)?(\?.*)?$/

/**
 * The same server and options, another database: the tests give each run its own. The hosts are
 * kept whether or not the URI had a path (`mongodb://h:27017?replicaSet=rs0` has none).
 */
export const withDatabaseName = (uri: string, name: string): string => {
  const parts = MONGO_URI_PARTS.exec(uri)
  if (!parts) throw new Error('MONGODB_URI must start with mongodb:// or mongodb+srv://.')
  return `${parts[1]}/${name}${parts[3] ?? ''}`
}

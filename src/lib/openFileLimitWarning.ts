// Each open connection from a browser holds a file, and so does the database: a server whose
// open-file limit is too low fails every request, and every save, once it reaches it.

/** Room for connections from browsers, uploads and Next's cache files. */
const FOR_THE_SERVER = 512

/** SQLite: two connections (sqliteClient.ts), each with the file and -wal open, sharing -shm. */
const FOR_THE_DATABASE: Record<string, { files: number; why: string }> = {
  sqlite: { files: 5, why: 'SQLite holds 5 (two connections)' },
  mongoose: { files: 100, why: 'MongoDB holds up to 100 (its connection pool)' },
}

/** The start-up warning for a soft open-file limit too low for the database, if it is. */
export const openFileLimitWarning = (
  limit: number | undefined,
  database: string,
): string | undefined => {
  const share = FOR_THE_DATABASE[database]
  if (limit === undefined || !share) return undefined
  const needed = FOR_THE_SERVER + share.files
  if (limit >= needed) return undefined
  return (
    `The open-file limit is ${limit} (ulimit -n), under the ${needed} Laurel needs: ${share.why}, ` +
    'and every open connection from a browser holds one more. Raise it before starting the ' +
    'server: `ulimit -n 4096` in the shell, LimitNOFILE=4096 in a systemd unit, or ' +
    '`ulimits: { nofile: 4096 }` in docker compose.'
  )
}

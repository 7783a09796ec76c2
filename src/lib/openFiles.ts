// A process's open files, read from /proc (Linux only; elsewhere there is nothing to read): the
// start-up warning reads the limit, a test and a benchmark count what the database holds.
import fs from 'node:fs'

/** Where each open file descriptor of the process points (`self` or a pid). */
export const openFiles = (pid: number | 'self' = 'self'): string[] => {
  const folder = `/proc/${pid}/fd`
  if (!fs.existsSync(folder)) return []
  return fs.readdirSync(folder).flatMap((fd) => {
    try {
      return [fs.readlinkSync(`${folder}/${fd}`)]
    } catch {
      return [] // closed between the listing and the read
    }
  })
}

/** Those that belong to the SQLite database at `file`: itself, its -wal, -shm or -journal. */
export const databaseFiles = (targets: string[], file: string) => {
  const names = new Set(['', '-wal', '-shm', '-journal'].map((suffix) => file + suffix))
  return targets.filter((target) => names.has(target))
}

/**
 * The process's limit on open files, or undefined when unknown or unlimited. Node raises its soft
 * limit to the hard one as it starts, so this is the hard limit it was started with (`ulimit -n`).
 */
export const openFileLimit = (limits?: string): number | undefined => {
  const text =
    limits ??
    (fs.existsSync('/proc/self/limits') ? fs.readFileSync('/proc/self/limits', 'utf8') : '')
  const soft = /^Max open files\s+(\d+)/m.exec(text)?.[1]
  return soft ? Number(soft) : undefined
}

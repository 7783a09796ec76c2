// Reading the open-file limit and warning at start-up when it is too low for the database.
import { describe, expect, it } from 'vitest'

import { openFileLimitWarning } from '@/lib/openFileLimitWarning'
import { openFileLimit, openFiles } from '@/lib/openFiles'

const limits = (
  soft: string,
) => `Limit                     Soft Limit           Hard Limit           Units
Max processes             63704                63704                processes
Max open files            ${soft}                 524288               files
Max locked memory         8388608              8388608              bytes`

describe('the open-file limit', () => {
  it('is the soft limit of /proc/self/limits, or unknown when unlimited or unreadable', () => {
    expect(openFileLimit(limits('1024'))).toBe(1024)
    expect(openFileLimit(limits('unlimited'))).toBeUndefined()
    expect(openFileLimit('')).toBeUndefined()
  })

  it('is warned of at start-up when too low for the database, with what to do', () => {
    expect(openFileLimitWarning(256, 'sqlite')).toMatch(/is 256 .*under the 517.*ulimit -n 4096/)
    expect(openFileLimitWarning(600, 'mongoose')).toMatch(/under the 612.*MongoDB/)
    expect(openFileLimitWarning(1024, 'sqlite')).toBeUndefined()
    expect(openFileLimitWarning(1024, 'mongoose')).toBeUndefined()
    expect(openFileLimitWarning(undefined, 'sqlite')).toBeUndefined()
  })

  it('and the process’s open files are read from /proc', () => {
    expect(openFiles().length).toBeGreaterThan(2) // at least standard input, output and error
  })
})

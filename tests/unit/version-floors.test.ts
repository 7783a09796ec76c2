// The lockfile is held to the minimum versions kept in version-floors.json.
import { describe, expect, it } from 'vitest'

import { isBelow, unmetFloors } from '../../scripts/check-version-floors.mjs'

describe('version floors', () => {
  it('compares versions part by part, numerically', () => {
    expect(isBelow('16.3.7', '16.3.8')).toBe(true)
    expect(isBelow('16.3.8', '16.3.8')).toBe(false)
    expect(isBelow('16.10.0', '16.3.8')).toBe(false)
    expect(isBelow('0.35.10', '0.35.4')).toBe(false)
    expect(isBelow('15.9.9', '16.0.0')).toBe(true)
  })

  it('names each package below its floor or missing from the lockfile', () => {
    const lockfile = {
      packages: {
        'node_modules/next': { version: '16.3.7' },
        'node_modules/react': { version: '19.2.9' },
      },
    }
    expect(unmetFloors({ next: '16.3.8', react: '19.2.8', sharp: '0.35.4' }, lockfile)).toEqual([
      'next: 16.3.7 is below the floor 16.3.8',
      'sharp: not in package-lock.json',
    ])
  })
})

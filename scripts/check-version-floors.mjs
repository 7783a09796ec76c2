// CI cannot ask the registry for advisories here, so the repository keeps the minimum version of
// each package a known advisory was fixed in (version-floors.json); the lockfile must meet them.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const parts = (version) => version.split(/[.+-]/).slice(0, 3).map(Number)

/** Whether `version` (x.y.z, pre-release ignored) is older than `floor`. */
export const isBelow = (version, floor) => {
  const [have, need] = [parts(version), parts(floor)]
  for (let i = 0; i < 3; i += 1) {
    if (have[i] !== need[i]) return have[i] < need[i]
  }
  return false
}

/** Every package of `floors` the lockfile lacks or holds below its floor, as messages. */
export const unmetFloors = (floors, lockfile) =>
  Object.entries(floors).flatMap(([name, floor]) => {
    const version = lockfile.packages?.[`node_modules/${name}`]?.version
    if (!version) return [`${name}: not in package-lock.json`]
    return isBelow(version, floor) ? [`${name}: ${version} is below the floor ${floor}`] : []
  })

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const read = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'))
  const problems = unmetFloors(read('version-floors.json'), read('package-lock.json'))
  for (const problem of problems) console.error(problem)
  if (problems.length > 0) process.exit(1)
  console.log('Every package meets its version floor.')
}

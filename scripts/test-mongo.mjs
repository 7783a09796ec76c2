#!/usr/bin/env node
// `npm run test:mongo`: the unit, integration and browser suites (`npm test`) against a real
// single-node MongoDB replica set that mongodb-memory-server starts for the run and stops after.
// The `-core` package downloads nothing when installed: the MongoDB server binary is fetched on
// first use (one try) into its cache, or taken from MONGOMS_SYSTEM_BINARY. Where it cannot be had
// (no internet, as on this project's own machines) the script says so in one sentence and exits
// non-zero within a minute. Against a replica set you already run: `MONGODB_URI=… npm test`.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { MongoMemoryReplSet } from 'mongodb-memory-server-core'

const START_LIMIT_MS = 50_000
const root = path.resolve(import.meta.dirname, '..')
// One try at the download, not mongodb-memory-server's three.
process.env.MONGOMS_MAX_RETRIES ??= '1'

const startReplicaSet = () => {
  let timer
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`it did not start within ${START_LIMIT_MS / 1000} s`)),
      START_LIMIT_MS,
    )
  })
  // The library prints each failed step with a stack; the one sentence below says what matters.
  const { warn, error } = console
  console.warn = console.error = () => {}
  const started = MongoMemoryReplSet.create({ replSet: { count: 1, storageEngine: 'wiredTiger' } })
  return Promise.race([started, timedOut]).finally(() => {
    clearTimeout(timer)
    Object.assign(console, { warn, error })
  })
}

let replicaSet
try {
  replicaSet = await startReplicaSet()
} catch (error) {
  const reason = String(error?.msg ?? error?.message ?? error).split('\n')[0]
  console.error(
    `test:mongo could not start a MongoDB replica set (${reason}): mongodb-memory-server fetches ` +
      'the MongoDB server on first use, which needs the internet, so point MONGOMS_SYSTEM_BINARY ' +
      'at a local mongod or run `MONGODB_URI=mongodb://host:27017/?replicaSet=rs0 npm test` ' +
      'against a replica set you run.',
  )
  // A download still in flight would keep the process alive.
  process.exit(1)
}

const uri = replicaSet.getUri()
console.log(`MongoDB replica set at ${uri}`)
const { status } = spawnSync(process.execPath, [path.join(root, 'scripts', 'test.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, MONGODB_URI: uri },
})
await replicaSet.stop()
process.exit(status ?? 1)

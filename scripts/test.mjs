#!/usr/bin/env node
// `npm test`: unit and integration suites, then (on a current build) the browser suite and the
// caching proxy's. Ends with
// one plain summary line, "N passed, N failed", counted over every suite.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bin, buildIfStale, run } from './build.mjs'

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'laurel-test-'))
const totals = { passed: 0, failed: 0, skipped: 0 }

const vitest = (name, projects) => {
  const report = path.join(reports, `${name}.json`)
  const args = ['run', ...projects.flatMap((project) => ['--project', project])]
  const status = run(bin('vitest'), [
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ])
  if (fs.existsSync(report)) {
    const result = JSON.parse(fs.readFileSync(report, 'utf8'))
    totals.passed += result.numPassedTests
    totals.failed += result.numFailedTests
    totals.skipped += result.numPendingTests + result.numTodoTests
  } else {
    totals.failed += 1
  }
  return status
}

const statuses = [vitest('unit-int', ['unit', 'int'])]
const built = buildIfStale()
statuses.push(built === 0 ? vitest('e2e', ['e2e']) : built)
// After the browser suite, never beside it: its server and this one would share the build's cache.
statuses.push(built === 0 ? vitest('proxy', ['proxy']) : built)
if (built !== 0) totals.failed += 1

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(statuses.every((status) => status === 0) && totals.failed === 0 ? 0 : 1)

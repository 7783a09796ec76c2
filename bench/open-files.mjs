#!/usr/bin/env node
// Open files and resident memory of processes writing to the embedded database (issue 11):
//   - 2,000 saves of one unit through the Local API, in process, on a fresh database
//     (bench/saveRepeatedly.ts prints its own figures every 250 saves);
//   - with --seed, the full benchmark seed (bench/seedLarge.ts) on a fresh database under
//     `ulimit -n 1024` (soft and hard: Node raises a soft limit to the hard one), sampled every
//     second: peak and last open files (all, and on the database), resident memory, and whether
//     it completed.
// Figures only: nothing here passes or fails. Usage: node bench/open-files.mjs [--seed]
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { bin, root } from '../scripts/build.mjs'

const dir = path.join(root, 'data', 'bench')
fs.mkdirSync(dir, { recursive: true })

const freshDatabase = (name) => {
  const file = path.join(dir, name)
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
  return file
}
const envFor = (file) => ({
  ...process.env,
  DATABASE_URI: `file:${file}`,
  LAUREL_LOG_LEVEL: 'warn',
})

console.log('2,000 saves of one unit, in process (Local API), on a fresh database:\n')
const saved = spawnSync(bin('payload'), ['run', 'bench/saveRepeatedly.ts'], {
  cwd: root,
  env: envFor(freshDatabase('open-files.db')),
  stdio: 'inherit',
})
if (saved.status !== 0 || !process.argv.includes('--seed')) process.exit(saved.status ?? 1)

/** Every process of the seed's group: `payload run` may hand the script to a child. */
const groupOf = (leader) =>
  fs.readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false
    try {
      return (
        fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[2] ===
        String(leader)
      )
    } catch {
      return false // ended meanwhile
    }
  })
const sample = (leader, file) => {
  const databaseNames = new Set(['', '-wal', '-shm', '-journal'].map((suffix) => file + suffix))
  let files = 0
  let onDatabase = 0
  let rssKb = 0
  for (const pid of groupOf(leader)) {
    try {
      const targets = fs.readdirSync(`/proc/${pid}/fd`).map((fd) => {
        try {
          return fs.readlinkSync(`/proc/${pid}/fd/${fd}`)
        } catch {
          return ''
        }
      })
      files += targets.length
      onDatabase += targets.filter((target) => databaseNames.has(target)).length
      rssKb += Number(
        /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0,
      )
    } catch {
      // the process ended between the listing and the read
    }
  }
  return { files, onDatabase, rssMb: Math.round(rssKb / 1024) }
}

console.log('\nThe full benchmark seed on a fresh database under `ulimit -n 1024`:\n')
const file = freshDatabase('open-files-seed.db')
const started = Date.now()
const seed = spawn(
  'sh',
  ['-c', `ulimit -n 1024 && exec "${bin('payload')}" run bench/seedLarge.ts`],
  {
    cwd: root,
    env: envFor(file),
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true, // its own process group, to sample
  },
)
const peak = { files: 0, onDatabase: 0, rssMb: 0 }
let last = peak
const sampler = setInterval(() => {
  const now = sample(seed.pid, file)
  if (now.files === 0) return // between the seed's end and its exit
  last = now
  for (const key of Object.keys(peak)) peak[key] = Math.max(peak[key], now[key])
}, 1000)
seed.on('exit', (code) => {
  clearInterval(sampler)
  const minutes = ((Date.now() - started) / 60_000).toFixed(1)
  console.log(
    `\n| seed | open files (peak, last) | on the database (peak, last) | resident memory (peak, last) |`,
  )
  console.log('| --- | ---: | ---: | ---: |')
  console.log(
    `| ${code === 0 ? 'completed' : `failed (exit ${code})`} in ${minutes} min | ${peak.files}, ${last.files} | ${peak.onDatabase}, ${last.onDatabase} | ${peak.rssMb}, ${last.rssMb} MB |`,
  )
  process.exit(code ?? 1)
})

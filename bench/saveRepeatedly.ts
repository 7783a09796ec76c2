// Saves one unit 2,000 times through the Local API, as an editor's saves run (a transaction each,
// every hook), in the database named by DATABASE_URI, and prints this process's open files (all,
// and those on the database file, its -wal and -shm) and resident memory along the way. Run by
// bench/open-files.mjs with `payload run`.
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { databaseFiles, openFiles } from '@/lib/openFiles'

const SAVES = 2_000
const file = path.resolve(process.env.DATABASE_URI!.slice('file:'.length))

const payload = await getPayload({ config })
await payload.db.migrate()
const unit = await payload.create({
  collection: 'units',
  data: { name: '保存测试单位', kind: 'town-office', assessmentCategory: 'key-development' },
  overrideAccess: true,
})
const started = Date.now()
const report = (saves: number) => {
  const files = openFiles()
  const rss = Math.round(process.memoryUsage().rss / 2 ** 20)
  const seconds = Math.round((Date.now() - started) / 1000)
  console.log(
    `| ${saves} | ${files.length} | ${databaseFiles(files, file).length} | ${rss} MB | ${seconds} s |`,
  )
}
console.log('| saves | open files | on the database | resident memory | time |')
console.log('| ---: | ---: | ---: | ---: | ---: |')
report(0)
for (let save = 1; save <= SAVES; save += 1) {
  await payload.update({
    collection: 'units',
    id: unit.id,
    data: { name: `保存测试单位第${save}次`, _status: 'published' },
    overrideAccess: true,
  })
  if (save % 250 === 0) report(save)
}
process.exit(0)

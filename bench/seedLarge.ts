// Seeds the benchmark's data set into the database named by DATABASE_URI: 10,000 commendation
// notices with 100,000 awardees and 5,000 model stories over six assessment years, through the
// Local API so every hook (slugs, stored figures) runs as it would for an editor. Run by
// bench/run.mjs with `payload run`; BENCH_SCALE shrinks it for a quick try (0.01 = 1%).
import config from '@payload-config'
import { getPayload } from 'payload'

import { categoriesByKind, type UnitKind } from '@/lib/assessmentCategories'
import { migrateOwn } from '@/lib/ownMigrations'
import { mechanisms } from '@/fields/mechanism'

const scale = Number(process.env.BENCH_SCALE ?? '1')
const NOTICES = Math.round(10_000 * scale)
const STORIES = Math.round(5_000 * scale)
const AWARDEES_PER_NOTICE = 10
const UNITS = 300
const PEOPLE = 600
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025]

const payload = await getPayload({ config })
await migrateOwn(payload)
const options = {
  overrideAccess: true,
  depth: 0,
  // Bulk load: no audit entries, no page revalidation, honor-roll figures and the search index
  // built once afterwards (bench/run.mjs runs scripts/reindex-search.ts).
  context: {
    seeding: true,
    disableRevalidate: true,
    skipHonorRollRecount: true,
    skipSearchIndex: true,
  },
} as const
const started = Date.now()
const progress = (what: string, done: number, total: number) => {
  if (done % 500 === 0 || done === total) {
    console.log(`${what}: ${done}/${total} (${Math.round((Date.now() - started) / 1000)} s)`)
  }
}

const countOf = async (collection: 'commendations' | 'model-stories') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs
if ((await countOf('commendations')) >= NOTICES && (await countOf('model-stories')) >= STORIES) {
  console.log('The benchmark data set is already there.')
  process.exit(0)
}

// A run that stopped half-way is carried on from what is already there.
const existing = async (collection: 'units' | 'people' | 'commendations' | 'model-stories') => {
  const { docs } = await payload.find({
    collection,
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: {},
    sort: 'id',
  })
  return docs.map((doc) => doc.id as number)
}

// The account bench/run.mjs signs in with to switch on draft mode (an uncached render).
const benchAccount = { email: { equals: 'bench@laurel.local' } }
if ((await payload.count({ collection: 'users', where: benchAccount })).totalDocs === 0) {
  await payload.create({
    collection: 'users',
    data: { email: 'bench@laurel.local', password: 'quiet-harbour-lantern-26', roles: ['admin'] },
    ...options,
  })
}

const kinds = Object.keys(categoriesByKind) as UnitKind[]
const unitIds: number[] = await existing('units')
for (let i = unitIds.length; i < UNITS; i += 1) {
  const kind = kinds[i % kinds.length]!
  const categories = categoriesByKind[kind]
  const unit = await payload.create({
    collection: 'units',
    data: {
      name: `基准测试单位${i + 1}`,
      kind,
      assessmentCategory: categories[i % categories.length]!,
      grades: YEARS.map((year, n) => ({
        year,
        grade: (['excellent', 'good', 'pass', 'good'] as const)[(i + n) % 4]!,
      })),
      _status: 'published',
    },
    ...options,
  })
  unitIds.push(unit.id)
}
const personIds: number[] = await existing('people')
for (let i = personIds.length; i < PEOPLE; i += 1) {
  const person = await payload.create({
    collection: 'people',
    data: {
      name: `基准${i + 1}号`,
      position: '科长',
      unit: unitIds[i % UNITS],
      consent: i % 2 === 0,
      _status: 'published',
    },
    ...options,
  })
  personIds.push(person.id)
}
console.log(`${UNITS} units and ${PEOPLE} people (${Math.round((Date.now() - started) / 1000)} s)`)

for (let i = (await existing('commendations')).length; i < NOTICES; i += 1) {
  const year = YEARS[i % YEARS.length]!
  const awardees = Array.from({ length: AWARDEES_PER_NOTICE }, (_, n) =>
    n < 8
      ? {
          unit: unitIds[(i * 7 + n) % UNITS],
          honorTitle: '先进集体',
          citation: '目标责任考核成绩突出，工作成效明显。',
        }
      : {
          person: personIds[(i * 3 + n) % PEOPLE],
          honorTitle: '优秀干部',
          citation: '敢于担当，善于作为。',
        },
  )
  await payload.create({
    collection: 'commendations',
    data: {
      title: `关于表彰${year}年度第${i + 1}批先进集体和个人的通报`,
      noticeNumber: `基准发〔${year + 1}〕${i + 1}号`,
      issuingBody: '区委办公室',
      issuedAt: new Date(Date.UTC(year + 1, i % 12, (i % 27) + 1)).toISOString(),
      assessmentYear: year,
      mechanism: mechanisms[i % mechanisms.length]!,
      summary: `表彰${year}年度目标责任考核中成绩突出的单位和个人。`,
      awardees,
      _status: 'published',
    } as never,
    ...options,
  })
  progress('notices', i + 1, NOTICES)
}

for (let i = (await existing('model-stories')).length; i < STORIES; i += 1) {
  await payload.create({
    collection: 'model-stories',
    data: {
      title: `基准典型案例第${i + 1}篇`,
      polarity: i % 4 === 0 ? 'negative' : 'positive',
      mechanism: mechanisms[i % mechanisms.length]!,
      subject: { unit: unitIds[i % UNITS] },
      summary: '一个用于性能测试的案例摘要。',
      _status: 'published',
    } as never,
    ...options,
  })
  progress('stories', i + 1, STORIES)
}
console.log(`Seeded in ${Math.round((Date.now() - started) / 1000)} s.`)
process.exit(0)

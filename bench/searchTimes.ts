// Times the site search's data function (src/data/search.ts) against the database named by
// DATABASE_URI, as a page would call it, and prints p50/p95 per query. Run by bench/search.mjs.
import config from '@payload-config'
import { getPayload } from 'payload'

import { siteSearch } from '@/data/search'
import type { Locale } from '@/i18n/locales'

const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? '100')

const queries: { name: string; q: string; locale?: Locale; page?: number; year?: number }[] = [
  { name: 'two characters, in every notice', q: '先进' },
  { name: 'two characters, page 100', q: '先进', page: 100 },
  { name: 'two characters, one year', q: '先进', year: 2023 },
  { name: 'two characters, in no entry', q: '扶贫' },
  { name: 'two words, in every notice', q: '考核 突出' },
  { name: 'two words, in every citation of a person', q: '敢于 担当' },
  { name: 'two words, English site', q: '目标责任 成效', locale: 'en' },
  { name: 'a unit by name', q: '基准测试单位17' },
]

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

await getPayload({ config })
const rows = []
for (const { name, q, locale = 'zh', page = 1, year } of queries) {
  const request = { q, filters: { year }, page }
  const times: number[] = []
  let total = 0
  for (let i = 0; i < RUNS + 5; i += 1) {
    const started = performance.now()
    const answer = await siteSearch(request, locale)
    if (i >= 5) times.push(performance.now() - started) // the first five warm up
    total = answer.status === 'ok' ? answer.total : -1
  }
  rows.push({
    query: name,
    q,
    language: locale,
    matches: total,
    'p50 ms': percentile(times, 50).toFixed(1),
    'p95 ms': percentile(times, 95).toFixed(1),
  })
}
console.log(`\nSite search, ${RUNS} runs per query (the data function, no HTTP):`)
console.table(rows)
process.exit(0)

#!/usr/bin/env node
// How fast Laurel serves a cached notice page, against the fastest Next can serve that page's
// words at all: a separate minimal Next app (generated into a temporary folder, using this
// project's node_modules) with one prerendered page holding the notice's visible text, no data and
// no components of ours. wrk (Debian's) loads each for the same time with one thread and 50
// connections, alternating, three rounds; the medians and their ratio are printed (issue 13 asks
// for at least 0.8). A second page of the minimal app repeats the text until it is as large as
// Laurel's page, to tell the cost of the page's size from the cost of Laurel's own routing.
// Figures only: nothing passes or fails. Not in CI. Run it as
//   nice -n 10 heavy node bench/notice-baseline.mjs [--seconds 10]
// LAUREL_BENCH_PORT (default 3461; the baseline takes the next port) places the servers;
// LAUREL_BENCH_URL loads a Laurel already running on a demo database instead of starting one.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { bin, root } from '../scripts/build.mjs'

import { laurelUnderTest, scratchDir, startNext, until } from './productionServer.mjs'

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 10
const ROUNDS = 3
const laurelPort = Number(process.env.LAUREL_BENCH_PORT || 3461)
const baselinePort = laurelPort + 1
const scratch = scratchDir('laurel-baseline-')

// 1. Laurel on a fresh demo database, or LAUREL_BENCH_URL's.
const laurel = await laurelUnderTest(laurelPort)
const { docs } = await (await fetch(`${laurel}/api/commendations?limit=1&sort=-issuedAt`)).json()
const noticePath = `/zh/commendations/${docs[0].slug}`
await fetch(laurel + noticePath) // renders it into the cache
const html = await (await fetch(laurel + noticePath)).text()

// 2. The baseline: the same words as plain paragraphs in a prerendered page.
const main = html.match(/<main[^>]*>([\s\S]*)<\/main>/)?.[1] ?? ''
const lines = main
  .replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, '')
  .replace(/<\/(p|h\d|li|tr|dt|dd|div|section|caption|th|td)>/g, '\n')
  .replace(/<[^>]+>/g, '')
  .replace(/&[a-z#0-9]+;/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)
const app = path.join(scratch, 'baseline')
fs.mkdirSync(path.join(app, 'app'), { recursive: true })
fs.symlinkSync(path.join(root, 'node_modules'), path.join(app, 'node_modules'))
fs.writeFileSync(path.join(app, 'package.json'), '{ "private": true, "type": "module" }\n')
fs.writeFileSync(path.join(app, 'next.config.mjs'), 'export default { poweredByHeader: false }\n')
fs.writeFileSync(
  path.join(app, 'app', 'layout.jsx'),
  'export default function Layout({ children }) {\n  return <html lang="zh-CN"><body>{children}</body></html>\n}\n',
)
fs.writeFileSync(
  path.join(app, 'app', 'page.jsx'),
  `const lines = ${JSON.stringify(lines)}\nexport default function Page() {\n  return <main>{lines.map((line, i) => <p key={i}>{line}</p>)}</main>\n}\n`,
)
// As large as Laurel's page: the same lines repeated, n times at /repeated/n (2 to 8); the page
// whose size is nearest Laurel's is loaded.
fs.mkdirSync(path.join(app, 'app', 'repeated', '[n]'), { recursive: true })
fs.writeFileSync(
  path.join(app, 'app', 'repeated', '[n]', 'page.jsx'),
  `const lines = ${JSON.stringify(lines)}
export const dynamicParams = false
export const generateStaticParams = () => [2, 3, 4, 5, 6, 7, 8].map((n) => ({ n: String(n) }))
export default async function Page({ params }) {
  const { n } = await params
  const all = Array.from({ length: Number(n) }, () => lines).flat()
  return <main>{all.map((line, i) => <p key={i}>{line}</p>)}</main>
}
`,
)
// Webpack: Turbopack compiles nothing outside its root, and node_modules is a link out of it.
execFileSync(bin('next'), ['build', '--webpack'], {
  cwd: app,
  stdio: 'ignore',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
})
const { url: baseline } = startNext(app, baselinePort)
await until(baseline)
const bytes = async (url) => (await (await fetch(url)).arrayBuffer()).byteLength
const laurelBytes = Buffer.byteLength(html)
let sameSize = ''
for (let n = 2; n <= 8; n += 1) {
  const url = `${baseline}/repeated/${n}`
  const off = async (candidate) => Math.abs((await bytes(candidate)) - laurelBytes)
  if (!sameSize || (await off(url)) < (await off(sameSize))) sameSize = url
}

// 3. Alternating load, three rounds.
const requestsPerSecond = (url) => {
  const out = execFileSync('wrk', ['-t1', '-c50', `-d${seconds}s`, url], { encoding: 'utf8' })
  return Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? NaN)
}
const figures = { laurel: [], baseline: [], sameSize: [] }
for (let round = 0; round < ROUNDS; round += 1) {
  figures.laurel.push(requestsPerSecond(laurel + noticePath))
  figures.baseline.push(requestsPerSecond(baseline + '/'))
  figures.sameSize.push(requestsPerSecond(sameSize))
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const [laurelRate, baselineRate] = [median(figures.laurel), median(figures.baseline)]
console.log(`notice page ${noticePath}: ${await bytes(laurel + noticePath)} bytes of HTML`)
console.log(
  `baseline page (${lines.length} lines of the same text): ${await bytes(baseline)} bytes`,
)
console.log(
  `Laurel   req/s: ${figures.laurel.map(Math.round).join(', ')} (median ${Math.round(laurelRate)})`,
)
console.log(
  `baseline req/s: ${figures.baseline.map(Math.round).join(', ')} (median ${Math.round(baselineRate)})`,
)
console.log(`baseline page as large as Laurel's (${sameSize}): ${await bytes(sameSize)} bytes`)
console.log(
  `same size req/s: ${figures.sameSize.map(Math.round).join(', ')} (median ${Math.round(median(figures.sameSize))})`,
)
console.log(`Laurel / baseline: ${(laurelRate / baselineRate).toFixed(2)} (goal ≥ 0.80)`)
console.log(`Laurel / baseline as large: ${(laurelRate / median(figures.sameSize)).toFixed(2)}`)
process.exit(0)

/**
 * npm run bench:scale — does onrecord stay as fast with a newsroom's corpus as with the two seeds?
 *
 * Loads two local D1 databases — the seed corpus (data/) and a generated one (1,000 articles,
 * ~22,500 statements, ~2,300 actors: scripts/lib/synthetic-corpus.ts, checked by the same data
 * rules) — starts `wrangler dev` on each, and prints side by side: the Worker bundle (gzip), its
 * start-up (first answer of a fresh Worker), p50/p99 of the API, the gallery, a share page and a
 * published card (rendered beforehand into R2, as publishing does; the `X-Card-Cache` header
 * shows whether a request rendered), and the time to ingest one article. Every request of an
 * endpoint asks for a different record where it can, so no answer comes from a response cache.
 *
 * Environment: BENCH_N (requests per endpoint, default 60), BENCH_ARTICLES (default 1000).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Dataset } from '../src/data/types'
import { validateData } from '../src/data/validate'
import { seedDatabase } from '../src/db/seed'
import { ingestArticle } from '../src/write/ingest'
import { readRawData } from './lib/data-files'
import { startDevServer } from './lib/dev-server'
import { renderInNode } from './lib/node-render'
import { migrate, openPlatform } from './lib/platform'
import { syntheticCorpus } from './lib/synthetic-corpus'

const N = Number(process.env.BENCH_N ?? 60)
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000)
const ARTICLE = readFileSync('test/fixtures/articles/port-strike.txt', 'utf8')

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN
}
const pick = <T>(xs: readonly T[], n: number, salt: number): T[] => {
  // A spread-out, repeatable sample: every k-th record from an offset.
  if (xs.length <= n) return [...xs]
  const step = xs.length / n
  return Array.from({ length: n }, (_, i) => xs[Math.floor(i * step + salt) % xs.length]!)
}

function bundle(): { gzip: number; hasArticleText: boolean } {
  const out = mkdtempSync(join(tmpdir(), 'onrecord-dist-'))
  execFileSync(process.execPath, ['scripts/wrangler.mjs', 'deploy', '--dry-run', '--outdir', out], { stdio: 'ignore', env: { ...process.env, CI: 'true' } })
  let gzip = 0
  let hasArticleText = false
  const probe = readFileSync('data/sources/2025-02-26-ca7c55e2.txt', 'utf8').slice(200, 260)
  for (const f of readdirSync(out)) {
    const path = join(out, f)
    if (!statSync(path).isFile() || f.endsWith('.map') || f === 'README.md') continue
    const bytes = readFileSync(path)
    gzip += gzipSync(bytes).length
    if (bytes.toString('utf8').includes(probe)) hasArticleText = true
  }
  return { gzip, hasArticleText }
}

interface Run {
  startupMs: number
  endpoints: Record<string, { p50: number; p99: number; n: number }>
  cardsRendered: number
  cardsFromR2: number
  /** Median time inside the Worker of a published card request (Server-Timing), I/O to D1 and R2 included. */
  cardWorkerMs: number
  ingestMs: number
  statements: number
}

async function measure(label: string, data: Dataset): Promise<Run> {
  const state = mkdtempSync(join(tmpdir(), `onrecord-scale-${label}-`))
  migrate({ persistTo: state })
  let platform = await openPlatform({ persistTo: state })
  const t0 = performance.now()
  const version = await seedDatabase(platform.env.DB, data)
  console.error(`${label}: loaded ${data.sources.length} articles, ${data.statements.length} statements into D1 in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  const speakers = [...new Set(data.statements.map((s) => s.speaker))]
  const actors = pick(speakers, N, 3)
  const topics = pick([...new Set(data.positions.map((p) => p.topic))], N, 1)
  // Published cards: rendered into R2 the way publishing does, before the Worker starts.
  const cardActors = pick(speakers, Math.min(N, 40), 5)
  await renderInNode(platform.env.DB, platform.env.CARDS, version, cardActors.map((id) => ({ kind: 'actor' as const, id })))
  await platform.dispose()

  const s0 = performance.now()
  const worker = await startDevServer({ persistTo: state, readyPath: '/favicon.svg' })
  const first = performance.now()
  await (await fetch(`${worker.baseUrl}/api/topics?limit=1`)).arrayBuffer()
  const startupMs = performance.now() - first
  console.error(`${label}: wrangler dev up in ${((first - s0) / 1000).toFixed(1)} s; first API answer ${startupMs.toFixed(0)} ms`)
  const endpoints: Run['endpoints'] = {}
  let cardsRendered = 0
  let cardWorkerMs: number
  let cardsFromR2 = 0
  const time = async (name: string, urls: string[], check?: (res: Response) => void) => {
    for (const url of urls.slice(0, 5)) await (await fetch(`${worker.baseUrl}${url}`)).arrayBuffer()
    const ms: number[] = []
    for (let i = 0; i < N; i++) {
      const url = urls[i % urls.length]!
      const t = performance.now()
      const res = await fetch(`${worker.baseUrl}${url}`)
      await res.arrayBuffer()
      ms.push(performance.now() - t)
      if (res.status !== 200) throw new Error(`${label} ${url}: ${res.status}`)
      check?.(res)
    }
    endpoints[name] = { p50: quantile(ms, 0.5), p99: quantile(ms, 0.99), n: ms.length }
  }
  try {
    await time('/api/quotes?actor=…', actors.map((a) => `/api/quotes?actor=${a}`))
    await time('/api/actors/:id', actors.map((a) => `/api/actors/${a}`))
    await time('/api/topics/:id', topics.map((t) => `/api/topics/${t}`))
    await time('/ (gallery page)', ['/', '/?page=2', '/?page=3', '/?theme=dark'])
    await time('/actors/:id (share page)', actors.map((a) => `/actors/${a}`))
    // Each published card once per request, never twice: an R2 read, not the isolate's cache.
    const cards: number[] = []
    const inside: number[] = []
    for (const id of cardActors) {
      const t = performance.now()
      const res = await fetch(`${worker.baseUrl}/cards/actors/${id}.png`)
      await res.arrayBuffer()
      cards.push(performance.now() - t)
      inside.push(Number(/worker;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN))
      const how = res.headers.get('x-card-cache') ?? ''
      if (how.includes('rendered')) cardsRendered++
      if (how === 'hit; r2') cardsFromR2++
    }
    endpoints['published card (R2)'] = { p50: quantile(cards, 0.5), p99: quantile(cards, 0.99), n: cards.length }
    cardWorkerMs = quantile(inside, 0.5)
  } finally {
    await worker.stop()
  }
  platform = await openPlatform({ persistTo: state })
  const i0 = performance.now()
  const ingested = await ingestArticle(platform.env.DB, { text: ARTICLE, origin: null, publisher: 'Eastbridge Gazette' })
  const ingestMs = performance.now() - i0
  if (!ingested.written) throw new Error(`${label}: the ingest wrote nothing`)
  await platform.dispose()
  return { startupMs, endpoints, cardsRendered, cardsFromR2, cardWorkerMs, ingestMs, statements: data.statements.length }
}

const small = validateData(readRawData('data'))
const t = performance.now()
const large = syntheticCorpus({ articles: ARTICLES })
console.error(`generated ${ARTICLES} articles in ${((performance.now() - t) / 1000).toFixed(1)} s`)
const build = bundle()
const a = await measure('seeds', small)
const b = await measure(`${ARTICLES} articles`, large)

const cell = (x: number) => `${x.toFixed(1)} ms`
const rows: string[][] = [
  ['', `seeds (${small.sources.length} articles, ${a.statements} statements)`, `synthetic (${large.sources.length} articles, ${b.statements} statements, ${large.actors.length} actors)`, 'large ÷ small (p50)', 'budget'],
  ['Worker bundle, gzip', `${(build.gzip / 1024).toFixed(0)} KiB`, `${(build.gzip / 1024).toFixed(0)} KiB (the same bundle)`, '1.00', build.hasArticleText ? 'MISSED: article text in the bundle' : 'no article text in the bundle ✓'],
  ['start-up (first answer of a fresh Worker)', cell(a.startupMs), cell(b.startupMs), (b.startupMs / a.startupMs).toFixed(2), 'independent of the corpus'],
]
let within = true
for (const name of Object.keys(a.endpoints)) {
  const x = a.endpoints[name]!
  const y = b.endpoints[name]!
  const ratio = y.p50 / x.p50
  if (ratio > 2) within = false
  rows.push([`${name} p50 / p99`, `${cell(x.p50)} / ${cell(x.p99)}`, `${cell(y.p50)} / ${cell(y.p99)}`, ratio.toFixed(2), ratio <= 2 ? '≤ 2× ✓' : 'MISSED: > 2×'])
}
rows.push(['published card requests that rendered', `${a.cardsRendered} of ${a.endpoints['published card (R2)']!.n} (${a.cardsFromR2} read from R2)`, `${b.cardsRendered} of ${b.endpoints['published card (R2)']!.n} (${b.cardsFromR2} read from R2)`, '', 'none ✓'])
rows.push(['published card, time inside the Worker (p50, D1 + R2 I/O included)', cell(a.cardWorkerMs), cell(b.cardWorkerMs), (b.cardWorkerMs / a.cardWorkerMs).toFixed(2), 'an upper bound on its CPU'])
rows.push(['ingest one article (port-strike.txt)', cell(a.ingestMs), cell(b.ingestMs), (b.ingestMs / a.ingestMs).toFixed(2), ''])
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join(' | '))
console.log(JSON.stringify({ bundleGzipBytes: build.gzip, articleTextInBundle: build.hasArticleText, small: a, large: b, p50Within2x: within }))

/**
 * `tsx scripts/synthetic-check.ts [ARTICLES] [SEED] [--out DIR]`: generates the synthetic
 * corpus (scripts/lib/synthetic-corpus.ts), validates it with the project's own check
 * (src/data/validate.ts), and prints its counts and the time each step took. With --out,
 * also writes it as a data folder (`npm run check:data -- DIR` reads it back).
 * Defaults: 1000 articles, seed 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkData } from '../src/data/validate'
import { corpusStats, syntheticCorpus } from './lib/synthetic-corpus'

const args = process.argv.slice(2)
const outAt = args.indexOf('--out')
const out = outAt >= 0 ? args[outAt + 1] : undefined
const [articles = 1000, seed = 1] = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1)).map(Number)

let t0 = performance.now()
const data = syntheticCorpus({ articles, seed })
const generated = performance.now() - t0
t0 = performance.now()
const problems = checkData(data)
const validated = performance.now() - t0

if (problems.length > 0) {
  console.error(`synthetic corpus (${articles} articles, seed ${seed}): ${problems.length} problems`)
  for (const p of problems.slice(0, 50)) console.error(`- ${p}`)
  process.exit(1)
}
const s = corpusStats(data)
console.log(`synthetic corpus, ${articles} articles, seed ${seed}: OK`)
console.log(`  generated in ${generated.toFixed(0)} ms, validated (validateData's checks) in ${validated.toFixed(0)} ms`)
console.log(`  statements  ${s.statements} (direct ${s.kinds.direct}, partial ${s.kinds.partial}, paraphrase ${s.kinds.paraphrase}; ${s.continued} continuing a split quote, ${s.withConduit} through a conduit)`)
console.log(`  non-statements ${s.nonStatements}`)
console.log(`  actors      ${s.actors} (${s.organizations} organisations, ${s.actorsWithRole} with a role in the text)`)
console.log(`  topics      ${s.topics}`)
console.log(`  positions   ${s.positions} (per actor ${s.positionsPerActor.min}–${s.positionsPerActor.max}; at most ${s.maxPositionsPerTopic} on one topic)`)
console.log(`  utterances  ${s.utterances}`)
console.log(`  text        ${(s.textChars / 1e6).toFixed(2)} M characters (articles ${s.minArticleChars}–${s.maxArticleChars}, mean ${Math.round(s.textChars / s.articles)})`)
console.log(`  dates       ${s.firstDate} … ${s.lastDate}; most statements by one actor: ${s.maxStatementsPerActor}`)

if (out) {
  mkdirSync(join(out, 'sources'), { recursive: true })
  const json = (name: string, value: unknown) => writeFileSync(join(out, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`)
  json('sources', data.sources)
  json('actors', data.actors)
  json('statements', data.statements)
  json('topics', data.topics)
  json('positions', data.positions)
  json('utterances', data.utterances)
  json('non-statements', data.nonStatements)
  for (const [id, text] of Object.entries(data.texts)) writeFileSync(join(out, 'sources', `${id}.txt`), text)
  console.log(`  written to ${out}/`)
}

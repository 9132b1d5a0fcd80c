/**
 * `npm run eval:polnear -- <PolNeAR checkout> --split train|dev [--part a|b] [--verbose] [--show NAME]`:
 * converts each article's PolNeAR annotation to gold (scripts/lib/polnear.ts), runs the
 * extractor with no knowledge of the project's actors, and prints (span, speaker) and
 * conduit precision, recall and F1 with counts per error category. The corpus stays where
 * it is; nothing is written. The `test` split is held out and refused.
 */
import { parseArgs } from 'node:util'
import { extractQuotes } from '../src/extract/extract'
import { formatCategories, formatScore, scoreQuotes, sumScores, type Score } from '../src/extract/score'
import { convertArticle, parseBrat, parseCoreNlp, readSplit, type Part } from './lib/polnear'

const USAGE = 'Usage: npm run eval:polnear -- <path to PolNeAR> --split train|dev [--part a|b] [--verbose] [--show ARTICLE]'
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    split: { type: 'string', default: 'dev' },
    part: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    show: { type: 'string' },
    rules: { type: 'boolean', default: false },
  },
})
const root = positionals[0]
const split = values.split
const part = values.part
if (!root) fail(USAGE)
if (split === 'test') fail('The test split is held out for measuring this work once; evaluate on train or dev.')
if (split !== 'train' && split !== 'dev') fail(`--split must be train or dev, not ${JSON.stringify(split)}`)
if (part !== undefined && part !== 'a' && part !== 'b') fail(`--part must be a or b, not ${JSON.stringify(part)}`)
if (part !== undefined && split !== 'dev') fail('--part splits dev only')

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

let articles
try {
  articles = readSplit(root, split, part as Part | undefined)
} catch (error) {
  fail((error as Error).message)
}
const scores: Score[] = []
let goldQuotes = 0
let ignored = 0
let noCoreNlp = 0
let ms = 0
let chars = 0
for (const a of articles) {
  const nlp = a.xml === null ? null : parseCoreNlp(a.xml)
  if (!nlp) noCoreNlp++
  const { gold, how } = convertArticle(a.text, parseBrat(a.ann, a.text), nlp)
  const extraction = extractQuotes(a.text)
  const score = scoreQuotes(a.text, gold, extraction)
  scores.push(score)
  goldQuotes += gold.quotes.filter((q) => q.speaker !== null && !q.ignore).length
  ignored += gold.quotes.filter((q) => q.ignore).length
  if (values.verbose && score.errors.length) {
    console.log(`${a.name}  ${formatScore(score)}`)
    for (const e of score.errors) console.log(`    ${e}`)
  }
  if (values.show === a.name) {
    gold.quotes.forEach((q, i) => console.log(`  gold ${q.start} ${q.ignore ? 'IGNORED ' : ''}${q.kind} ${q.speaker ?? 'null'} | ${q.conduit ?? '-'} | ${JSON.stringify(q.text.slice(0, 70))}  [${how[i]}]`))
    for (const q of extraction.quotes) console.log(`  extracted ${q.start} ${q.kind} ${q.speaker?.name ?? 'null'} | ${q.conduit ?? '-'} | ${q.rule} | ${JSON.stringify(q.text.slice(0, 70))}`)
  }
}
// Speed is measured warm, as the budget states: a second pass over the same articles, timed.
for (const a of articles) {
  const t0 = performance.now()
  extractQuotes(a.text)
  ms += performance.now() - t0
  chars += a.text.length
}
const total = sumScores(scores)
const label = `${split}${part ? ` part ${part}` : ''}`
console.log(`PolNeAR ${label}: ${articles.length} articles, ${goldQuotes} quotes by a named person, ${ignored} undecided (not scored)${noCoreNlp ? `, ${noCoreNlp} without CoreNLP (speakers not scored)` : ''}`)
console.log(formatScore(total))
console.log(formatCategories(total.categories))
console.log(`extractor, warm: ${(ms / articles.length).toFixed(2)} ms per article, ${((ms / chars) * 10_000).toFixed(2)} ms per 10,000 characters`)
if (values.rules) {
  const rows = Object.entries(total.byRule).sort((a, b) => b[1].right + b[1].wrong - (a[1].right + a[1].wrong))
  for (const [rule, { right, wrong }] of rows) console.log(`  ${rule.padEnd(22)} right ${String(right).padStart(5)}  wrong ${String(wrong).padStart(4)}  precision ${(right / (right + wrong)).toFixed(3)}`)
}

/**
 * `npm run eval:quotes -- <dir> [--min-f1 0.95]`: scores the quote extractor on every
 * `NN.txt` + `NN.gold.json` in a directory, with no knowledge of the project's actors, and
 * prints precision, recall and F1 for (span, speaker) and for conduit, per file and in total.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { extractQuotes } from '../src/extract/extract'
import { formatScore, scoreQuotes, sumScores, type Gold, type Score } from '../src/extract/score'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'min-f1': { type: 'string' }, verbose: { type: 'boolean', short: 'v', default: false } },
})
const dir = positionals[0]
if (!dir) {
  console.error('Usage: npm run eval:quotes -- <dir> [--min-f1 0.95] [--verbose]\n<dir> holds NN.txt and NN.gold.json files.')
  process.exit(2)
}
const names = readdirSync(dir).filter((n) => /\.txt$/.test(n) && existsSync(join(dir, n.replace(/\.txt$/, '.gold.json')))).sort()
if (names.length === 0) {
  console.error(`No NN.txt with a NN.gold.json beside it in ${dir}`)
  process.exit(2)
}
const scores: Score[] = []
for (const name of names) {
  const text = readFileSync(join(dir, name), 'utf8')
  const gold = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold
  const score = scoreQuotes(text, gold, extractQuotes(text))
  scores.push(score)
  console.log(`${name.padEnd(12)} ${formatScore(score)}`)
  if (values.verbose) for (const e of score.errors) console.log(`    ${e}`)
}
const total = sumScores(scores)
console.log(`${'total'.padEnd(12)} ${formatScore(total)}`)
const min = values['min-f1'] === undefined ? null : Number(values['min-f1'])
if (min !== null && (total.spanSpeaker.f1 < min || total.conduit.f1 < min)) {
  console.error(`F1 below ${min}`)
  process.exit(1)
}

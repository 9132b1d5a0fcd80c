/**
 * `npm run check:data [-- DIR]`: validates the data folder with the same rules the Worker
 * and the tests apply (src/data/validate.ts), and exits non-zero naming every problem.
 */
import { checkData } from '../src/data/validate'
import { readRawData } from './lib/data-files'

const dir = process.argv[2] ?? 'data'
const raw = readRawData(dir)
const problems = checkData(raw)
if (problems.length > 0) {
  console.error(`${dir}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
  for (const p of problems) console.error(`- ${p}`)
  process.exit(1)
}
const count = (v: unknown) => (Array.isArray(v) ? v.length : 0)
console.log(
  `${dir}: OK — ${count(raw.sources)} sources, ${count(raw.actors)} actors, ${count(raw.statements)} statements, ` +
    `${count(raw.topics)} topics, ${count(raw.positions)} positions, ${count(raw.utterances)} linked utterances`,
)

/**
 * `npm run ingest -- <article.txt> [--date YYYY-MM-DD] [--publisher NAME] [--url URL] [--title T]
 *  [--data DIR] [--dry-run]`
 *
 * Stores an article as a source, extracts its attributed quotations (src/extract), links
 * them to other sources' statements, and writes the result to the data directory for review.
 * Curated records are never overwritten; a second run of the same article changes nothing.
 * The data is checked with the shared validator before anything is written.
 */
import { readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { checkData } from '../src/data/validate'
import { planIngest } from '../src/extract/ingest'
import { applyChanges, plannedChanges, readData } from './data-files'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    publisher: { type: 'string' },
    url: { type: 'string' },
    title: { type: 'string' },
    data: { type: 'string', default: 'data' },
    'dry-run': { type: 'boolean', default: false },
  },
})
const file = positionals[0]
if (!file) {
  console.error('Usage: npm run ingest -- <article.txt> [--date YYYY-MM-DD] [--publisher NAME] [--url URL] [--title T] [--data DIR] [--dry-run]')
  process.exit(2)
}
if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  console.error(`--date must be YYYY-MM-DD, received ${JSON.stringify(values.date)}`)
  process.exit(2)
}

// Origins are recorded relative to the repository's parent, as the seeds' are ("shared/seeds/…").
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const origin = relative(dirname(repo), resolve(file))
const text = readFileSync(file, 'utf8')
const dir = values.data!
const loaded = readData(dir)
const plan = await planIngest(loaded.records, {
  text, origin, date: values.date ?? null, publisher: values.publisher ?? null, url: values.url ?? null, title: values.title ?? null,
})

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)
console.log(`Source ${plan.sourceId}${plan.added.sources.length ? ' (new)' : ' (already stored)'}`)
console.table(
  plan.rows.map((r) => ({
    id: r.id, status: r.status, kind: r.kind, speaker: r.speaker, conduit: r.conduit ?? '', confidence: r.confidence, rule: r.rule, text: cut(r.text, 48),
  })),
)
for (const a of plan.added.actors) {
  const actor = plan.records.actors.find((x) => x.id === a)!
  console.log(`new actor ${a}: ${actor.name}; role ${JSON.stringify(actor.role)}; names ${actor.names.join(', ')}`)
}
for (const l of plan.links)
  console.log(`link (${l.confidence}) ${l.a.join('+')} ~ ${l.b.join('+')}: shared “${l.shared}”; only new: “${l.onlyA.join(' ')}”; only other: “${l.onlyB.join(' ')}”`)
for (const n of plan.notes) console.log(`note: ${n}`)
for (const c of plan.conflicts) console.log(`CONFLICT: ${c}`)

const problems = checkData(plan.records)
if (problems.length > 0) {
  console.error(`Refusing to write: the result fails the data check:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
const changes = plannedChanges(dir, loaded, plan.records)
if (changes.length === 0) console.log('No changes: everything found is already in the data.')
else if (values['dry-run']) console.log(`Dry run; would write: ${changes.map((c) => c.path).join(', ')}`)
else {
  applyChanges(changes)
  console.log(`Wrote ${changes.map((c) => c.path).join(', ')}`)
}

/**
 * `npm run ingest -- <article.txt> [--date YYYY-MM-DD] [--publisher NAME] [--url URL] [--title T]
 *  [--remote] [--persist-to DIR] [--allow-empty] [--dry-run] [--no-render] [--draft]`
 *
 * Adds an article to the corpus in D1 — local by default (the database `npm start` serves, so a
 * running Worker shows it at once), production's with --remote — through the same write path as
 * the Worker (src/write/ingest.ts): the article is checked, its quotations extracted with their
 * speakers and conduits, linked to the same words in other sources, checked by the data rules and
 * written in one transaction. Then the cards it changed are rendered into R2. Nothing under src/
 * or data/ changes. A second run of the same article changes nothing.
 *
 * With --draft the article goes to the desk instead (src/desk/drafts.ts, the function behind
 * POST /api/editor/articles): nothing is public until an editor reviews and publishes it at /editor.
 */
import { readFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { createDraft } from '../src/desk/drafts'
import { ProblemError } from '../src/errors'
import { ArticleError, decodeArticle } from '../src/write/article'
import { ingestArticle, RuleError } from '../src/write/ingest'
import { migrate, openPlatform, platformArgs } from './lib/platform'
import { renderInNode } from './lib/node-render'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string' },
    publisher: { type: 'string' },
    url: { type: 'string' },
    title: { type: 'string' },
    remote: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
    'allow-empty': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    'no-render': { type: 'boolean', default: false },
    draft: { type: 'boolean', default: false },
  },
})
const file = positionals[0]
if (!file) {
  console.error('Usage: npm run ingest -- <article.txt> [--date YYYY-MM-DD] [--publisher NAME] [--url URL] [--title T] [--remote] [--allow-empty] [--dry-run] [--no-render] [--draft]')
  process.exit(2)
}
if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  console.error(`--date must be YYYY-MM-DD, received ${JSON.stringify(values.date)}`)
  process.exit(2)
}
if (values.url !== undefined && !/^https?:\/\//.test(values.url)) {
  console.error(`--url must be an http(s) URL, received ${JSON.stringify(values.url)}`)
  process.exit(2)
}

// Origins are recorded relative to the repository's parent, as the seeds' are ("shared/seeds/…").
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const origin = relative(dirname(repo), resolve(file))
let text: string
try {
  text = decodeArticle(readFileSync(file), file)
} catch (error) {
  if (error instanceof ArticleError) {
    console.error(`Refused: ${error.message} Nothing was stored.`)
    process.exit(1)
  }
  throw error
}

const options = platformArgs(values)
migrate(options)
const platform = await openPlatform(options)
if (values.draft) {
  try {
    const input = { text, origin, date: values.date ?? null, publisher: values.publisher ?? null, url: values.url ?? null, title: values.title ?? null }
    const { draft, created } = await createDraft(platform.env.DB, input, { who: `cli:${userInfo().username}`, via: 'cli' })
    console.log(`${created ? 'Sent to the desk as draft' : 'Already at the desk as draft'} ${draft.id} (${draft.status}); review it at /editor/articles/${draft.id}`)
    console.table(draft.statements.map((s) => ({ id: s.record.id, status: s.status, kind: s.record.kind, speaker: s.record.speaker || 'speaker unknown', conduit: s.record.conduit ?? '', confidence: s.confidence, rule: s.rule, text: s.record.text.slice(0, 48) })))
  } catch (error) {
    if (!(error instanceof ProblemError || error instanceof ArticleError)) throw error
    console.error(`Refused: ${error.message}`)
    process.exitCode = 1
  } finally {
    await platform.dispose()
  }
  process.exit()
}
try {
  const result = await ingestArticle(platform.env.DB, {
    text, origin, date: values.date ?? null, publisher: values.publisher ?? null, url: values.url ?? null, title: values.title ?? null,
    allowEmpty: values['allow-empty'], dryRun: values['dry-run'],
  })
  const { plan } = result
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s)
  console.log(`Source ${plan.sourceId}${plan.added.sources.length ? ' (new)' : ' (already stored)'}`)
  console.table(plan.rows.map((r) => ({ id: r.id, status: r.status, kind: r.kind, speaker: r.speaker, conduit: r.conduit ?? '', confidence: r.confidence, rule: r.rule, text: cut(r.text, 48) })))
  for (const r of plan.review)
    console.log(`REVIEW: speaker unknown for “${cut(r.text, 60)}” at ${r.start} (${r.rule}; candidates: ${r.candidates.join(', ') || 'none'}): recorded as a non-statement to review`)
  for (const a of result.added.actors ?? []) console.log(`new actor ${a.id}: ${a.name}; role ${JSON.stringify(a.role)}; names ${a.names.join(', ')}`)
  for (const l of plan.links) console.log(`link (${l.confidence}) ${l.a.join('+')} ~ ${l.b.join('+')}: shared “${l.shared}”`)
  for (const n of plan.notes) console.log(`note: ${n}`)
  for (const c of plan.conflicts) console.log(`CONFLICT: ${c}`)
  if (!result.written) console.log(values['dry-run'] ? 'Dry run: nothing was written.' : 'No changes: everything found is already in the corpus.')
  else {
    console.log(`Written to ${values.remote ? 'the remote (production)' : 'the local'} database: data version ${result.version}.`)
    if (!values['no-render'] && result.affected.length > 0) {
      const report = await renderInNode(platform.env.DB, platform.env.CARDS, result.version, result.affected)
      console.log(`Cards: ${report.rendered.length} rendered into R2, ${report.kept.length} already there.`)
    }
  }
} catch (error) {
  if (error instanceof RuleError || error instanceof ArticleError) {
    console.error(`Refused: ${error.message}`)
    process.exitCode = 1
  } else throw error
} finally {
  await platform.dispose()
}

/**
 * Ingest into D1: the article is checked, planned by the pure planner (src/extract/ingest.ts)
 * against the part of the corpus it can touch, checked by the data rules, and written in one
 * guarded batch. The CLI (through wrangler's local or remote bindings) and the Worker call this
 * same function. A write that lost a race with another is planned again on the new data.
 */
import { textSha256 } from '../data/ids'
import type { Actor } from '../data/schema'
import type { Dataset } from '../data/types'
import type { Problem } from '../data/validate'
import { readSlice } from '../db/slice'
import { actorOf, topicOf } from '../db/rows'
import { applyAdditions, dataVersion, isBusy, VersionConflict, type Additions } from '../db/write'
import { planIngest, type IngestInput, type IngestPlan } from '../extract/ingest'
import { checkArticle, ArticleError } from './article'
import { checkAdditions, refuseBroken } from './check'
import { affectedBy, type CardRef } from './affected'

export class RuleError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The write breaks ${problems.length} rule${problems.length === 1 ? '' : 's'}; nothing was written:\n- ${problems.map((p) => `${p.message} [${p.rule}]`).join('\n- ')}`)
    this.name = 'RuleError'
  }
}

export interface IngestOptions extends IngestInput {
  /** Store an article in which no quotation is found (otherwise refused). */
  allowEmpty?: boolean
  /** Plan and check only. */
  dryRun?: boolean
}

export interface IngestResult {
  plan: IngestPlan
  added: Additions
  /** The data version after the write (unchanged when nothing was added or on a dry run). */
  version: string
  written: boolean
  /** The cards whose data the write changed. */
  affected: CardRef[]
}

/** What the planner needs to see of the corpus for this text: every actor and topic, the same text if stored, and the statements of the actors it names. */
export async function planningContext(db: D1Database, text: string, sha256: string): Promise<Dataset> {
  const [actorRows, topicRows, same] = await db.batch([
    db.prepare('SELECT * FROM actors ORDER BY ord'),
    db.prepare('SELECT * FROM topics ORDER BY ord'),
    db.prepare('SELECT id FROM sources WHERE sha256 = ?').bind(sha256),
  ])
  const actors: Actor[] = (actorRows!.results as Record<string, unknown>[]).map(actorOf)
  const named = actors.filter((a) => a.names.some((n) => text.includes(n))).map((a) => a.id)
  const sourceIds = (same!.results as { id: string }[]).map((r) => r.id)
  const slice = await readSlice(db, { sources: sourceIds, statementsIn: sourceIds, statementsBy: named, texts: true, nonStatements: true })
  const byId = new Map(slice.actors.map((a) => [a.id, a]))
  return { ...slice, actors: actors.map((a) => byId.get(a.id) ?? a), topics: (topicRows!.results as Record<string, unknown>[]).map(topicOf) }
}

/** The records a plan adds, as one write's additions. */
export function additions(plan: IngestPlan): Additions {
  const { records, added } = plan
  const pick = <T, K>(list: T[], ids: K[], key: (t: T) => K) => list.filter((r) => ids.includes(key(r)))
  return {
    sources: pick(records.sources, added.sources, (s) => s.id),
    texts: Object.fromEntries(added.sources.map((id) => [id, records.texts[id]!])),
    actors: pick(records.actors, added.actors, (a) => a.id),
    topics: pick(records.topics, added.topics, (t) => t.id),
    statements: pick(records.statements, added.statements, (s) => s.id),
    utterances: pick(records.utterances, added.utterances, (u) => u.id),
    nonStatements: added.nonStatements,
    positions: [],
  }
}

const isEmpty = (a: Additions) => Object.entries(a).every(([k, v]) => (k === 'texts' ? Object.keys(v as object).length === 0 : (v as unknown[]).length === 0))

/**
 * @example
 * const { plan, written } = await ingestArticle(env.DB, { text, origin: 'upload', publisher: 'Example News' })
 */
export async function ingestArticle(db: D1Database, input: IngestOptions): Promise<IngestResult> {
  const text = checkArticle(input.text)
  const sha = textSha256(text)
  for (let attempt = 1; ; attempt++) {
    try {
      return await ingestOnce(db, { ...input, text }, sha)
    } catch (error) {
      if (!(error instanceof VersionConflict || isBusy(error)) || attempt >= 8) throw error
      // Another write landed first (or holds the local file): plan again on the data as it is now.
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100))
    }
  }
}

async function ingestOnce(db: D1Database, input: IngestOptions, sha: string): Promise<IngestResult> {
  const version = await dataVersion(db)
  const plan = await planIngest(await planningContext(db, input.text, sha), input)
  if (plan.added.sources.length > 0 && plan.rows.length === 0 && !input.allowEmpty)
    throw new ArticleError(422, 'No quotation was found in the article, so there is nothing to attribute; nothing was stored. Store it anyway with --allow-empty (CLI) or "allowEmpty": true.')
  const added = additions(plan)
  if (isEmpty(added)) return { plan, added, version, written: false, affected: [] }
  await refuseBroken(db, version, await checkAdditions(db, added), (problems) => new RuleError(problems))
  if (input.dryRun) return { plan, added, version, written: false, affected: affectedBy(added) }
  const next = await applyAdditions(db, added, version)
  return { plan, added, version: next, written: true, affected: affectedBy(added) }
}

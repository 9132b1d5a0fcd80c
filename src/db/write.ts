/**
 * The only code that writes the corpus: one D1 batch per change, which SQLite runs as one
 * transaction. The batch begins with a guard that fails unless the data version is still the
 * one the change was planned and checked against, so of two concurrent writers the second is
 * refused whole (and may plan again) instead of landing half or on data it never saw.
 */
import type { Dataset } from '../data/types'
import { fingerprint } from '../data/store'
import { BULK, mentionNames, nameCandidates, runs } from './rows'

/** Records to add, as in data/*.json; texts by source id. */
export type Additions = Partial<Dataset>

export class VersionConflict extends Error {
  constructor(readonly expected: string) {
    super(`The data changed while this write was being prepared (it was planned on data version ${expected}); nothing was written.`)
    this.name = 'VersionConflict'
  }
}

/**
 * Locally (`wrangler dev`, the CLIs) two processes can share the database's SQLite file; one that
 * finds it locked did nothing and may try again. (Cloudflare's D1 serializes writes itself.)
 */
export function isBusy(error: unknown): boolean {
  return /SQLITE_BUSY|database is locked|session commit token/i.test(String((error as Error)?.message ?? error))
}

/** The data version: changes with every write; part of every ETag. */
export async function dataVersion(db: D1Database): Promise<string> {
  const row = await db.prepare("SELECT value FROM meta WHERE key = 'data_version'").first<{ value: string }>()
  if (!row) throw new Error('The database has no data_version: run the migrations (npm run db:migrate).')
  return row.value
}

/** The statements that insert `add` (in dependency order), without guard or version. */
export function insertStatements(db: D1Database, add: Additions): D1PreparedStatement[] {
  const out: D1PreparedStatement[] = []
  const bulk = (sql: string, records: readonly unknown[]) => {
    for (const run of runs(records)) out.push(db.prepare(sql).bind(JSON.stringify(run)))
  }
  const sources = (add.sources ?? []).map((s) => {
    const text = add.texts?.[s.id]
    if (text === undefined) throw new Error(`source "${s.id}" is added without its text`)
    return { ...s, length: text.length, text }
  })
  const actors = (add.actors ?? []).map((a) => ({ ...a, mentionNames: mentionNames(a) }))
  bulk(BULK.topics, add.topics ?? [])
  bulk(BULK.sources, sources.map(({ text: _, ...s }) => s))
  bulk(BULK.sourceTexts, sources.map((s) => ({ id: s.id, text: s.text })))
  bulk(BULK.actors, actors)
  bulk(BULK.actorNames, actors.map((a) => ({ id: a.id, mentionNames: a.mentionNames })))
  bulk(BULK.statements, add.statements ?? [])
  bulk(BULK.statementTopics, (add.statements ?? []).map((s) => ({ id: s.id, topics: s.topics })))
  bulk(BULK.positions, add.positions ?? [])
  bulk(BULK.positionEvidence, add.positions ?? [])
  bulk(BULK.utterances, add.utterances ?? [])
  bulk(BULK.utteranceStatements, add.utterances ?? [])
  bulk(BULK.nonStatements, add.nonStatements ?? [])
  // Mentions: the new statements naming any actor (an indexed lookup of their capitalised word
  // runs), and the stored statements naming a new actor.
  bulk(BULK.mentionsBy, (add.statements ?? []).map((s) => ({ id: s.id, speaker: s.speaker, candidates: nameCandidates(s.text) })))
  const named = actors.filter((a) => a.mentionNames.length > 0).map((a) => ({ id: a.id, names: a.mentionNames }))
  // Only where statements were stored before this write: a seed adds actors before any statement.
  if (named.length > 0) bulk(BULK.mentionsOf, named)
  return out
}

/**
 * Adds records in one transaction if the data is still at version `basedOn`; returns the new version.
 * Throws VersionConflict when another write landed first; any constraint failure rolls back everything.
 * `also` runs in the same transaction after the additions: the desk's updates, removals and audit rows.
 * @example const version = await applyAdditions(env.DB, { sources, texts, statements }, await dataVersion(env.DB))
 */
export async function applyAdditions(db: D1Database, add: Additions, basedOn: string, also: D1PreparedStatement[] = []): Promise<string> {
  // With statements beyond additions the change is not a function of `add` alone: a fresh version.
  const next = fingerprint(`${basedOn}\n${JSON.stringify(add)}${also.length > 0 ? `\n${crypto.randomUUID()}` : ''}`)
  const batch = [
    db.prepare("INSERT INTO write_guard (ok) SELECT 0 WHERE (SELECT value FROM meta WHERE key = 'data_version') IS NOT ?").bind(basedOn),
    ...insertStatements(db, add),
    ...also,
    db.prepare("UPDATE meta SET value = ? WHERE key = 'data_version'").bind(next),
  ]
  try {
    await db.batch(batch)
  } catch (error) {
    const message = String((error as Error).message ?? error)
    if (/CHECK constraint failed/i.test(message) && /ok/.test(message)) throw new VersionConflict(basedOn)
    if (isBusy(error)) throw new VersionConflict(basedOn)
    throw error
  }
  return next
}

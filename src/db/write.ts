/**
 * The only code that writes the corpus: one D1 batch per change, which SQLite runs as one
 * transaction. The batch begins with a guard that fails unless the data version is still the
 * one the change was planned and checked against, so of two concurrent writers the second is
 * refused whole (and may plan again) instead of landing half or on data it never saw.
 */
import type { Dataset } from '../data/types'
import { fingerprint } from '../data/store'
import { insert, mentionNames } from './rows'

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
  const out: [string, unknown[]][] = []
  for (const t of add.topics ?? []) out.push(...insert.topic(t))
  for (const s of add.sources ?? []) {
    const text = add.texts?.[s.id]
    if (text === undefined) throw new Error(`source "${s.id}" is added without its text`)
    out.push(...insert.source(s, text))
  }
  for (const a of add.actors ?? []) out.push(...insert.actor(a))
  for (const s of add.statements ?? []) out.push(...insert.statement(s))
  for (const p of add.positions ?? []) out.push(...insert.position(p))
  for (const u of add.utterances ?? []) out.push(...insert.utterance(u))
  for (const n of add.nonStatements ?? []) out.push(...insert.nonStatement(n))
  // Mentions: the new statements naming any actor, and the new actors named in any statement.
  for (const s of add.statements ?? [])
    out.push([
      "INSERT OR IGNORE INTO mentions (actor, statement) SELECT a.id, ?1 FROM actors a, json_each(a.names) n WHERE a.id <> ?2 AND n.value GLOB '[A-Z]*' AND instr(?3, n.value) > 0",
      [s.id, s.speaker, s.text],
    ])
  for (const a of add.actors ?? [])
    for (const name of mentionNames(a))
      out.push(['INSERT OR IGNORE INTO mentions (actor, statement) SELECT ?1, s.id FROM statements s WHERE s.speaker <> ?1 AND instr(s.text, ?2) > 0', [a.id, name]])
  return out.map(([sql, params]) => db.prepare(sql).bind(...params))
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

/**
 * The data check on a write, before it is committed: the records a change adds, together with
 * everything they touch in the store (their sources with texts and all their quotations,
 * speakers, evidence, continuations, records with the same ids), go through the one validator
 * (src/data/validate.ts); the problems of the changed records and touched sources are the answer.
 */
import type { Dataset } from '../data/types'
import { findProblems, type Problem } from '../data/validate'
import { readSlice } from '../db/slice'
import { dataVersion, VersionConflict, type Additions } from '../db/write'

const uniq = (xs: Iterable<string>) => [...new Set(xs)]

/** Stored records a change replaces or removes (a correction, a withdrawal): checked as if gone. */
export interface Replacing {
  statements?: string[]
  /** As "actor/topic". */
  positions?: string[]
}

/** The records of `add` as validator labels (the `record` of a Problem). */
function labels(add: Additions, touchedSources: string[]): Set<string> {
  return new Set([
    ...(add.sources ?? []).map((s) => `source "${s.id}"`),
    ...touchedSources.map((id) => `source "${id}"`),
    ...Object.keys(add.texts ?? {}).map((id) => `source text "${id}"`),
    ...(add.actors ?? []).map((a) => `actor "${a.id}"`),
    ...(add.statements ?? []).map((s) => `statement "${s.id}"`),
    ...(add.topics ?? []).map((t) => `topic "${t.id}"`),
    ...(add.positions ?? []).map((p) => `position "${p.actor}/${p.topic}"`),
    ...(add.utterances ?? []).map((u) => `utterance "${u.id}"`),
    ...(add.nonStatements ?? []).map((n) => `non-statement "${n.source}@${n.start}"`),
  ])
}

/**
 * Every rule the change breaks, or [] when it may be written.
 * @example
 * const problems = await checkAdditions(env.DB, { positions: [{ actor: 'keir-starmer', topic: 'peace-deal', summary: '…', evidence: ['ca7c55e2-q01'] }] })
 * // [{ record: 'position "keir-starmer/peace-deal"', rule: 'evidence', message: '… was said by "donald-trump", not "keir-starmer"' }]
 */
export async function checkAdditions(db: D1Database, add: Additions, replacing: Replacing = {}): Promise<Problem[]> {
  const statements = add.statements ?? []
  const sources = uniq([
    ...(add.sources ?? []).map((s) => s.id),
    ...statements.map((s) => s.source),
    ...(add.nonStatements ?? []).map((n) => n.source),
    ...(add.actors ?? []).flatMap((a) => a.roleEvidence.map((r) => r.source)),
  ])
  const stored = await readSlice(db, {
    sources,
    statementsIn: sources,
    statements: uniq([...statements.map((s) => s.id), ...(replacing.statements ?? []), ...statements.flatMap((s) => (s.continues ? [s.continues] : [])), ...(add.positions ?? []).flatMap((p) => p.evidence), ...(add.utterances ?? []).flatMap((u) => u.statements)]),
    actors: uniq([...(add.actors ?? []).map((a) => a.id), ...statements.map((s) => s.speaker), ...(add.positions ?? []).map((p) => p.actor)]),
    topics: uniq([...(add.topics ?? []).map((t) => t.id), ...statements.flatMap((s) => s.topics), ...(add.positions ?? []).map((p) => p.topic)]),
    positionsOf: uniq((add.positions ?? []).map((p) => p.actor)),
    texts: true,
    nonStatements: true,
  })
  const gone = new Set(replacing.statements ?? [])
  const goneP = new Set(replacing.positions ?? [])
  stored.statements = stored.statements.filter((s) => !gone.has(s.id))
  stored.positions = stored.positions.filter((p) => !goneP.has(`${p.actor}/${p.topic}`))
  const merged: Dataset = {
    sources: [...stored.sources, ...(add.sources ?? [])],
    texts: { ...stored.texts, ...(add.texts ?? {}) },
    actors: [...stored.actors, ...(add.actors ?? [])],
    statements: [...stored.statements, ...statements],
    // Every topic the change names was asked for above: stored ones are in the slice.
    topics: [...stored.topics, ...(add.topics ?? [])],
    positions: [...stored.positions, ...(add.positions ?? [])],
    utterances: [...stored.utterances, ...(add.utterances ?? [])],
    nonStatements: [...stored.nonStatements, ...(add.nonStatements ?? [])],
  }
  const mine = labels(add, sources)
  return findProblems(merged).filter((p) => mine.has(p.record))
}

/**
 * Refuses a change that breaks rules — unless the data changed since the change was planned on
 * `basedOn`: then the problems may be the other write's doing (both added the same new actor),
 * and the writer should plan again on the new data (VersionConflict, which ingest retries).
 * @example await refuseBroken(db, version, problems, (p) => new RuleError(p))
 */
export async function refuseBroken(db: D1Database, basedOn: string, problems: Problem[], refusal: (problems: Problem[]) => Error): Promise<void> {
  if (problems.length === 0) return
  if ((await dataVersion(db)) !== basedOn) throw new VersionConflict(basedOn)
  throw refusal(problems)
}

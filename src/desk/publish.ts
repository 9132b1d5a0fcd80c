/**
 * Publishing a draft and writing positions. Publishing moves the draft's approved statements,
 * the actors and topics they need, its positions and the explanation of every quotation it does
 * not publish into the public tables through `applyAdditions` — so every data rule runs on them
 * exactly as on an ingest — together with the draft's new status and the audit row, in one
 * transaction. Rendering the changed cards and purging caches follow (src/desk/effects.ts).
 */
import type { NonStatement, Position, Statement } from '../data/schema'
import { applyAdditions, dataVersion, insertStatements, type Additions } from '../db/write'
import { ProblemError } from '../errors'
import { affectedBy, type CardRef } from '../write/affected'
import { checkAdditions, refuseBroken } from '../write/check'
import { auditRow, now } from './audit'
import type { Editor } from './auth'
import { draftOfStatement, loadDraft, type Draft } from './drafts'
import { ruleError } from './review'

/** The additions that publish `draft`: approved statements and all they need. */
export async function publication(db: D1Database, draft: Draft, positions: Position[] = draft.positions): Promise<Additions> {
  const approved = draft.statements.filter((s) => s.status === 'approved').map((s) => s.record)
  const ids = new Set(approved.map((s) => s.id))
  // A continuation whose head was rejected stands on its own.
  const statements: Statement[] = approved.map((s) => (s.continues && !ids.has(s.continues) ? { ...s, continues: null } : s))
  const speakers = new Set([...statements.map((s) => s.speaker), ...positions.map((p) => p.actor)])
  const publicActors = await db.prepare('SELECT id FROM actors WHERE id IN (SELECT value FROM json_each(?))').bind(JSON.stringify([...speakers])).all<{ id: string }>()
  const known = new Set(publicActors.results.map((a) => a.id))
  const topicsUsed = new Set([...statements.flatMap((s) => s.topics), ...positions.map((p) => p.topic)])
  const publicTopics = await db.prepare('SELECT id FROM topics WHERE id IN (SELECT value FROM json_each(?))').bind(JSON.stringify([...topicsUsed])).all<{ id: string }>()
  const knownTopics = new Set(publicTopics.results.map((t) => t.id))
  // Every quotation not published is explained, as the completeness rule wants: rejected on review.
  const declined: NonStatement[] = draft.statements
    .filter((s) => s.status === 'rejected' && s.record.kind !== 'paraphrase')
    .filter((s) => !draft.records.nonStatements.some((n) => n.start === s.record.start))
    .map((s) => ({ source: draft.id, start: s.record.start, text: s.record.text, reason: 'Rejected on review at the desk: not published as a statement.' }))
  const publishedIds = await db.prepare('SELECT id FROM statements WHERE id IN (SELECT value FROM json_each(?))').bind(JSON.stringify(draft.records.utterances.flatMap((u) => u.statements))).all<{ id: string }>()
  const present = new Set([...ids, ...publishedIds.results.map((r) => r.id)])
  return {
    sources: [draft.source],
    texts: { [draft.id]: draft.text },
    actors: draft.records.actors.filter((a) => speakers.has(a.id) && !known.has(a.id)),
    topics: draft.records.topics.filter((t) => topicsUsed.has(t.id) && !knownTopics.has(t.id)),
    statements,
    utterances: draft.records.utterances.filter((u) => u.statements.every((id) => present.has(id))),
    nonStatements: [...draft.records.nonStatements, ...declined],
    positions,
  }
}

export interface Published {
  draft: Draft
  version: string
  affected: CardRef[]
}

/**
 * @example const { affected } = await publishDraft(env.DB, '2026-11-25-0f3a9c1d', editor)
 */
export async function publishDraft(db: D1Database, id: string, editor: Editor): Promise<Published> {
  const draft = await loadDraft(db, id)
  if (!draft) throw new ProblemError(404, `No draft has the id ${JSON.stringify(id)}.`, { extensions: { kind: 'draft', id } })
  if (draft.status === 'published') throw new ProblemError(409, `Draft ${JSON.stringify(id)} was published on ${draft.publishedAt?.slice(0, 10)} by ${draft.publishedBy}; correct its statements instead.`)
  const proposed = draft.statements.filter((s) => s.status === 'proposed').map((s) => s.record.id)
  if (proposed.length > 0)
    throw new ProblemError(409, `Draft ${JSON.stringify(id)} still has ${proposed.length} statement${proposed.length === 1 ? '' : 's'} to review (${proposed.join(', ')}); approve or reject each before publishing.`, { extensions: { proposed } })
  const version = await dataVersion(db)
  const add = await publication(db, draft)
  await refuseBroken(db, version, await checkAdditions(db, add), ruleError)
  const at = now()
  const next = await applyAdditions(db, add, version, [
    db.prepare("UPDATE drafts SET status = 'published', published_at = ?, published_by = ? WHERE id = ? AND status = 'draft'").bind(at, editor.who, id),
    auditRow(db, { at, who: editor.who, action: 'draft.publish', target: `draft ${id}`, before: { status: 'draft' }, after: { status: 'published', statements: add.statements?.map((s) => s.id), actors: add.actors?.map((a) => a.id), positions: add.positions?.map((p) => `${p.actor}/${p.topic}`) } }),
  ])
  return { draft: (await loadDraft(db, id))!, version: next, affected: affectedBy(add) }
}

export type PositionWrite = { state: 'draft'; draft: string; position: Position } | { state: 'published'; position: Position; version: string; affected: CardRef[] }

/**
 * A position of `actor` on `topic`, resting on `evidence`. Evidence still in a draft (approved
 * there) makes it part of that draft, published with it; otherwise it is written at once.
 * @example await putPosition(env.DB, { actor: 'priya-raman', topic: 'labour', summary: '…', evidence: ['0f3a9c1d-q01'] }, editor)
 */
export async function putPosition(db: D1Database, position: Position, editor: Editor): Promise<PositionWrite> {
  const drafts = new Set<string>()
  for (const id of position.evidence) {
    const d = await draftOfStatement(db, id)
    if (d) drafts.add(d)
  }
  const label = `${position.actor}/${position.topic}`
  const at = now()
  const pending = [...drafts]
  if (pending.length > 1) throw new ProblemError(422, `Position ${label} cites statements of ${pending.length} drafts (${pending.join(', ')}); a position rests on one draft's statements and published ones.`)
  const draft = pending[0] ? await loadDraft(db, pending[0]) : undefined
  if (draft && draft.status === 'draft') {
    for (const id of position.evidence) {
      const s = draft.statements.find((x) => x.record.id === id)
      if (s && s.status !== 'approved') throw new ProblemError(422, `Evidence ${JSON.stringify(id)} is ${s.status} in draft ${draft.id}; a position cites approved statements only.`, { extensions: { received: id } })
    }
    const others = draft.positions.filter((p) => `${p.actor}/${p.topic}` !== label)
    const add = await publication(db, draft, [...others, position])
    const problems = (await checkAdditions(db, add)).filter((p) => p.record === `position "${label}"`)
    if (problems.length > 0) throw ruleError(problems)
    const before = draft.positions.find((p) => `${p.actor}/${p.topic}` === label) ?? null
    // Both only while the draft is still a draft (it may be published meanwhile).
    const open: [string, unknown[]] = ["EXISTS (SELECT 1 FROM drafts WHERE id = ? AND status = 'draft')", [draft.id]]
    const [, written] = await db.batch([
      auditRow(db, { at, who: editor.who, action: 'position.draft', target: `position ${label} (draft ${draft.id})`, before, after: position }, open),
      db
        .prepare(`INSERT OR REPLACE INTO draft_positions (draft, actor, topic, summary, evidence) SELECT ?, ?, ?, ?, ? WHERE ${open[0]}`)
        .bind(draft.id, position.actor, position.topic, position.summary, JSON.stringify(position.evidence), draft.id),
    ])
    if ((written?.meta.changes ?? 0) === 0) throw new ProblemError(409, `Draft ${JSON.stringify(draft.id)} was published while the position was being written; write it again (it will be written to the published data).`)
    return { state: 'draft', draft: draft.id, position }
  }
  // Every piece of evidence is published: the position is written now.
  const version = await dataVersion(db)
  const stored = await db.prepare('SELECT * FROM positions WHERE actor = ? AND topic = ?').bind(position.actor, position.topic).first<Record<string, unknown>>()
  await refuseBroken(db, version, await checkAdditions(db, { positions: [position] }, stored ? { positions: [label] } : {}), ruleError)
  const before = stored ? { actor: position.actor, topic: position.topic, summary: String(stored.summary), evidence: JSON.parse(String(stored.evidence)) as string[] } : null
  const write = stored
    ? [
        db.prepare('DELETE FROM position_evidence WHERE actor = ? AND topic = ?').bind(position.actor, position.topic),
        db.prepare('UPDATE positions SET summary = ?, evidence = ? WHERE actor = ? AND topic = ?').bind(position.summary, JSON.stringify(position.evidence), position.actor, position.topic),
        db.prepare('INSERT INTO position_evidence (actor, topic, statement) SELECT ?, ?, value FROM json_each(?)').bind(position.actor, position.topic, JSON.stringify(position.evidence)),
      ]
    : insertStatements(db, { positions: [position] })
  const next = await applyAdditions(db, {}, version, [...write, auditRow(db, { at, who: editor.who, action: 'position.write', target: `position ${label}`, before, after: position })])
  return { state: 'published', position, version: next, affected: affectedBy({ positions: [position] }) }
}

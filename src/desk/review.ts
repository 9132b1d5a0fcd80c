/**
 * Reviewing a statement: approve or reject a proposed one and fix what the extractor got wrong
 * (speaker, conduit, kind); or correct a published one, which needs a correction note, stays on
 * record (the public JSON, the card and the share page show it) and is never deleted — a
 * withdrawn statement moves to `withdrawn` and its words become a non-statement saying why.
 * Every edit is conditional on the `If-Match` the editor saw, checked by the data rules first,
 * and written with its audit row in one transaction.
 */
import { slugify } from '../data/ids'
import type { Actor, NonStatement, Statement } from '../data/schema'
import { fingerprint } from '../data/store'
import type { Problem } from '../data/validate'
import { statementOf } from '../db/rows'
import { applyAdditions, dataVersion, insertStatements } from '../db/write'
import { ProblemError } from '../errors'
import type { CardRef } from '../write/affected'
import { affectedBy } from '../write/affected'
import { checkAdditions, refuseBroken } from '../write/check'
import { auditRow, now, today } from './audit'
import type { Editor } from './auth'
import { loadDraft, statementEtag, type Draft, type DraftStatement } from './drafts'

export interface ReviewPatch {
  status?: 'approved' | 'rejected' | 'withdrawn' | undefined
  /** An actor id, or a new actor by name (and role, as the article states it). */
  speaker?: string | { name: string; role?: string | null | undefined } | undefined
  conduit?: string | null | undefined
  kind?: Statement['kind'] | undefined
  /** Required for a published statement: what is changed and why. */
  correction?: string | undefined
}

export type Reviewed =
  | { state: 'draft'; draft: Draft; statement: DraftStatement }
  | { state: 'published'; statement: Statement; etag: string; version: string; affected: CardRef[] }
  | { state: 'withdrawn'; id: string; version: string; affected: CardRef[] }

export function ruleError(problems: Problem[]): ProblemError {
  return new ProblemError(422, `The change breaks ${problems.length} rule${problems.length === 1 ? '' : 's'}; nothing was written: ${problems.map((p) => `${p.message} [${p.rule}]`).join('; ')}`, {
    extensions: { problems: problems.map((p) => ({ record: p.record, rule: p.rule, message: p.message })) },
  })
}

function preconditionFailed(id: string, given: string, current: string): ProblemError {
  return new ProblemError(412, `Statement ${JSON.stringify(id)} changed since it was read: If-Match is ${given}, its ETag is now ${current}. Read it again and re-apply the change.`, {
    extensions: { received: given, current },
    headers: { ETag: current },
  })
}

function requireIfMatch(id: string, ifMatch: string | undefined): string {
  if (ifMatch === undefined || ifMatch.trim() === '')
    throw new ProblemError(428, `Changing statement ${JSON.stringify(id)} needs an If-Match header with the ETag it was read with (GET /api/editor/articles/{id} gives each statement's "etag").`)
  return ifMatch.trim()
}

/** The ETag of a published statement: its record and its corrections. */
export async function publishedEtag(db: D1Database, s: Statement): Promise<string> {
  const corrections = await db.prepare('SELECT date, note FROM corrections WHERE statement = ? ORDER BY id').bind(s.id).all()
  return `"${fingerprint(JSON.stringify({ s, c: corrections.results }))}"`
}

/** A new actor named by an editor: the name and the role must be the article's own words. */
function newActor(draftOrSource: { id: string; text: string }, name: string, role: string | null | undefined): Actor {
  const id = slugify(name)
  if (id === '') throw new ProblemError(400, `Speaker name ${JSON.stringify(name)} has no letters or digits to make an id from.`)
  if (!draftOrSource.text.includes(name))
    throw new ProblemError(422, `Speaker name ${JSON.stringify(name)} does not occur in the article ${draftOrSource.id}; a speaker must be named as the source names them.`, { extensions: { received: name } })
  let roleEvidence: Actor['roleEvidence'] = []
  if (role) {
    const start = draftOrSource.text.indexOf(role)
    if (start < 0)
      throw new ProblemError(422, `Role ${JSON.stringify(role)} is not found in the article ${draftOrSource.id}; a role must be the source's own words (or leave it out).`, { extensions: { received: role } })
    roleEvidence = [{ source: draftOrSource.id, start, text: role }]
  }
  return { id, name, role: role ?? null, roleEvidence, names: [name], kind: 'person', new: true }
}

/** The statement with the patch's fields applied, and the new actor it brings, if any. */
async function applyPatch(db: D1Database, s: Statement, patch: ReviewPatch, article: { id: string; text: string }, draftActors: Actor[]): Promise<{ record: Statement; actor: Actor | null }> {
  const record: Statement = { ...s }
  let actor: Actor | null = null
  if (patch.kind !== undefined) record.kind = patch.kind
  if (patch.conduit !== undefined) record.conduit = patch.conduit === '' ? null : patch.conduit
  if (typeof patch.speaker === 'string') {
    const id = patch.speaker
    const known = draftActors.some((a) => a.id === id) || (await db.prepare('SELECT 1 FROM actors WHERE id = ?').bind(id).first()) !== null
    if (!known) throw new ProblemError(422, `Speaker ${JSON.stringify(id)} is no actor; give an existing actor's id (see /api/actors) or a new actor as { "name", "role" }.`, { extensions: { received: id } })
    record.speaker = id
  } else if (patch.speaker) {
    const made = newActor(article, patch.speaker.name, patch.speaker.role)
    const stored = await db.prepare('SELECT * FROM actors WHERE id = ?').bind(made.id).first()
    const drafted = draftActors.find((a) => a.id === made.id)
    if (!stored && !drafted) actor = made
    else if (drafted && patch.speaker.role && drafted.role !== patch.speaker.role) actor = { ...drafted, role: made.role, roleEvidence: made.roleEvidence }
    record.speaker = made.id
  }
  return { record, actor }
}

/**
 * @example await reviewStatement(env.DB, 'ca7c55e2-q90', { status: 'approved' }, '"0f3a…"', editor)
 */
export async function reviewStatement(db: D1Database, id: string, patch: ReviewPatch, ifMatch: string | undefined, editor: Editor): Promise<Reviewed> {
  const row = await db.prepare('SELECT d.status AS draft_status, s.* FROM draft_statements s JOIN drafts d ON d.id = s.draft WHERE s.id = ?').bind(id).first<Record<string, unknown>>()
  if (row && row.draft_status === 'draft') return reviewDraft(db, String(row.draft), id, patch, ifMatch, editor)
  const published = await db.prepare('SELECT * FROM statements WHERE id = ?').bind(id).first<Record<string, unknown>>()
  if (published) return correctPublished(db, statementOf(published), patch, ifMatch, editor)
  const withdrawn = await db.prepare('SELECT at FROM withdrawn WHERE id = ?').bind(id).first<{ at: string }>()
  if (withdrawn) throw new ProblemError(410, `Statement ${JSON.stringify(id)} was withdrawn on ${withdrawn.at.slice(0, 10)}; a withdrawn statement stays as it is.`)
  throw new ProblemError(404, `No statement, draft or published, has the id ${JSON.stringify(id)}.`, { extensions: { kind: 'statement', id } })
}

async function reviewDraft(db: D1Database, draftId: string, id: string, patch: ReviewPatch, ifMatch: string | undefined, editor: Editor): Promise<Reviewed> {
  const given = requireIfMatch(id, ifMatch)
  const draft = (await loadDraft(db, draftId))!
  const current = draft.statements.find((s) => s.record.id === id)!
  if (given !== current.etag && given !== '*') throw preconditionFailed(id, given, current.etag)
  if (patch.status === 'withdrawn') throw new ProblemError(400, `Field "status" is "withdrawn", which is for published statements; a draft statement is "approved" or "rejected".`, { extensions: { received: 'withdrawn', allowed: ['approved', 'rejected'] } })
  const { record, actor } = await applyPatch(db, current.record, patch, { id: draft.id, text: draft.text }, draft.records.actors)
  const status = patch.status ?? current.status
  if (status === 'approved') {
    if (record.speaker === '') throw new ProblemError(422, `Statement ${JSON.stringify(id)} has no speaker yet (the extractor could not tell who said it${current.candidates.length ? `; candidates: ${current.candidates.join(', ')}` : ''}); set "speaker" to approve it.`)
    const actors = actor ? [...draft.records.actors.filter((a) => a.id !== actor.id), actor] : draft.records.actors
    const problems = await checkDraftStatement(db, draft, record, actors)
    if (problems.length > 0) throw ruleError(problems)
  }
  const etag = statementEtag(record, status)
  const records = actor ? { ...draft.records, actors: [...draft.records.actors.filter((a) => a.id !== actor.id), actor] } : draft.records
  // Conditional on what the editor saw, and on the draft not having been published meanwhile.
  const still = "EXISTS (SELECT 1 FROM draft_statements s JOIN drafts d ON d.id = s.draft WHERE s.id = ? AND s.etag = ? AND d.status = 'draft')"
  const same: [string, unknown[]] = [still, [id, current.etag]]
  const results = await db.batch([
    auditRow(db, { at: now(), who: editor.who, action: 'statement.review', target: `statement ${id}`, before: { status: current.status, record: current.record }, after: { status, record, ...(actor ? { newActor: actor } : {}) } }, same),
    ...(actor ? [db.prepare(`UPDATE drafts SET records = ? WHERE id = ? AND ${still}`).bind(JSON.stringify(records), draft.id, id, current.etag)] : []),
    db.prepare(`UPDATE draft_statements SET record = ?, status = ?, etag = ? WHERE id = ? AND ${still}`).bind(JSON.stringify(record), status, etag, id, id, current.etag),
  ])
  if ((results.at(-1)?.meta.changes ?? 0) === 0) {
    const now2 = await db.prepare('SELECT etag FROM draft_statements WHERE id = ?').bind(id).first<{ etag: string }>()
    throw preconditionFailed(id, given, now2?.etag ?? '')
  }
  const after = (await loadDraft(db, draftId))!
  return { state: 'draft', draft: after, statement: after.statements.find((s) => s.record.id === id)! }
}

/** The data rules on one draft statement, as if it were published with its draft's source. */
export async function checkDraftStatement(db: D1Database, draft: Draft, record: Statement, actors: Actor[]): Promise<Problem[]> {
  const speaker = actors.find((a) => a.id === record.speaker)
  const problems = await checkAdditions(db, {
    sources: [draft.source],
    texts: { [draft.id]: draft.text },
    actors: speaker ? [speaker] : [],
    topics: draft.records.topics.filter((t) => record.topics.includes(t.id)),
    statements: [{ ...record, continues: null }],
  })
  const mine = new Set([`statement "${record.id}"`, ...(speaker ? [`actor "${speaker.id}"`] : [])])
  return problems.filter((p) => mine.has(p.record))
}

/** The statements that delete a published statement's derived rows and the row itself. */
function removeStatement(db: D1Database, id: string): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM mentions WHERE statement = ?').bind(id),
    db.prepare('DELETE FROM statement_topics WHERE statement = ?').bind(id),
    db.prepare('DELETE FROM statements WHERE id = ?').bind(id),
  ]
}

async function correctPublished(db: D1Database, s: Statement, patch: ReviewPatch, ifMatch: string | undefined, editor: Editor): Promise<Reviewed> {
  const note = patch.correction?.trim() ?? ''
  if (note === '')
    throw new ProblemError(400, `Statement ${JSON.stringify(s.id)} is published; changing or withdrawing it needs "correction": "<what and why>", which is shown with it from now on.`, { extensions: { parameter: 'correction' } })
  const given = requireIfMatch(s.id, ifMatch)
  const etag = await publishedEtag(db, s)
  if (given !== etag && given !== '*') throw preconditionFailed(s.id, given, etag)
  const version = await dataVersion(db)
  const at = now()
  const date = today()
  const correctionRow = (action: 'changed' | 'withdrawn') => db.prepare('INSERT INTO corrections (statement, date, note, action) VALUES (?, ?, ?, ?)').bind(s.id, date, note, action)
  if (patch.status === 'withdrawn' || patch.status === 'rejected') {
    const deps = await dependents(db, s.id)
    if (deps.length > 0)
      throw new ProblemError(409, `Statement ${JSON.stringify(s.id)} cannot be withdrawn while ${deps.join(', ')} rest${deps.length === 1 ? 's' : ''} on it; change ${deps.length === 1 ? 'it' : 'them'} first.`, { extensions: { dependents: deps } })
    const nonStatements: NonStatement[] = s.kind === 'paraphrase' ? [] : [{ source: s.source, start: s.start, text: s.text, reason: `Withdrawn on ${date}: ${note}` }]
    await refuseBroken(db, version, await checkAdditions(db, { nonStatements }, { statements: [s.id] }), ruleError)
    const next = await applyAdditions(db, {}, version, [
      db.prepare('INSERT INTO withdrawn (id, record, at) VALUES (?, ?, ?)').bind(s.id, JSON.stringify(s), at),
      ...removeStatement(db, s.id),
      ...insertStatements(db, { nonStatements }),
      correctionRow('withdrawn'),
      auditRow(db, { at, who: editor.who, action: 'statement.withdraw', target: `statement ${s.id}`, before: s, after: { withdrawn: true, correction: { date, note } } }),
    ])
    return { state: 'withdrawn', id: s.id, version: next, affected: affectedBy({ statements: [s] }) }
  }
  if (patch.status === 'approved' && patch.speaker === undefined && patch.conduit === undefined && patch.kind === undefined)
    throw new ProblemError(400, `Statement ${JSON.stringify(s.id)} is published already; a correction changes "speaker", "conduit" or "kind", or withdraws it ("status": "withdrawn").`)
  const text = (await db.prepare('SELECT text FROM source_texts WHERE source = ?').bind(s.source).first<{ text: string }>())?.text ?? ''
  const { record, actor } = await applyPatch(db, s, patch, { id: s.source, text }, [])
  await refuseBroken(db, version, await checkAdditions(db, { statements: [record], actors: actor ? [actor] : [] }, { statements: [s.id] }), ruleError)
  const next = await applyAdditions(db, { actors: actor ? [actor] : [] }, version, [
    db.prepare('UPDATE statements SET speaker = ?, kind = ?, conduit = ? WHERE id = ?').bind(record.speaker, record.kind, record.conduit, s.id),
    // Mentions are "others' words naming an actor": who the others are may have changed.
    db.prepare('DELETE FROM mentions WHERE statement = ?').bind(s.id),
    db.prepare("INSERT OR IGNORE INTO mentions (actor, statement) SELECT a.id, ?1 FROM actors a, json_each(a.names) n WHERE a.id <> ?2 AND n.value GLOB '[A-Z]*' AND instr(?3, n.value) > 0").bind(s.id, record.speaker, record.text),
    correctionRow('changed'),
    auditRow(db, { at, who: editor.who, action: 'statement.correct', target: `statement ${s.id}`, before: s, after: { record, correction: { date, note }, ...(actor ? { newActor: actor } : {}) } }),
  ])
  return { state: 'published', statement: record, etag: await publishedEtag(db, record), version: next, affected: affectedBy({ statements: [s, record] }) }
}

/** Records that rest on a published statement: positions citing it, utterances, continuations. */
async function dependents(db: D1Database, id: string): Promise<string[]> {
  const [positions, utterances, continuations] = await db.batch([
    db.prepare('SELECT actor, topic FROM position_evidence WHERE statement = ?').bind(id),
    db.prepare('SELECT utterance FROM utterance_statements WHERE statement = ?').bind(id),
    db.prepare('SELECT id FROM statements WHERE continues = ?').bind(id),
  ])
  const r = (x: D1Result | undefined) => (x?.results ?? []) as Record<string, string>[]
  return [
    ...r(positions).map((p) => `position ${p.actor}/${p.topic}`),
    ...r(utterances).map((u) => `utterance ${u.utterance}`),
    ...r(continuations).map((c) => `statement ${c.id} (which continues it)`),
  ]
}

/**
 * Drafts: an article sent to the desk, planned by the same planner as `npm run ingest`
 * (src/extract/ingest.ts, over the same part of the corpus) but kept in the desk's own tables
 * until it is published. Nothing here touches the public tables, so nothing of a draft can
 * leak into the API, the pages, the gallery or the cards.
 */
import type { Actor, NonStatement, Position, SourceMeta, Statement, Topic, Utterance } from '../data/schema'
import { fingerprint } from '../data/store'
import { textSha256 } from '../data/ids'
import { ProblemError } from '../errors'
import type { IngestInput, ReportRow } from '../extract/ingest'
import { planIngest } from '../extract/ingest'
import { ArticleError, checkArticle } from '../write/article'
import { additions, planningContext } from '../write/ingest'
import { auditRow, now } from './audit'
import type { Editor } from './auth'

export type ReviewStatus = 'proposed' | 'approved' | 'rejected'

/** What the plan adds besides the source and its statements. */
export interface DraftRecords {
  actors: Actor[]
  topics: Topic[]
  utterances: Utterance[]
  nonStatements: NonStatement[]
}

export interface DraftStatement {
  /** The statement as it will be published; `speaker` is "" while nobody is known to have said it. */
  record: Statement
  status: ReviewStatus
  confidence: number
  rule: string
  /** Actor ids or names the extractor considered when it could not decide. */
  candidates: string[]
  etag: string
}

export interface Draft {
  id: string
  status: 'draft' | 'published'
  source: SourceMeta
  text: string
  records: DraftRecords
  statements: DraftStatement[]
  positions: Position[]
  createdAt: string
  createdBy: string
  publishedAt: string | null
  publishedBy: string | null
}

/** The validator of one draft statement's review state: changes with every edit. */
export function statementEtag(record: Statement, status: string): string {
  return `"${fingerprint(JSON.stringify({ record, status }))}"`
}

type Row = Record<string, unknown>

/** A draft with its statements and positions, or undefined. */
export async function loadDraft(db: D1Database, id: string): Promise<Draft | undefined> {
  const [drafts, statements, positions] = await db.batch([
    db.prepare('SELECT * FROM drafts WHERE id = ?').bind(id),
    db.prepare('SELECT * FROM draft_statements WHERE draft = ? ORDER BY ord').bind(id),
    db.prepare('SELECT * FROM draft_positions WHERE draft = ? ORDER BY actor, topic').bind(id),
  ])
  const d = (drafts?.results as Row[] | undefined)?.[0]
  if (!d) return undefined
  return {
    id: String(d.id),
    status: d.status as Draft['status'],
    source: JSON.parse(String(d.source)) as SourceMeta,
    text: String(d.text),
    records: JSON.parse(String(d.records)) as DraftRecords,
    statements: ((statements?.results ?? []) as Row[]).map(statementOfRow),
    positions: ((positions?.results ?? []) as Row[]).map((p) => ({ actor: String(p.actor), topic: String(p.topic), summary: String(p.summary), evidence: JSON.parse(String(p.evidence)) as string[] })),
    createdAt: String(d.created_at),
    createdBy: String(d.created_by),
    publishedAt: d.published_at === null ? null : String(d.published_at),
    publishedBy: d.published_by === null ? null : String(d.published_by),
  }
}

export function statementOfRow(r: Row): DraftStatement {
  return {
    record: JSON.parse(String(r.record)) as Statement,
    status: r.status as ReviewStatus,
    confidence: Number(r.confidence),
    rule: String(r.rule),
    candidates: JSON.parse(String(r.candidates)) as string[],
    etag: String(r.etag),
  }
}

/** The draft a statement id belongs to, if any. */
export async function draftOfStatement(db: D1Database, statementId: string): Promise<string | undefined> {
  const row = await db.prepare('SELECT draft FROM draft_statements WHERE id = ?').bind(statementId).first<{ draft: string }>()
  return row?.draft
}

export interface Drafted {
  draft: Draft
  /** False when the same text was a draft already (its draft is returned). */
  created: boolean
}

/** The extractor's report rows may carry candidates once a speaker can be unknown. */
type Row2 = ReportRow & { candidates?: unknown }
const candidatesOf = (row: Row2 | undefined): string[] =>
  Array.isArray(row?.candidates) ? row.candidates.map((c) => (typeof c === 'string' ? c : String((c as { name?: unknown; id?: unknown }).id ?? (c as { name?: unknown }).name ?? ''))).filter((c) => c !== '') : []

/**
 * Sends an article to the desk: checked as an article, planned against the corpus, stored as a
 * draft whose statements are all "proposed". The same text again returns the same draft.
 * @example const { draft, created } = await createDraft(env.DB, { text, origin: 'desk', publisher: 'Example News' }, editor)
 */
export async function createDraft(db: D1Database, input: IngestInput, editor: Editor): Promise<Drafted> {
  const text = checkArticle(input.text)
  const sha = textSha256(text)
  const existing = await db.prepare('SELECT id FROM drafts WHERE sha256 = ?').bind(sha).first<{ id: string }>()
  if (existing) return { draft: (await loadDraft(db, existing.id))!, created: false }
  const published = await db.prepare('SELECT id FROM sources WHERE sha256 = ?').bind(sha).first<{ id: string }>()
  if (published)
    throw new ProblemError(409, `This text is published already, as source ${JSON.stringify(published.id)} (sent by the operators' ingest); correct its statements through PATCH /api/editor/statements/{id}.`, {
      extensions: { source: published.id },
    })
  const plan = await planIngest(await planningContext(db, text, sha), { ...input, text })
  if (plan.rows.length === 0) throw new ArticleError(422, 'No quotation was found in the article, so there is nothing to review; nothing was stored.')
  const add = additions(plan)
  const source = add.sources?.[0]
  if (!source) throw new Error(`the plan of a new text adds no source (${plan.sourceId})`)
  const rowOf = new Map(plan.rows.map((r) => [r.id, r as Row2]))
  const records: DraftRecords = { actors: add.actors ?? [], topics: add.topics ?? [], utterances: add.utterances ?? [], nonStatements: add.nonStatements ?? [] }
  const at = now()
  const statements: DraftStatement[] = (add.statements ?? []).map((record) => {
    const row = rowOf.get(record.id)
    // A speaker the extractor could not name is "" until an editor picks one.
    const fixed = { ...record, speaker: record.speaker ?? '' }
    return { record: fixed, status: 'proposed', confidence: row?.confidence ?? 0, rule: row?.rule ?? '', candidates: candidatesOf(row), etag: statementEtag(fixed, 'proposed') }
  })
  const batch = [
    db
      .prepare('INSERT INTO drafts (id, ord, sha256, status, source, text, records, created_at, created_by) VALUES (?, (SELECT coalesce(max(ord), 0) + 1 FROM drafts), ?, ?, ?, ?, ?, ?, ?)')
      .bind(source.id, sha, 'draft', JSON.stringify(source), text, JSON.stringify(records), at, editor.who),
    ...statements.map((s, i) =>
      db
        .prepare('INSERT INTO draft_statements (id, draft, ord, record, status, confidence, rule, candidates, etag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .bind(s.record.id, source.id, i + 1, JSON.stringify(s.record), s.status, s.confidence, s.rule, JSON.stringify(s.candidates), s.etag),
    ),
    auditRow(db, { at, who: editor.who, action: 'draft.create', target: `draft ${source.id}`, before: null, after: { source, statements: statements.map((s) => s.record.id) } }),
  ]
  try {
    await db.batch(batch)
  } catch (error) {
    // Sent twice at once: the other request stored it.
    const raced = await db.prepare('SELECT id FROM drafts WHERE sha256 = ?').bind(sha).first<{ id: string }>()
    if (raced) return { draft: (await loadDraft(db, raced.id))!, created: false }
    throw error
  }
  return { draft: (await loadDraft(db, source.id))!, created: true }
}

/** The drafts, newest first, for the desk's front page. */
export async function listDrafts(db: D1Database, limit = 50): Promise<{ id: string; status: string; title: string | null; createdAt: string; proposed: number; approved: number; rejected: number }[]> {
  const rows = await db
    .prepare(
      `SELECT d.id, d.status, json_extract(d.source, '$.title') AS title, d.created_at,
        (SELECT count(*) FROM draft_statements s WHERE s.draft = d.id AND s.status = 'proposed') AS proposed,
        (SELECT count(*) FROM draft_statements s WHERE s.draft = d.id AND s.status = 'approved') AS approved,
        (SELECT count(*) FROM draft_statements s WHERE s.draft = d.id AND s.status = 'rejected') AS rejected
       FROM drafts d ORDER BY d.ord DESC LIMIT ?`,
    )
    .bind(limit)
    .all<{ id: string; status: string; title: string | null; created_at: string; proposed: number; approved: number; rejected: number }>()
  return rows.results.map((r) => ({ id: r.id, status: r.status, title: r.title, createdAt: r.created_at, proposed: r.proposed, approved: r.approved, rejected: r.rejected }))
}

/** Names of actors by id: the draft's new ones and the public ones its statements name. */
export async function actorNames(db: D1Database, draft: Draft): Promise<Map<string, { name: string; new: boolean; role: string | null }>> {
  const names = new Map<string, { name: string; new: boolean; role: string | null }>()
  for (const a of draft.records.actors) names.set(a.id, { name: a.name, new: true, role: a.role })
  const wanted = [...new Set(draft.statements.map((s) => s.record.speaker).filter((id) => id !== '' && !names.has(id)))]
  if (wanted.length > 0) {
    const rows = await db.prepare('SELECT id, name, role FROM actors WHERE id IN (SELECT value FROM json_each(?))').bind(JSON.stringify(wanted)).all<{ id: string; name: string; role: string | null }>()
    for (const r of rows.results) names.set(r.id, { name: r.name, new: false, role: r.role })
  }
  return names
}

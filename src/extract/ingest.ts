/**
 * Plans the ingest of one article into the dataset: the source record, the statements the
 * extractor finds, new actors (marked `new`), links to other sources' statements. Pure: it
 * takes the current records and returns the next ones plus a report; `scripts/ingest.ts`
 * does the file I/O. Curated records are never changed: where the extractor disagrees
 * with one, the plan keeps the record and reports a conflict.
 */
import { textSha256, slugify, sourceId, statementId, parseStatementId } from '../data/ids'
import { quotedSpans } from '../data/quoted-spans'
import type { NonStatement, Statement } from '../data/schema'
import type { Dataset } from '../data/types'
import { extractQuotes, type Person } from './extract'
import { findLinks, type Link } from './link'
import { FALLBACK_TOPIC, topicsFor } from './topics'

/** The whole dataset, as ingest reads and rewrites it. */
export type Records = Dataset

export interface IngestInput {
  text: string
  /** Where the text came from (e.g. "shared/seeds/003_….txt"), or null. */
  origin: string | null
  date?: string | null
  publisher?: string | null
  url?: string | null
  title?: string | null
}

export interface ReportRow {
  id: string
  status: 'new' | 'same' | 'conflict'
  kind: string
  speaker: string
  conduit: string | null
  text: string
  rule: string
  confidence: number
}

export interface ReviewQuote {
  start: number
  text: string
  kind: 'direct' | 'partial'
  /** Names of the persons the rules considered. */
  candidates: string[]
  conduit: string | null
  rule: string
}

export interface IngestPlan {
  sourceId: string
  records: Records
  /** Ids of records added, by file. */
  added: { sources: string[]; actors: string[]; statements: string[]; utterances: string[]; topics: string[]; nonStatements: NonStatement[] }
  rows: ReportRow[]
  /**
   * Quotations whose speaker the extractor could not decide: not statements, recorded as
   * non-statements ("speaker unknown, to review") with the persons the rules considered.
   */
  review: ReviewQuote[]
  links: Link[]
  conflicts: string[]
  notes: string[]
}

const DATE_LINE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/

/**
 * The date of an article: the flag, else the text's own leading "date YYYY-MM-DD" line.
 * @example articleDate(' date 2025-02-26 In a major shift…', null) // { date: '2025-02-26', basis: … }
 */
export function articleDate(text: string, flag: string | null | undefined): { date: string | null; basis: string | null } {
  const own = DATE_LINE.exec(text)?.[1] ?? null
  if (flag) return { date: flag, basis: own && own !== flag ? `Given on the command line (--date); the text's own line says ${own}.` : 'Given on the command line (--date).' }
  if (own) return { date: own, basis: `The text’s own first line: “date ${own}”.` }
  return { date: null, basis: null }
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('. ', start)) + 1
  const stop = text.indexOf('\n', end)
  return text.slice(from, stop < 0 ? text.length : stop)
}

/**
 * Plans the ingest of `input` into `current`.
 * @example const plan = await planIngest(records, { text, origin: 'shared/seeds/003.txt' })
 */
export async function planIngest(current: Records, input: IngestInput): Promise<IngestPlan> {
  const { text } = input
  const sha256 = textSha256(text)
  const conflicts: string[] = []
  const notes: string[] = []
  const added: IngestPlan['added'] = { sources: [], actors: [], statements: [], utterances: [], topics: [], nonStatements: [] }
  const records: Records = {
    ...current,
    sources: [...current.sources],
    texts: { ...current.texts },
    actors: [...current.actors],
    statements: [...current.statements],
    topics: [...current.topics],
    utterances: [...current.utterances],
    nonStatements: [...current.nonStatements],
  }

  // 1. The source: an already stored text keeps its id and metadata.
  const { date, basis } = articleDate(text, input.date)
  const stored = current.sources.find((s) => s.sha256 === sha256)
  const id = stored?.id ?? sourceId(date, sha256)
  if (stored) {
    if (stored.id !== sourceId(date, sha256)) notes.push(`The text is already stored as source ${stored.id}; its id and metadata are kept.`)
    for (const key of ['publisher', 'url', 'title', 'date'] as const) {
      const given = key === 'date' ? input.date : input[key]
      if (given != null && given !== stored[key]) conflicts.push(`source ${id}: ${key} is ${JSON.stringify(stored[key])}, the command line says ${JSON.stringify(given)}; kept as stored`)
    }
  } else {
    const clash = current.sources.find((s) => s.id === id)
    if (clash) throw new Error(`Source id ${id} is taken by a different text (sha256 ${clash.sha256}); the id scheme cannot tell them apart`)
    records.sources.push({
      id, title: input.title ?? null, publisher: input.publisher ?? null, url: input.url ?? null, date, dateBasis: basis,
      language: 'en', origin: input.origin, sha256,
    })
    records.texts[id] = text
    added.sources.push(id)
  }

  // 2. The quotes, with the actors the project knows.
  const extraction = extractQuotes(text, current.actors)
  const actorIdOf = (speaker: Person) => speaker.actorId ?? slugify(speaker.name)
  for (const person of extraction.speakers) {
    const actorId = person.actorId ?? slugify(person.name)
    if (records.actors.some((a) => a.id === actorId)) continue
    const role = person.roles[0] ?? null
    records.actors.push({
      id: actorId, name: person.name, role: role?.role ?? null,
      roleEvidence: person.roles.map((r) => ({ source: id, start: r.start, text: r.text })),
      names: person.names, kind: 'person', new: true,
    })
    added.actors.push(actorId)
  }

  // 3. Statements: curated ones at the same offset are kept; new ones get the next ids.
  const existing = current.statements.filter((s) => s.source === id && s.kind !== 'paraphrase')
  const byStart = new Map(existing.map((s) => [s.start, s]))
  const taken = new Set(current.statements.filter((s) => s.source === id).map((s) => s.id))
  const hasCurated = existing.length > 0
  let nextFree = Math.max(0, ...existing.map((s) => parseStatementId(s.id)?.n ?? 0)) + 1
  const idOf: string[] = []
  const rows: ReportRow[] = []
  const fresh: Statement[] = []
  const review: ReviewQuote[] = []
  extraction.quotes.forEach((q, i) => {
    const curated = byStart.get(q.start)
    if (q.speaker === null) {
      // Never a guessed name: an unsure speaker leaves the quote to an editor.
      review.push({ start: q.start, text: q.text, kind: q.kind, candidates: q.candidates.map((p) => p.name), conduit: q.conduit, rule: q.rule })
      if (curated) conflicts.push(`statement ${curated.id}: curated speaker ${JSON.stringify(curated.speaker)}, extractor unsure; kept as curated`)
      if (curated) idOf[i] = curated.id
      return
    }
    const speaker = actorIdOf(q.speaker)
    const continues = q.continues === null ? null : idOf[q.continues] ?? null
    const row = { kind: q.kind, speaker, conduit: q.conduit, text: q.text, rule: q.rule, confidence: q.confidence }
    if (curated) {
      idOf[i] = curated.id
      const differences = (
        [
          ['text', curated.text, q.text],
          ['kind', curated.kind, q.kind],
          ['speaker', curated.speaker, speaker],
          ['conduit', curated.conduit, q.conduit],
          ['continues', curated.continues, continues],
        ] as const
      ).filter(([, a, b]) => a !== b)
      for (const [field, a, b] of differences) conflicts.push(`statement ${curated.id}: curated ${field} ${JSON.stringify(a)}, extractor ${JSON.stringify(b)}; kept as curated`)
      rows.push({ id: curated.id, status: differences.length ? 'conflict' : 'same', ...row })
      return
    }
    const declined = current.nonStatements.find((n) => n.source === id && n.start === q.start)
    if (declined) {
      conflicts.push(`quotation at ${q.start} (${JSON.stringify(q.text.slice(0, 40))}): the extractor attributes it to ${speaker}, the curated data lists it as not a statement (${declined.reason}); kept as curated`)
      rows.push({ id: '-', status: 'conflict', ...row })
      return
    }
    let sid = statementId(id, q.kind, i + 1)
    if (hasCurated || taken.has(sid)) {
      while (taken.has(statementId(id, q.kind, nextFree))) nextFree++
      sid = statementId(id, q.kind, nextFree++)
      notes.push(`statement ${sid}: found by the extractor but not among the curated statements of ${id}; added for review`)
    }
    taken.add(sid)
    idOf[i] = sid
    const context = sentenceAround(text, q.start, q.start + q.text.length)
    const head = q.continues === null ? undefined : fresh.find((s) => s.id === continues)
    let topics = topicsFor(q.text, context, records.topics)
    if (topics.length === 0 && head) topics = head.topics
    if (topics.length === 0) {
      if (!records.topics.some((t) => t.id === FALLBACK_TOPIC.id)) {
        records.topics.push(FALLBACK_TOPIC)
        added.topics.push(FALLBACK_TOPIC.id)
      }
      topics = [FALLBACK_TOPIC.id]
    }
    const statement: Statement = {
      id: sid, speaker, kind: q.kind, text: q.text, source: id, start: q.start, attribution: q.attribution,
      conduit: q.conduit, occasion: null, topics, continues, note: null,
    }
    fresh.push(statement)
    records.statements.push(statement)
    added.statements.push(sid)
    rows.push({ id: sid, status: 'new', ...row })
  })
  const found = new Set(extraction.quotes.map((q) => q.start))
  for (const s of existing) if (!found.has(s.start)) notes.push(`statement ${s.id}: curated, not found by the extractor (${JSON.stringify(s.text.slice(0, 40))}); kept`)

  // 4. Every quoted span the data check sees must be a statement or explained as not one.
  const rejectedAt = new Map(extraction.rejected.map((r) => [r.start, r]))
  const reviewAt = new Map(review.map((r) => [r.start, r]))
  for (const span of quotedSpans(text)) {
    const same = (x: { source: string; start: number; text: string }) => x.source === id && x.start === span.start && x.text === span.text
    if (records.statements.some(same) || records.nonStatements.some(same)) continue
    const covering = records.statements.find((s) => s.source === id && s.start < span.start && span.start < s.start + s.text.length)
    const unsure = reviewAt.get(span.start)
    const reason = covering
      ? `The closing paragraph of a quotation running over several paragraphs, recorded whole as statement ${covering.id}.`
      : unsure
        ? `Speaker unknown, to review${unsure.candidates.length ? ` (candidates: ${unsure.candidates.join(', ')})` : ''}.`
        : rejectedAt.get(span.start)?.reason ?? 'The extractor did not read these marks as a quotation; to be checked by hand.'
    const n: NonStatement = { source: id, start: span.start, text: span.text, reason: reason.charAt(0).toUpperCase() + reason.slice(1) }
    records.nonStatements.push(n)
    added.nonStatements.push(n)
  }

  // 5. Links to the same utterance in other sources.
  const links = findLinks(fresh, records.statements)
  for (const link of links) {
    const home = records.utterances.find((u) => u.statements.some((s) => link.b.includes(s)))
    if (home) {
      const missing = link.a.filter((s) => !home.statements.includes(s))
      if (missing.length === 0) continue
      const i = records.utterances.indexOf(home)
      records.utterances[i] = { ...home, statements: [...home.statements, ...missing] }
      conflicts.push(`utterance ${home.id}: would gain ${missing.join(', ')} (shared wording “${link.shared}”); left unchanged, add by hand after review`)
      continue
    }
    const speaker = records.statements.find((s) => s.id === link.a[0])!.speaker
    const base = slugify(`${speaker} ${link.shared.split(' ').slice(0, 5).join(' ')}`)
    let uid = base
    for (let n = 2; records.utterances.some((u) => u.id === uid); n++) uid = `${base}-${n}`
    const diff = link.onlyA.length || link.onlyB.length ? ` Wording differs: only in ${link.a[0]}: “${link.onlyA.join(' ')}”; only in ${link.b[0]}: “${link.onlyB.join(' ')}”.` : ''
    records.utterances.push({
      id: uid, statements: [...link.b, ...link.a], confidence: link.confidence,
      note: `Found by ingest (unreviewed): shared wording “${link.shared}”.${diff}`,
    })
    added.utterances.push(uid)
  }
  // Links into an existing utterance are reported, not applied: that would change a curated record.
  records.utterances = records.utterances.map((u) => current.utterances.find((c) => c.id === u.id) ?? u)

  return { sourceId: id, records, added, rows, review, links, conflicts, notes }
}

/**
 * Records ↔ rows: the one mapping between the data format (`data/*.json`, src/data/schema.ts)
 * and the D1 tables (migrations/). Field order follows the schema, so a record read back
 * serializes exactly as it was written.
 */
import type { Actor, NonStatement, Position, SourceMeta, Statement, Topic, Utterance } from '../data/schema'

type Row = Record<string, unknown>

const str = (v: unknown): string => String(v)
const opt = (v: unknown): string | null => (v === null || v === undefined ? null : String(v))
const num = (v: unknown): number => Number(v)
const json = <T>(v: unknown): T => JSON.parse(String(v)) as T

export function sourceOf(r: Row): SourceMeta {
  return {
    id: str(r.id), title: opt(r.title), publisher: opt(r.publisher), url: opt(r.url), date: opt(r.date),
    dateBasis: opt(r.date_basis), language: str(r.language), origin: opt(r.origin), sha256: str(r.sha256),
  }
}

export function actorOf(r: Row): Actor {
  const actor: Actor = {
    id: str(r.id), name: str(r.name), role: opt(r.role), roleEvidence: json(r.role_evidence), names: json(r.names),
    kind: str(r.kind) as Actor['kind'],
  }
  if (r.is_new !== null && r.is_new !== undefined) actor.new = Boolean(r.is_new)
  return actor
}

export function topicOf(r: Row): Topic {
  return { id: str(r.id), name: str(r.name), description: str(r.description) }
}

export function statementOf(r: Row): Statement {
  return {
    id: str(r.id), speaker: str(r.speaker), kind: str(r.kind) as Statement['kind'], text: str(r.text), source: str(r.source),
    start: num(r.start), attribution: str(r.attribution), conduit: opt(r.conduit), occasion: opt(r.occasion),
    topics: json(r.topics), continues: opt(r.continues), note: opt(r.note),
  }
}

export function positionOf(r: Row): Position {
  return { actor: str(r.actor), topic: str(r.topic), summary: str(r.summary), evidence: json(r.evidence) }
}

export function utteranceOf(r: Row): Utterance {
  return { id: str(r.id), statements: json(r.statements), confidence: str(r.confidence) as Utterance['confidence'], note: str(r.note) }
}

export function nonStatementOf(r: Row): NonStatement {
  return { source: str(r.source), start: num(r.start), text: str(r.text), reason: str(r.reason) }
}

/**
 * Bulk inserts: one statement per table and up to ~1 MB of records, the records passed as one JSON
 * parameter and unpacked by `json_each` — few statements per write (D1 bills and limits per
 * statement, and each is a round trip through wrangler's proxy), and no limit on bound parameters.
 * New rows go last, in the order given (`ord` continues from the table's largest).
 */
const J = (path: string) => `json_extract(r.value, '$.${path}')`
const ORD = (table: string) => `(SELECT coalesce(max(ord), 0) FROM ${table}) + r.key + 1`
const ROWS = 'FROM json_each(?1) r'

export const BULK = {
  sources: `INSERT INTO sources (id, ord, title, publisher, url, date, date_basis, language, origin, sha256, length) SELECT ${J('id')}, ${ORD('sources')}, ${J('title')}, ${J('publisher')}, ${J('url')}, ${J('date')}, ${J('dateBasis')}, ${J('language')}, ${J('origin')}, ${J('sha256')}, ${J('length')} ${ROWS}`,
  sourceTexts: `INSERT INTO source_texts (source, text) SELECT ${J('id')}, ${J('text')} ${ROWS}`,
  actors: `INSERT INTO actors (id, ord, name, role, role_evidence, names, kind, is_new) SELECT ${J('id')}, ${ORD('actors')}, ${J('name')}, ${J('role')}, json(${J('roleEvidence')}), json(${J('names')}), ${J('kind')}, CASE ${J('new')} WHEN 1 THEN 1 WHEN 0 THEN 0 ELSE NULL END ${ROWS}`,
  actorNames: `INSERT OR IGNORE INTO actor_names (name, actor) SELECT n.value, ${J('id')} FROM json_each(?1) r, json_each(${J('mentionNames')}) n`,
  topics: `INSERT INTO topics (id, ord, name, description) SELECT ${J('id')}, ${ORD('topics')}, ${J('name')}, ${J('description')} ${ROWS}`,
  statements: `INSERT INTO statements (id, ord, source, start, speaker, kind, text, attribution, conduit, occasion, topics, continues, note) SELECT ${J('id')}, ${ORD('statements')}, ${J('source')}, ${J('start')}, ${J('speaker')}, ${J('kind')}, ${J('text')}, ${J('attribution')}, ${J('conduit')}, ${J('occasion')}, json(${J('topics')}), ${J('continues')}, ${J('note')} ${ROWS}`,
  statementTopics: `INSERT INTO statement_topics (statement, topic) SELECT ${J('id')}, t.value FROM json_each(?1) r, json_each(${J('topics')}) t`,
  positions: `INSERT INTO positions (actor, topic, ord, summary, evidence) SELECT ${J('actor')}, ${J('topic')}, ${ORD('positions')}, ${J('summary')}, json(${J('evidence')}) ${ROWS}`,
  positionEvidence: `INSERT INTO position_evidence (actor, topic, statement) SELECT ${J('actor')}, ${J('topic')}, e.value FROM json_each(?1) r, json_each(${J('evidence')}) e`,
  utterances: `INSERT INTO utterances (id, ord, statements, confidence, note) SELECT ${J('id')}, ${ORD('utterances')}, json(${J('statements')}), ${J('confidence')}, ${J('note')} ${ROWS}`,
  utteranceStatements: `INSERT INTO utterance_statements (statement, utterance) SELECT m.value, ${J('id')} FROM json_each(?1) r, json_each(${J('statements')}) m`,
  nonStatements: `INSERT INTO non_statements (source, start, ord, text, reason) SELECT ${J('source')}, ${J('start')}, ${ORD('non_statements')}, ${J('text')}, ${J('reason')} ${ROWS}`,
  /** The statements given (`{ id, speaker, candidates }`) that name an actor other than their speaker. */
  mentionsBy: `INSERT OR IGNORE INTO mentions (actor, statement) SELECT an.actor, ${J('id')} FROM json_each(?1) r, json_each(${J('candidates')}) c JOIN actor_names an ON an.name = c.value WHERE an.actor <> ${J('speaker')}`,
  /** Statements already stored that name a new actor (`{ id, names }`): a scan per write that adds actors. */
  mentionsOf: `INSERT OR IGNORE INTO mentions (actor, statement) SELECT ${J('id')}, s.id FROM json_each(?1) r, json_each(${J('names')}) n, statements s WHERE s.speaker <> ${J('id')} AND instr(s.text, n.value) > 0`,
} as const

/** Splits records into runs whose JSON stays under `bytes` (D1 takes up to 2 MB a value). */
export function runs<T>(records: readonly T[], bytes = 900_000): T[][] {
  const out: T[][] = []
  let run: T[] = []
  let size = 0
  for (const r of records) {
    const n = JSON.stringify(r).length * 2
    if (run.length > 0 && size + n > bytes) {
      out.push(run)
      run = []
      size = 0
    }
    run.push(r)
    size += n
  }
  if (run.length > 0) out.push(run)
  return out
}

/**
 * Every run of one to five words of `text` that starts with a capital letter: the candidates for
 * an actor's name, looked up in `actor_names` (a name is matched whole, at word boundaries).
 * @example nameCandidates('Putin’s war, Starmer said') // ['Putin', 'Putin war', …, 'Starmer', 'Starmer said']
 */
export function nameCandidates(text: string): string[] {
  const words = text.match(/[\p{L}\p{M}\p{N}.-]+/gu) ?? []
  const out = new Set<string>()
  words.forEach((w, i) => {
    if (!/^\p{Lu}/u.test(w)) return
    for (let n = 1; n <= 5 && i + n <= words.length; n++) out.add(words.slice(i, i + n).join(' ').replace(/[.]+$/, ''))
  })
  return [...out]
}

/**
 * The names of an actor that count as a mention when another speaker's words contain them:
 * capitalised names only ("Putin", not "the president").
 */
export function mentionNames(actor: Actor): string[] {
  return actor.names.filter((n) => /^[A-Z]/.test(n))
}

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

/** `(SELECT coalesce(max(ord), 0) + 1 FROM t)`: new rows go last, in the order they are inserted. */
const next = (table: string) => `(SELECT coalesce(max(ord), 0) + 1 FROM ${table})`

/** The statements that insert one record of each kind, as `[sql, params]`. */
export const insert = {
  source: (s: SourceMeta, text: string): [string, unknown[]][] => [
    [
      `INSERT INTO sources (id, ord, title, publisher, url, date, date_basis, language, origin, sha256, length) VALUES (?, ${next('sources')}, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [s.id, s.title, s.publisher, s.url, s.date, s.dateBasis, s.language, s.origin, s.sha256, text.length],
    ],
    ['INSERT INTO source_texts (source, text) VALUES (?, ?)', [s.id, text]],
  ],
  actor: (a: Actor): [string, unknown[]][] => [
    [
      `INSERT INTO actors (id, ord, name, role, role_evidence, names, kind, is_new) VALUES (?, ${next('actors')}, ?, ?, ?, ?, ?, ?)`,
      [a.id, a.name, a.role, JSON.stringify(a.roleEvidence), JSON.stringify(a.names), a.kind, a.new === undefined ? null : a.new ? 1 : 0],
    ],
  ],
  topic: (t: Topic): [string, unknown[]][] => [
    [`INSERT INTO topics (id, ord, name, description) VALUES (?, ${next('topics')}, ?, ?)`, [t.id, t.name, t.description]],
  ],
  statement: (s: Statement): [string, unknown[]][] => [
    [
      `INSERT INTO statements (id, ord, source, start, speaker, kind, text, attribution, conduit, occasion, topics, continues, note) VALUES (?, ${next('statements')}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [s.id, s.source, s.start, s.speaker, s.kind, s.text, s.attribution, s.conduit, s.occasion, JSON.stringify(s.topics), s.continues, s.note],
    ],
    ['INSERT INTO statement_topics (statement, topic) SELECT ?, value FROM json_each(?)', [s.id, JSON.stringify(s.topics)]],
  ],
  position: (p: Position): [string, unknown[]][] => [
    [`INSERT INTO positions (actor, topic, ord, summary, evidence) VALUES (?, ?, ${next('positions')}, ?, ?)`, [p.actor, p.topic, p.summary, JSON.stringify(p.evidence)]],
    ['INSERT INTO position_evidence (actor, topic, statement) SELECT ?, ?, value FROM json_each(?)', [p.actor, p.topic, JSON.stringify(p.evidence)]],
  ],
  utterance: (u: Utterance): [string, unknown[]][] => [
    [`INSERT INTO utterances (id, ord, statements, confidence, note) VALUES (?, ${next('utterances')}, ?, ?, ?)`, [u.id, JSON.stringify(u.statements), u.confidence, u.note]],
    ['INSERT INTO utterance_statements (statement, utterance) SELECT value, ? FROM json_each(?)', [u.id, JSON.stringify(u.statements)]],
  ],
  nonStatement: (n: NonStatement): [string, unknown[]][] => [
    [`INSERT INTO non_statements (source, start, ord, text, reason) VALUES (?, ?, ${next('non_statements')}, ?, ?)`, [n.source, n.start, n.text, n.reason]],
  ],
}

/**
 * The names of an actor that count as a mention when another speaker's words contain them:
 * capitalised names only ("Putin", not "the president").
 */
export function mentionNames(actor: Actor): string[] {
  return actor.names.filter((n) => /^[A-Z]/.test(n))
}

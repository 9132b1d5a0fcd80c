/**
 * Indexes over the validated dataset: lookups by id and the relations the API serves
 * (an actor's statements and positions, a topic's positions, a statement's utterance).
 * Pure: built once from a Dataset, no I/O.
 */
import { attributionChain, type AttributionChain } from './attribution'
import type { Actor, Position, SourceMeta, Statement, Topic, Utterance } from './schema'
import type { Correction, Dataset } from './types'

export interface StatementFilter {
  actor?: string | undefined
  topic?: string | undefined
  source?: string | undefined
  kind?: Statement['kind'] | undefined
}

export interface Store {
  readonly data: Dataset
  /** A short hash of every record and text: changes whenever the data does. */
  readonly version: string
  actor(id: string): Actor | undefined
  statement(id: string): Statement | undefined
  topic(id: string): Topic | undefined
  source(id: string): SourceMeta | undefined
  text(sourceId: string): string | undefined
  statements(filter?: StatementFilter): Statement[]
  positionsOf(actorId: string): Position[]
  positionsOn(topicId: string): Position[]
  utteranceOf(statementId: string): Utterance | undefined
  continuationOf(statementId: string): Statement | undefined
  /** Statements by others whose words name the actor: what others say about them. */
  mentionsOf(actorId: string): Statement[]
  chain(statement: Statement): AttributionChain
  /** Published corrections of a statement, oldest first. */
  corrections(statementId: string): Correction[]
}

/** FNV-1a, 64-bit: a stable, synchronous fingerprint of the data (not a security hash). */
export function fingerprint(text: string): string {
  let hash = 0xcbf29ce484222325n
  const prime = 0x100000001b3n
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i))
    hash = (hash * prime) & 0xffffffffffffffffn
  }
  return hash.toString(16).padStart(16, '0')
}

/**
 * Indexes a dataset. `version` names the data it comes from (the store's data version when the
 * dataset is a slice of it); by default it is the dataset's own fingerprint.
 */
export function createStore(data: Dataset, version?: string): Store {
  const actors = new Map(data.actors.map((a) => [a.id, a]))
  const statements = new Map(data.statements.map((s) => [s.id, s]))
  const topics = new Map(data.topics.map((t) => [t.id, t]))
  const sources = new Map(data.sources.map((s) => [s.id, s]))
  const utteranceByStatement = new Map<string, Utterance>()
  for (const u of data.utterances) for (const id of u.statements) utteranceByStatement.set(id, u)
  const continuation = new Map<string, Statement>()
  for (const s of data.statements) if (s.continues) continuation.set(s.continues, s)
  // Statements in reading order: sources as listed in data/sources.json, then by offset.
  const sourceOrder = new Map(data.sources.map((s, i) => [s.id, i]))
  const ordered = [...data.statements].sort(
    (a, b) => (sourceOrder.get(a.source) ?? 0) - (sourceOrder.get(b.source) ?? 0) || a.start - b.start,
  )
  version ??= fingerprint(JSON.stringify({ ...data, texts: Object.entries(data.texts).sort() }))

  return {
    data,
    version: version as string,
    actor: (id) => actors.get(id),
    statement: (id) => statements.get(id),
    topic: (id) => topics.get(id),
    source: (id) => sources.get(id),
    text: (id) => data.texts[id],
    statements: (f = {}) =>
      ordered.filter(
        (s) =>
          (f.actor === undefined || s.speaker === f.actor) &&
          (f.topic === undefined || s.topics.includes(f.topic)) &&
          (f.source === undefined || s.source === f.source) &&
          (f.kind === undefined || s.kind === f.kind),
      ),
    positionsOf: (id) => data.positions.filter((p) => p.actor === id),
    positionsOn: (id) => data.positions.filter((p) => p.topic === id),
    utteranceOf: (id) => utteranceByStatement.get(id),
    continuationOf: (id) => continuation.get(id),
    mentionsOf: (id) => {
      const actor = actors.get(id)
      if (!actor) return []
      const names = actor.names.filter((n) => /^[A-Z]/.test(n))
      return ordered.filter((s) => s.speaker !== id && names.some((n) => s.text.includes(n)))
    },
    corrections: (id) => data.corrections?.[id] ?? [],
    chain: (s) => {
      const speaker = actors.get(s.speaker)
      const source = sources.get(s.source)
      // validateData guarantees both; a miss here is a programming error, not bad input.
      if (!speaker || !source) throw new Error(`statement "${s.id}" has an unknown speaker or source`)
      return attributionChain(s, speaker, source)
    },
  }
}

/**
 * What a share page shows, as plain data: every statement on it with its attribution chain,
 * source, utterance, continuation, corrections and (for a partial quotation) the sentence it
 * stands in; the names of the actors and topics it links to; the positions it lists. Built by
 * the read layer from a store slice; the page templates (src/pages) receive only this.
 */
import type { AttributionChain } from '../data/attribution'
import type { Actor, Position, SourceMeta, Statement, Topic, Utterance } from '../data/schema'
import type { Store } from '../data/store'
import type { Correction } from '../data/types'
import type { CardKind } from '../card/kinds'

export interface StatementView {
  statement: Statement
  chain: AttributionChain
  source: SourceMeta | null
  utterance: Utterance | null
  continuedBy: string | null
  corrections: Correction[]
  /** A partial quotation in the article's sentence; null for other kinds. */
  context: { before: string; quoted: string; after: string } | null
}

export interface PageData {
  /** Every statement the page shows, by id. */
  statements: Record<string, StatementView>
  actors: Record<string, Actor>
  topics: Record<string, Topic>
  /** The actor's positions (actor page) or every position on the topic (topic page). */
  positions: Position[]
}

/**
 * The sentence of the source around [start, end), for showing a partial quotation
 * where the article put it. Splits on ". ", "! ", "? " and line breaks.
 * @example sentenceAround('He called it a “backstop” for peace.', 17, 25) // { before: 'He called it a “', quoted: 'backstop', after: '” for peace.' }
 */
export function sentenceAround(text: string, start: number, end: number): { before: string; quoted: string; after: string } {
  const boundary = /[.!?]["”’]?\s|\n/g
  let from = 0
  for (const m of text.slice(0, start).matchAll(boundary)) from = m.index + m[0].length
  boundary.lastIndex = 0
  const rest = text.slice(end)
  const next = boundary.exec(rest)
  const to = next ? end + next.index + next[0].trimEnd().length : text.length
  return { before: text.slice(from, start), quoted: text.slice(start, end), after: text.slice(end, to) }
}

/**
 * @example pageData(store, 'actor', 'keir-starmer', described.statements).positions[0]?.topic // 'security-guarantees'
 */
export function pageData(store: Store, kind: CardKind, id: string, statements: readonly Statement[]): PageData {
  const positions = kind === 'actor' ? store.positionsOf(id) : kind === 'topic' ? store.positionsOn(id) : []
  const views: Record<string, StatementView> = {}
  for (const s of statements) {
    views[s.id] = {
      statement: s,
      chain: store.chain(s),
      source: store.source(s.source) ?? null,
      utterance: store.utteranceOf(s.id) ?? null,
      continuedBy: store.continuationOf(s.id)?.id ?? null,
      corrections: store.corrections(s.id),
      context: s.kind === 'partial' ? sentenceAround(store.text(s.source) ?? '', s.start, s.start + s.text.length) : null,
    }
  }
  const actorIds = new Set([...statements.map((s) => s.speaker), ...positions.map((p) => p.actor), ...(kind === 'actor' ? [id] : [])])
  const topicIds = new Set([...statements.flatMap((s) => s.topics), ...positions.map((p) => p.topic), ...(kind === 'topic' ? [id] : [])])
  const pick = <T>(ids: Set<string>, get: (id: string) => T | undefined) => Object.fromEntries([...ids].flatMap((x) => (get(x) ? [[x, get(x)!]] : []))) as Record<string, T>
  return { statements: views, actors: pick(actorIds, store.actor), topics: pick(topicIds, store.topic), positions }
}

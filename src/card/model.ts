/**
 * What a card says, before any layout: plain data read from the store. Every card kind has a
 * model; templates draw models, alt texts read them, and PNG provenance lists their ids.
 *
 * Quotes on cards are only direct or partial quotations — the speaker's own words between
 * quotation marks in the source. A paraphrase is the writer's sentence and is never drawn
 * as a quote; a quote card for a paraphrase shows it as the article's words.
 */
import { creditLine, sourceLabel } from '../data/attribution'
import type { Statement } from '../data/schema'
import type { Store } from '../data/store'
import { PIECE_JOIN } from './fit'
import type { CardKind } from './kinds'

export { CARD_KINDS, type CardKind } from './kinds'
export { KIND_SEGMENT, kindOfSegment } from '../urls'

/** One quotation as cards show it: verbatim pieces (a quote split around its attribution) in order. */
export interface CardQuote {
  statements: string[]
  pieces: string[]
  /** The pieces joined with " … ": the whole quotation as drawn when it fits. */
  text: string
  kind: 'direct' | 'partial'
  speaker: string
  speakerName: string
  /** creditLine() of the first piece, e.g. "Keir Starmer, quoted by The Telegraph". */
  credit: string
  source: string
  date: string | null
  topics: string[]
}

export interface CardSource {
  id: string
  /** sourceLabel(): title, publisher ("publisher unknown" when unknown) and date. */
  label: string
}

export interface ActorCardModel {
  kind: 'actor'
  id: string
  name: string
  role: string | null
  positions: { topic: string; topicName: string; summary: string }[]
  /** Ranked by strongestQuotes(): the template draws as many as fit, from the first. */
  quotes: CardQuote[]
  /** Quotations by others that name the actor — shown when the actor has no words of their own. */
  mentions: CardQuote[]
  statementCount: number
  topics: { id: string; name: string }[]
  date: string | null
  sources: CardSource[]
}

export interface QuoteCardModel {
  kind: 'quote'
  id: string
  statementKind: Statement['kind']
  /** The statement's text, verbatim. For a paraphrase: the writer's sentence, not the speaker's words. */
  text: string
  speaker: string
  speakerName: string
  role: string | null
  credit: string
  conduit: string | null
  occasion: string | null
  date: string | null
  source: CardSource
  topics: { id: string; name: string }[]
  /** The date of the latest correction, when the statement was corrected (absent otherwise, so uncorrected cards keep their hash). */
  corrected?: string
}

export interface TopicCardModel {
  kind: 'topic'
  id: string
  name: string
  description: string
  entries: { actor: string; name: string; role: string | null; summary: string; quote: CardQuote | null }[]
  date: string | null
  sources: CardSource[]
}

export type CardModel = ActorCardModel | QuoteCardModel | TopicCardModel

/** A statement with the continuations that follow it (a quote split around "he said"). */
function quoteUnit(store: Store, head: Statement): CardQuote | null {
  if (head.kind === 'paraphrase') return null
  const parts: Statement[] = [head]
  for (let next = store.continuationOf(head.id); next && next.kind !== 'paraphrase' && next.speaker === head.speaker; next = store.continuationOf(next.id))
    parts.push(next)
  const chain = store.chain(head)
  return {
    statements: parts.map((p) => p.id),
    pieces: parts.map((p) => p.text),
    text: parts.map((p) => p.text).join(PIECE_JOIN),
    kind: parts.every((p) => p.kind === 'direct') ? 'direct' : 'partial',
    speaker: head.speaker,
    speakerName: chain.speaker.name,
    credit: creditLine(chain),
    source: head.source,
    date: store.source(head.source)?.date ?? null,
    topics: [...new Set(parts.flatMap((p) => p.topics))],
  }
}

/** Quotation units among `statements`: a continuation belongs to its head when the head is among them. */
function quoteUnits(store: Store, statements: readonly Statement[]): CardQuote[] {
  const units: CardQuote[] = []
  const given = new Set(statements.map((s) => s.id))
  for (const s of statements) {
    const head = s.continues ? store.statement(s.continues) : undefined
    if (head && given.has(head.id) && head.kind !== 'paraphrase' && head.speaker === s.speaker) continue
    const unit = quoteUnit(store, s)
    if (unit) units.push(unit)
  }
  return units
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => w !== '' && w !== '…').length

/**
 * The rule for "strongest quotes", deterministic:
 * 1. candidates are direct and partial quotations only (never paraphrases), continuations joined;
 * 2. ranked by: evidence of one of the positions shown (first) › wholly direct › a substantive
 *    length (8–35 words best, then longer, fragments under 4 words last) › more words ›
 *    reading order (sources as listed, then offset);
 * 3. picked greedily, first those that add a topic not yet covered, then the rest;
 * 4. never two reports of the same utterance (the first-ranked report stands for it);
 * 5. fragments under 4 words are left out when any longer quotation remains.
 * @example
 * strongestQuotes(store, store.statements({ actor: 'keir-starmer' }), evidence)[0].statements
 * // ['ca7c55e2-q08', 'ca7c55e2-q09']
 */
export function strongestQuotes(store: Store, statements: readonly Statement[], evidence: ReadonlySet<string>): CardQuote[] {
  const order = new Map(statements.map((s, i) => [s.id, i]))
  const tier = (words: number) => (words < 4 ? 0 : words >= 8 && words <= 35 ? 2 : 1)
  const scored = quoteUnits(store, statements).map((q) => {
    const words = wordCount(q.text)
    return { q, key: [q.statements.some((id) => evidence.has(id)) ? 1 : 0, q.kind === 'direct' ? 1 : 0, tier(words), words] }
  })
  scored.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!
    return (order.get(a.q.statements[0]!) ?? 0) - (order.get(b.q.statements[0]!) ?? 0)
  })
  const picked: CardQuote[] = []
  const utterances = new Set<string>()
  const covered = new Set<string>()
  const sameUtterance = (q: CardQuote) => q.statements.some((id) => utterances.has(store.utteranceOf(id)?.id ?? `\0${id}`))
  const take = (q: CardQuote) => {
    picked.push(q)
    for (const id of q.statements) utterances.add(store.utteranceOf(id)?.id ?? `\0${id}`)
    for (const t of q.topics) covered.add(t)
  }
  for (const { q } of scored) if (!sameUtterance(q) && q.topics.some((t) => !covered.has(t))) take(q)
  for (const { q } of scored) if (!picked.includes(q) && !sameUtterance(q)) take(q)
  // A fragment of one to three words ("backstop") stands alone only when there is nothing else.
  const substantive = picked.filter((q) => wordCount(q.text) >= 4)
  return substantive.length > 0 ? substantive : picked
}

function sourcesOf(store: Store, ids: Iterable<string>): CardSource[] {
  const wanted = new Set(ids)
  return store.data.sources
    .filter((s) => wanted.has(s.id))
    .map((s) => ({ id: s.id, label: sourceLabel({ id: s.id, publisher: s.publisher, title: s.title, date: s.date }) }))
}

function latestDate(dates: (string | null)[]): string | null {
  const known = dates.filter((d): d is string => d !== null).sort()
  return known[known.length - 1] ?? null
}

export function actorCardModel(store: Store, id: string): ActorCardModel | undefined {
  const actor = store.actor(id)
  if (!actor) return undefined
  const statements = store.statements({ actor: id })
  const positions = store.positionsOf(id)
  const evidence = new Set(positions.flatMap((p) => p.evidence))
  const quotes = strongestQuotes(store, statements, evidence)
  const mentions = quoteUnits(store, store.mentionsOf(id))
  const shown = [...statements, ...store.mentionsOf(id)]
  const topicIds = [...new Set([...positions.map((p) => p.topic), ...statements.flatMap((s) => s.topics)])]
  return {
    kind: 'actor',
    id,
    name: actor.name,
    role: actor.role,
    positions: positions.map((p) => ({ topic: p.topic, topicName: store.topic(p.topic)?.name ?? p.topic, summary: p.summary })),
    quotes,
    mentions,
    statementCount: statements.length,
    topics: topicIds.map((t) => ({ id: t, name: store.topic(t)?.name ?? t })),
    date: latestDate(shown.map((s) => store.source(s.source)?.date ?? null)),
    sources: sourcesOf(store, shown.map((s) => s.source)),
  }
}

export function quoteCardModel(store: Store, id: string): QuoteCardModel | undefined {
  const s = store.statement(id)
  if (!s) return undefined
  const chain = store.chain(s)
  const [source] = sourcesOf(store, [s.source])
  const corrected = store.corrections(id).at(-1)?.date
  return {
    ...(corrected ? { corrected } : {}),
    kind: 'quote',
    id,
    statementKind: s.kind,
    text: s.text,
    speaker: s.speaker,
    speakerName: chain.speaker.name,
    role: chain.speaker.role,
    credit: creditLine(chain),
    conduit: s.conduit,
    occasion: s.occasion,
    date: chain.source.date,
    source: source ?? { id: s.source, label: sourceLabel(chain.source) },
    topics: s.topics.map((t) => ({ id: t, name: store.topic(t)?.name ?? t })),
  }
}

export function topicCardModel(store: Store, id: string): TopicCardModel | undefined {
  const topic = store.topic(id)
  if (!topic) return undefined
  const entries = store.positionsOn(id).map((p) => {
    const actor = store.actor(p.actor)
    const evidence = p.evidence.flatMap((e) => store.statement(e) ?? [])
    const [quote] = strongestQuotes(store, evidence, new Set(p.evidence))
    return { actor: p.actor, name: actor?.name ?? p.actor, role: actor?.role ?? null, summary: p.summary, quote: quote ?? null }
  })
  const used = store.positionsOn(id).flatMap((p) => p.evidence.flatMap((e) => store.statement(e) ?? []))
  return {
    kind: 'topic',
    id,
    name: topic.name,
    description: topic.description,
    entries,
    date: latestDate(used.map((s) => store.source(s.source)?.date ?? null)),
    sources: sourcesOf(store, used.map((s) => s.source)),
  }
}

/**
 * The model of one card, or undefined when no record has that id.
 * @example
 * cardModel(store, 'quote', 'ca7c55e2-q08')?.credit // "Keir Starmer, quoted by The Telegraph"
 */
export function cardModel(store: Store, kind: CardKind, id: string): CardModel | undefined {
  if (kind === 'actor') return actorCardModel(store, id)
  if (kind === 'quote') return quoteCardModel(store, id)
  return topicCardModel(store, id)
}

/** Every statement id and source id a model draws on: the PNG's provenance. */
export function modelProvenance(model: CardModel): { statements: string[]; sources: string[] } {
  if (model.kind === 'quote') return { statements: [model.id], sources: [model.source.id] }
  if (model.kind === 'topic')
    return { statements: model.entries.flatMap((e) => e.quote?.statements ?? []), sources: model.sources.map((s) => s.id) }
  return { statements: [...model.quotes, ...model.mentions].flatMap((q) => q.statements), sources: model.sources.map((s) => s.id) }
}

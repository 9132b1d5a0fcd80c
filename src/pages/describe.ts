/**
 * What a share page says about its record, in words: title, description, who is
 * quoted, and which statements it shows. Pure: store in, plain data out. The HTML,
 * the meta tags, the JSON-LD and oEmbed all read from here, so they cannot disagree.
 *
 * Nothing is invented: a paraphrase is labelled as the writer's words, an actor with
 * no words of their own is said to have none, and an unknown publisher stays unknown.
 */
import { chainSentence, creditLine } from '../data/attribution'
import type { Statement } from '../data/schema'
import type { Store } from '../data/store'
import type { CardKind } from '../urls'

export interface Described {
  kind: CardKind
  id: string
  title: string
  description: string
  /** Whose words the card and page quote (for oEmbed's author_name). */
  speakers: string[]
  /** The statements the page shows, in source order. */
  statements: Statement[]
  /** Set when the statements are not the record's own words (an actor who is only mentioned). */
  mentionsOnly: boolean
}

/** Shortens at a word boundary and marks the cut with "…"; text that fits is returned as is. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`
}

/** "direct" and "partial" are the speaker's words; a paraphrase is the article's. */
export function isQuotation(s: Statement): boolean {
  return s.kind !== 'paraphrase'
}

export const KIND_LABEL: Record<Statement['kind'], string> = {
  direct: 'Quotation',
  partial: 'Partial quotation (the quoted words inside the article’s sentence)',
  paraphrase: 'Paraphrase: the article’s own words reporting what was said, not a quotation',
}

function names(store: Store, statements: Statement[]): string[] {
  return [...new Set(statements.map((s) => store.actor(s.speaker)?.name ?? s.speaker))]
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

export function describeQuote(store: Store, id: string): Described | undefined {
  const s = store.statement(id)
  if (!s) return undefined
  const chain = store.chain(s)
  const title = isQuotation(s)
    ? `“${clip(s.text, 100)}” — ${creditLine(chain)}`
    : `${chain.speaker.name}, as reported (paraphrase): ${clip(s.text, 80)}`
  const description = isQuotation(s)
    ? chainSentence(chain)
    : `The article’s words, not a quotation of ${chain.speaker.name}: “${clip(s.text, 200)}” ${chainSentence(chain)}`
  return { kind: 'quote', id, title, description, speakers: [chain.speaker.name], statements: [s], mentionsOnly: false }
}

export function describeActor(store: Store, id: string): Described | undefined {
  const actor = store.actor(id)
  if (!actor) return undefined
  const own = store.statements({ actor: id })
  if (own.length === 0) {
    const mentions = store.mentionsOf(id)
    return {
      kind: 'actor',
      id,
      title: `${actor.name}: no quotations on record`,
      description: `The sources quote no words of ${actor.name}. ${mentions.length === 1 ? 'One statement by someone else mentions' : `${mentions.length} statements by others mention`} ${actor.name}${mentions.length ? `: ${names(store, mentions).join(', ')}` : ''}.`,
      speakers: names(store, mentions),
      statements: mentions,
      mentionsOnly: true,
    }
  }
  const quotations = own.filter(isQuotation).length
  const topics = [...new Set(own.flatMap((s) => s.topics))].map((t) => store.topic(t)?.name ?? t)
  const sources = new Set(own.map((s) => s.source)).size
  return {
    kind: 'actor',
    id,
    title: actor.role ? `${actor.name} (${actor.role}), on the record` : `${actor.name}, on the record`,
    description: `${count(quotations, 'quotation')} and ${count(own.length - quotations, 'paraphrase')} from ${count(sources, 'source')}, on ${topics.join(', ')}.`,
    speakers: [actor.name],
    statements: own,
    mentionsOnly: false,
  }
}

export function describeTopic(store: Store, id: string): Described | undefined {
  const topic = store.topic(id)
  if (!topic) return undefined
  const positions = store.positionsOn(id)
  const evidence = new Set(positions.flatMap((p) => p.evidence))
  const statements = store.statements().filter((s) => evidence.has(s.id))
  const speakers = positions.map((p) => store.actor(p.actor)?.name ?? p.actor)
  return {
    kind: 'topic',
    id,
    title: `${topic.name}: who said what`,
    description: `${topic.description} ${speakers.length ? `On the record: ${speakers.join(', ')}.` : 'No one is on the record yet.'}`,
    speakers,
    statements,
    mentionsOnly: false,
  }
}

/** Dispatches on the kind; `undefined` when no such record exists. */
export function describe(store: Store, kind: CardKind, id: string): Described | undefined {
  if (kind === 'actor') return describeActor(store, id)
  if (kind === 'quote') return describeQuote(store, id)
  return describeTopic(store, id)
}

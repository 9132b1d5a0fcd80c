/**
 * How a statement reached the article: speaker → conduit (if any) → source.
 * One implementation, used by the JSON API, the cards and the share pages, so that
 * every place names the same chain in the same words.
 */
import type { Actor, SourceMeta, Statement } from './schema'

export type ConduitRelation = 'told' | 'quoted by' | 'reported by'

export interface AttributionChain {
  speaker: { id: string; name: string; role: string | null }
  conduit: { name: string; relation: ConduitRelation } | null
  source: { id: string; publisher: string | null; title: string | null; date: string | null }
  /** The source's own attributing words, verbatim. */
  attribution: string
  occasion: string | null
}

/** How the article says the conduit carried the words, read from its own attributing words. */
export function conduitRelation(attribution: string): ConduitRelation {
  if (/\btold\b/i.test(attribution)) return 'told'
  if (/\breport(?:ed|s)?\b/i.test(attribution)) return 'reported by'
  return 'quoted by'
}

/** "BBC" reads "the BBC" in running text; "The Telegraph" and "Al Jazeera" stay as they are. */
export function conduitInText(conduit: string): string {
  return /^[A-Z]{2,}$/.test(conduit) ? `the ${conduit}` : conduit
}

export function attributionChain(statement: Statement, speaker: Actor, source: SourceMeta): AttributionChain {
  return {
    speaker: { id: speaker.id, name: speaker.name, role: speaker.role },
    conduit: statement.conduit === null ? null : { name: statement.conduit, relation: conduitRelation(statement.attribution) },
    source: { id: source.id, publisher: source.publisher, title: source.title, date: source.date },
    attribution: statement.attribution,
    occasion: statement.occasion,
  }
}

/**
 * The short credit line under a quote.
 * @example
 * creditLine(chain) // "Keir Starmer, quoted by The Telegraph"
 */
export function creditLine(chain: AttributionChain): string {
  const { speaker, conduit } = chain
  if (conduit === null) return speaker.name
  const outlet = conduitInText(conduit.name)
  if (conduit.relation === 'told') return `${speaker.name}, to ${outlet}`
  return `${speaker.name}, ${conduit.relation} ${outlet}`
}

/** "publisher unknown" is said, never guessed. */
export function sourceLabel(source: AttributionChain['source']): string {
  const who = source.publisher ?? 'publisher unknown'
  const title = source.title ? `“${source.title}”, ` : ''
  return `${title}${who}${source.date ? `, ${source.date}` : ''}`
}

/**
 * The whole chain as one sentence, for alt texts and JSON.
 * @example
 * chainSentence(chain) // "Volodymyr Zelenskyy (Ukraine’s president) told the BBC; reported in source 2025-02-26-ca7c55e2 (publisher unknown, 2025-02-26)."
 */
export function chainSentence(chain: AttributionChain): string {
  const { speaker, conduit, source } = chain
  const who = speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name
  const via =
    conduit === null
      ? ' said it'
      : conduit.relation === 'told'
        ? ` told ${conduitInText(conduit.name)}`
        : `, ${conduit.relation} ${conduitInText(conduit.name)}`
  const at = chain.occasion ? ` (${chain.occasion})` : ''
  return `${who}${via}${at}; reported in source ${source.id} (${sourceLabel(source)}).`
}

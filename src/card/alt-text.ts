/**
 * The alt text of a card: its words as sentences, for `og:image:alt`, `<img alt>`, the
 * `X-Card-Alt` header and the card's JSON description. Quotations are given whole and
 * verbatim (a card may show a shortened quote; its alt text never needs to), each with
 * its credit line. Pure: a function of the store.
 */
import type { Store } from '../data/store'
import { cardModel, type CardKind, type CardModel, type CardQuote } from './model'

/** How many quotations an actor's alt text names, as the story card shows at most. */
const ALT_QUOTES = 3

const said = (q: CardQuote) => `“${q.text}” — ${q.credit}.`

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * A date as people read it, spelled out so that it is never ambiguous.
 * @example
 * longDate('2025-02-26') // "26 February 2025"
 */
export function longDate(iso: string | null): string {
  if (iso === null) return 'date unknown'
  const [y, m, d] = iso.split('-')
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`
}

/**
 * @example
 * modelAltText(cardModel(store, 'quote', 'ca7c55e2-q08')!)
 * // "Quote card: “The security guarantee has to be sufficient to deter Putin from coming again,” — Keir Starmer, quoted by The Telegraph. Keir Starmer, British prime minister. 26 February 2025. Source: publisher unknown, 2025-02-26."
 */
export function modelAltText(model: CardModel): string {
  const sources = (list: { label: string }[]) => `Source${list.length === 1 ? '' : 's'}: ${list.map((s) => s.label).join('; ')}.`
  if (model.kind === 'quote') {
    const who = model.role ? `${model.speakerName}, ${model.role}.` : `${model.speakerName}.`
    const words =
      model.statementKind === 'paraphrase'
        ? `The article reports, in its own words (a paraphrase, not a quotation): “${model.text}” About ${model.speakerName}.`
        : `“${model.text}” — ${model.credit}.`
    const occasion = model.occasion ? ` ${model.occasion}.` : ''
    return `Quote card: ${words} ${who}${occasion} ${longDate(model.date)}. ${sources([model.source])}`
  }
  if (model.kind === 'actor') {
    const parts = [`Actor card: ${model.name}${model.role ? `, ${model.role}` : ' (no role stated in the sources)'}.`]
    if (model.positions.length > 0) parts.push(`Stated positions: ${model.positions.map((p) => `${p.topicName}: ${p.summary}`).join(' ')}`)
    if (model.quotes.length > 0) parts.push(`Quotes: ${model.quotes.slice(0, ALT_QUOTES).map(said).join(' ')}`)
    else parts.push(`No statement by ${model.name} in the sources.`)
    if (model.quotes.length === 0 && model.mentions.length > 0) parts.push(`Mentioned by others: ${model.mentions.slice(0, 2).map(said).join(' ')}`)
    if (model.topics.length > 0) parts.push(`Topics: ${model.topics.map((t) => t.name).join(', ')}.`)
    parts.push(`${longDate(model.date)}.`, sources(model.sources))
    return parts.join(' ')
  }
  const parts = [`Topic card: who said what on ${model.name}.`]
  if (model.entries.length === 0) parts.push('No stated positions in the sources.')
  for (const e of model.entries) parts.push(`${e.name}: ${e.summary}${e.quote ? ` ${said(e.quote)}` : ''}`)
  parts.push(`${longDate(model.date)}.`, sources(model.sources))
  return parts.join(' ')
}

/**
 * The alt text of the card `kind`/`id`, or undefined when no record has that id.
 * @example
 * cardAltText(getStore(), 'actor', 'keir-starmer') // "Actor card: Keir Starmer, British prime minister. Stated positions: …"
 */
export function cardAltText(store: Store, kind: CardKind, id: string): string | undefined {
  const model = cardModel(store, kind, id)
  return model && modelAltText(model)
}

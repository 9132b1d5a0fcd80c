/**
 * The alt text of a card: its words as sentences, for `og:image:alt`, `<img alt>`, the
 * `X-Card-Alt` header and the card's JSON description. At most 420 characters (X's limit
 * for image descriptions), and it always names the speaker, the outlet (in the credit line,
 * "quoted by The Telegraph") and the source. What does not fit is left out by rank — the date,
 * topics, further quotes, positions — and only then is the first quotation shortened at a
 * word, marked with "…", as a card shortens a quote it cannot fit. Pure: a function of the store.
 */
import type { Store } from '../data/store'
import { cardModel, type CardKind, type CardModel, type CardQuote } from './model'

/** How many quotations an actor's alt text names, as the story card shows at most. */
const ALT_QUOTES = 3

const said = (q: CardQuote) => `“${q.text}” — ${q.credit}.`

/** X's limit for an image description; every alt text fits it. */
export const ALT_MAX = 420

/** A sentence of an alt text: rank 0 is always said; higher ranks are said while they fit, lowest rank first. */
interface Part {
  text: string
  rank: number
  /** A shorter form of the same sentence, at most `room` characters when it can be. */
  shorten?: (room: number) => string
}

/**
 * The first words of `text` that fit in `room` characters with a closing "…".
 * @example
 * cutAtWord('it will simply give him the opportunity', 20) // "it will simply give…"
 */
export function cutAtWord(text: string, room: number): string {
  if (text.length <= room) return text
  // A word ends where a space follows it: look for the last space at or before the room left for the words.
  const space = text.lastIndexOf(' ', room - 1)
  const head = space > 0 ? text.slice(0, space) : text.slice(0, Math.max(0, room - 1))
  return `${head.replace(/[\s,;:.—–-]+$/, '')}…`
}

const quotePart = (q: CardQuote, rank: number): Part => ({
  text: said(q),
  rank,
  shorten: (room) => said({ ...q, text: cutAtWord(q.text, room - (said(q).length - q.text.length)) }),
})

function sourcesPart(list: { label: string }[]): Part {
  const all = `Source${list.length === 1 ? '' : 's'}: ${list.map((s) => s.label).join('; ')}.`
  const first = list[0]?.label ?? 'none'
  return { text: all, rank: 0, shorten: () => (list.length === 1 ? all : `Sources: ${first}, and ${list.length - 1} more.`) }
}

/** The parts in reading order, as many as fit in ALT_MAX, shortening the required ones last. */
function fit(parts: Part[]): string {
  const say = (kept: Part[]) => kept.map((p) => p.text).join(' ')
  let kept = parts.filter((p) => p.rank === 0)
  for (const extra of parts.filter((p) => p.rank > 0).sort((a, b) => a.rank - b.rank)) {
    const trial = parts.filter((p) => p === extra || kept.includes(p))
    if (say(trial).length <= ALT_MAX) kept = trial
  }
  // Sources shorten before a quotation does; a quotation is the card's reason to exist.
  for (const part of [...kept].reverse()) {
    const over = say(kept).length - ALT_MAX
    if (over <= 0 || !part.shorten) continue
    const shorter = { ...part, text: part.shorten(part.text.length - over) }
    kept = kept.map((p) => (p === part ? shorter : p))
  }
  const text = say(kept)
  return text.length <= ALT_MAX ? text : cutAtWord(text, ALT_MAX)
}

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
  if (model.kind === 'quote') {
    const frame =
      model.statementKind === 'paraphrase'
        ? (text: string) => `The article reports, in its own words (a paraphrase, not a quotation): “${text}” About ${model.speakerName}.`
        : (text: string) => `“${text}” — ${model.credit}.`
    const words: Part = { text: frame(model.text), rank: 0, shorten: (room) => frame(cutAtWord(model.text, room - (frame('').length))) }
    return fit([
      { text: 'Quote card:', rank: 0 },
      words,
      { text: model.role ? `${model.speakerName}, ${model.role}.` : `${model.speakerName}.`, rank: model.role ? 2 : 1 },
      ...(model.occasion ? [{ text: `${model.occasion}.`, rank: 3 }] : []),
      { text: `${longDate(model.date)}.`, rank: 1 },
      sourcesPart([model.source]),
    ])
  }
  if (model.kind === 'actor') {
    const parts: Part[] = [{ text: `Actor card: ${model.name}${model.role ? `, ${model.role}` : ' (no role stated in the sources)'}.`, rank: 0 }]
    if (model.positions.length > 0) parts.push({ text: `Stated positions: ${model.positions.map((p) => `${p.topicName}: ${p.summary}`).join(' ')}`, rank: 3 })
    const [first, ...more] = model.quotes.slice(0, ALT_QUOTES)
    if (first) parts.push({ text: 'Quotes:', rank: 0 }, quotePart(first, 0), ...more.map((q, i) => quotePart(q, 4 + i)))
    else parts.push({ text: `No statement by ${model.name} in the sources.`, rank: 0 })
    if (!first && model.mentions.length > 0) {
      const [m, ...others] = model.mentions.slice(0, 2)
      parts.push({ text: 'Mentioned by others:', rank: 0 }, quotePart(m!, 0), ...others.map((q) => quotePart(q, 4)))
    }
    if (model.topics.length > 0) parts.push({ text: `Topics: ${model.topics.map((t) => t.name).join(', ')}.`, rank: 6 })
    parts.push({ text: `${longDate(model.date)}.`, rank: 1 }, sourcesPart(model.sources))
    return fit(parts)
  }
  const parts: Part[] = [{ text: `Topic card: who said what on ${model.name}.`, rank: 0 }]
  if (model.entries.length === 0) parts.push({ text: 'No stated positions in the sources.', rank: 0 })
  else parts.push({ text: `Positions of ${model.entries.map((e) => e.name).join(', ')}.`, rank: 0 })
  model.entries.forEach((e, i) => {
    parts.push({ text: `${e.name}: ${e.summary}`, rank: 3 + i })
    // The first quotation is always said (it carries a speaker and an outlet); the others while they fit.
    if (e.quote) parts.push(quotePart(e.quote, i === 0 ? 0 : 3 + i))
  })
  parts.push({ text: `${longDate(model.date)}.`, rank: 1 }, sourcesPart(model.sources))
  return fit(parts)
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

/**
 * onrecord's one URL scheme: every path of the API, the share pages, the cards and oEmbed is
 * built (and, for oEmbed, parsed) here, so a change to it touches one file. Absolute URLs are
 * built from a single origin — `PUBLIC_ORIGIN` when configured, else the request's own.
 */
import { CARD_KINDS, type CardKind } from './card/kinds'
import type { SizeName, ThemeName } from './card/params'

export type { CardKind }
/** Card sizes and themes are the cards' own (src/card/params.ts): one list, one set of names. */
export { SIZES as CARD_SIZES, SIZE_NAMES, THEMES } from './card/params'
export type CardSize = SizeName
export type Theme = ThemeName

/** The plural path segment of each kind: `/actors/…`, `/cards/actors/…`, `/api/actors/…`. */
export const KIND_SEGMENT: Record<CardKind, string> = { actor: 'actors', quote: 'quotes', topic: 'topics' }

/**
 * The kind a path segment names, or undefined.
 * @example
 * kindOfSegment('quotes') // 'quote'
 */
export function kindOfSegment(segment: string): CardKind | undefined {
  return CARD_KINDS.find((kind) => KIND_SEGMENT[kind] === segment)
}

const record = (kind: CardKind) => (id: string) => {
  const at = `${KIND_SEGMENT[kind]}/${encodeURIComponent(id)}`
  return { self: `/api/${at}`, page: `/${at}`, card: cardPath(kind, id), cardSvg: cardPath(kind, id, { format: 'svg' }) }
}

/** The paths of a record: its JSON, its share page and its card. */
export const paths = {
  actor: record('actor'),
  quote: record('quote'),
  topic: record('topic'),
  source: (id: string) => ({ self: `/api/sources/${encodeURIComponent(id)}` }),
}

/**
 * The origin every absolute URL starts with.
 * @example
 * publicOrigin('', 'http://127.0.0.1:8787/quotes/x') // "http://127.0.0.1:8787"
 * publicOrigin('https://onrecord.example/', 'http://127.0.0.1:8787/') // "https://onrecord.example"
 */
export function publicOrigin(configured: string | undefined, requestUrl: string): string {
  return new URL(configured ? configured : requestUrl).origin
}

export function pagePath(kind: CardKind, id: string): string {
  return paths[kind](id).page
}

/**
 * A card's path with its size and theme; the defaults (og, light) are left out so that the
 * plain URL stays the canonical one, unless `explicit` asks for both always.
 * @example
 * cardPath('quote', 'ca7c55e2-q06', { size: 'square', theme: 'dark' }) // "/cards/quotes/ca7c55e2-q06.png?size=square&theme=dark"
 * cardPath('quote', 'ca7c55e2-q06', { format: 'json', explicit: true }) // "/cards/quotes/ca7c55e2-q06.json?size=og&theme=light"
 */
export function cardPath(kind: CardKind, id: string, options: { size?: CardSize; theme?: Theme; format?: 'png' | 'svg' | 'json'; explicit?: boolean } = {}): string {
  const { size = 'og', theme = 'light', format = 'png', explicit = false } = options
  const base = `/cards/${KIND_SEGMENT[kind]}/${encodeURIComponent(id)}.${format}`
  const query = new URLSearchParams()
  if (explicit || size !== 'og') query.set('size', size)
  if (explicit || theme !== 'light') query.set('theme', theme)
  const search = query.toString()
  return search ? `${base}?${search}` : base
}

export function oembedPath(origin: string, pageUrl: string): string {
  return `${origin}/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`
}

const SEGMENTS = Object.values(KIND_SEGMENT).join('|')
/** A share page's path: `/actors/{id}`. */
export const PAGE_PATH = new RegExp(`^/(${SEGMENTS})/([^/]+)$`)
/** A card image's path: `/cards/actors/{id}.png`. */
export const CARD_PATH = new RegExp(`^/cards/(${SEGMENTS})/([^/]+)\\.(?:png|svg)$`)

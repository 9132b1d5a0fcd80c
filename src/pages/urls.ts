/**
 * Absolute URLs of this deployment: share pages, cards and oEmbed. Crawlers and
 * embedders need absolute URLs, so every one is built from a single origin —
 * `PUBLIC_ORIGIN` when configured, else the origin the request arrived on.
 */
import type { CardKind } from '../card/model'
import type { SizeName, ThemeName } from '../card/params'
import { paths } from '../routes/views'

export type { CardKind }
/** Card sizes and themes are the cards' own (src/card/params.ts, issue 3): one list, one set of names. */
export { SIZES as CARD_SIZES, SIZE_NAMES, THEMES } from '../card/params'
export type CardSize = SizeName
export type Theme = ThemeName

export { KIND_SEGMENT } from '../card/model'

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
 * A card's path with its size and theme; the defaults (og, light) are left out so
 * that the plain URL stays the canonical one.
 * @example
 * cardPath('quote', 'ca7c55e2-q06', { size: 'square', theme: 'dark' }) // "/cards/quotes/ca7c55e2-q06.png?size=square&theme=dark"
 */
export function cardPath(kind: CardKind, id: string, options: { size?: CardSize; theme?: Theme; format?: 'png' | 'svg' } = {}): string {
  const { size = 'og', theme = 'light', format = 'png' } = options
  const base = format === 'png' ? paths[kind](id).card : paths[kind](id).cardSvg
  const query = new URLSearchParams()
  if (size !== 'og') query.set('size', size)
  if (theme !== 'light') query.set('theme', theme)
  const search = query.toString()
  return search ? `${base}?${search}` : base
}

export function oembedPath(origin: string, pageUrl: string): string {
  return `${origin}/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`
}

/**
 * Honest text fitting: the one implementation of the shortening rule for every card.
 *
 * A text is first tried whole, at the largest font size down to the smallest legible one.
 * Only if it does not fit even at the smallest size is it shortened — and then only at a word
 * boundary, with the cut marked by "…"; words are never changed, reordered or hyphenated.
 * A shorter quote is preferred to a tiny font: the minimum size is a floor, not a suggestion.
 *
 * Pure: measures with the `Measure` it is given (the bundled fonts' advance widths in the
 * Worker). Lines are wrapped at spaces only; satori may also break after dashes, so it never
 * needs more lines than counted here.
 */
import type { Measure, Weight } from './fonts'

/** The mark of a cut, and of the gap between two verbatim pieces of one quotation. */
export const ELLIPSIS = '…'
/** How verbatim pieces of one quotation are joined for display. */
export const PIECE_JOIN = ` ${ELLIPSIS} `

export interface TextBox {
  width: number
  height: number
  /** Font sizes in px, largest first; the last is the smallest legible size. */
  sizes: readonly number[]
  lineHeight: number
  weight: Weight
  /** Drawn around the text (e.g. quotation marks) and measured with it. */
  open?: string
  close?: string
}

export interface Fitted {
  /** The text to draw: the input, or a word-boundary prefix of it followed by " …". */
  text: string
  size: number
  lines: number
  /** Height in px the text takes. */
  height: number
  /** True when words were left out. */
  cut: boolean
  /** True when even one word does not fit (the caller must not draw it). */
  overflow: boolean
}

/**
 * Greedy wrap at spaces.
 * @example
 * wrapLines('a b c', 20, 10, 400, measure) // ['a b', 'c'] when "a b" is ≤ 20 px wide
 */
export function wrapLines(text: string, width: number, size: number, weight: Weight, measure: Measure): string[] {
  const words = text.split(' ').filter((w) => w !== '')
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (line !== '' && measure(candidate, size, weight) > width) {
      lines.push(line)
      line = word
    } else line = candidate
  }
  if (line !== '') lines.push(line)
  return lines
}

function layout(text: string, box: TextBox, size: number, measure: Measure): { lines: number; fits: boolean } {
  const drawn = `${box.open ?? ''}${text}${box.close ?? ''}`
  const lines = wrapLines(drawn, box.width, size, box.weight, measure)
  const wide = lines.some((l) => measure(l, size, box.weight) > box.width)
  return { lines: lines.length, fits: !wide && lines.length * size * box.lineHeight <= box.height + 0.01 }
}

/**
 * A word-boundary prefix of `text` with `count` words, marked as cut. A cut right after a
 * piece separator drops the separator: one "…" marks both.
 * @example
 * shortenTo('one two … three', 2) // 'one two …'
 */
export function shortenTo(text: string, count: number): string {
  const words = text.split(' ').filter((w) => w !== '')
  const kept = words.slice(0, count)
  while (kept.length > 0 && kept[kept.length - 1] === ELLIPSIS) kept.pop()
  return `${kept.join(' ')} ${ELLIPSIS}`
}

/**
 * Fits `text` into `box`: whole at the largest size that fits, else shortened at the smallest.
 * @example
 * fitText(starmer, { width: 600, height: 200, sizes: [40, 32, 26], lineHeight: 1.3, weight: 400 }, measure)
 * // { text: 'The security guarantee has to be sufficient … My concern is …', size: 26, cut: true, … }
 */
export function fitText(text: string, box: TextBox, measure: Measure): Fitted {
  const sizes = box.sizes
  for (const size of sizes) {
    const { lines, fits } = layout(text, box, size, measure)
    if (fits) return { text, size, lines, height: lines * size * box.lineHeight, cut: false, overflow: false }
  }
  const size = sizes[sizes.length - 1] ?? 16
  const total = text.split(' ').filter((w) => w !== '').length
  // The most words that fit, by bisection: fitting is monotone in the number of words.
  let low = 0
  let high = total - 1
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (layout(shortenTo(text, mid), box, size, measure).fits) low = mid
    else high = mid - 1
  }
  if (low === 0) return { text: '', size, lines: 0, height: 0, cut: true, overflow: true }
  const shortened = shortenTo(text, low)
  const { lines } = layout(shortened, box, size, measure)
  return { text: shortened, size, lines, height: lines * size * box.lineHeight, cut: true, overflow: false }
}

/**
 * How many of `items`, each drawn whole, fit one under another in `height`.
 * @example
 * fitCount(['a', 'b', 'c'], (item) => 40, 100, 10) // 2
 */
export function fitCount<T>(items: readonly T[], heightOf: (item: T) => number, height: number, gap: number): number {
  let used = 0
  for (let i = 0; i < items.length; i++) {
    const next = used + (i > 0 ? gap : 0) + heightOf(items[i]!)
    if (next > height + 0.01) return i
    used = next
  }
  return items.length
}

/**
 * Checks that `drawn` is made only of verbatim pieces of `pieces` joined or cut with "…":
 * the rule every quote on a card obeys. Returns the pieces of `drawn` not found verbatim.
 * @example
 * unverifiedPieces('We’ll be on the land. …', ['We’ll be on the land. And you know']) // []
 */
export function unverifiedPieces(drawn: string, sources: readonly string[]): string[] {
  return drawn
    .split(ELLIPSIS)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !sources.some((s) => s.includes(p)))
}

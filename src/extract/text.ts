/**
 * The structure of an article the rules work on: its quotations (pairs of double quotation
 * marks, curly or straight, across paragraphs when a quote runs on), its paragraphs and its
 * sentences. Sentences are found on a copy of the text whose quoted words are masked, so a
 * full stop inside a quotation never ends the writer's sentence.
 */

export interface Quotation {
  /** Index of the opening mark. */
  open: number
  /** Index of the closing mark. */
  close: number
  /** The characters between the marks, exactly. */
  text: string
}

export interface Sentence {
  start: number
  end: number
  paragraph: number
}

const OPENERS = '“"'
const CLOSERS = '”"'
/** The character that stands for quoted words in the masked text: not a letter, space or stop. */
export const MASK = '◦'

function nextParagraphOpens(text: string, from: number): number {
  let i = from
  while (i < text.length && /\s/.test(text[i]!)) i++
  return i < text.length && OPENERS.includes(text[i]!) ? i : -1
}

/**
 * Finds every double-quoted passage. A paragraph that ends inside a quotation and a next
 * paragraph that opens with a quotation mark make one multi-paragraph quotation.
 * @example findQuotations('He said “yes.”') // [{ open: 8, close: 13, text: 'yes.' }]
 */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = []
  let open = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (open < 0) {
      if (c === '“') open = i
      else if (c === '"') {
        const before = text[i - 1]
        const after = text[i + 1]
        if (after !== undefined && !/\s/.test(after) && (before === undefined || !/[\p{L}\p{N}]/u.test(before))) open = i
      }
      continue
    }
    if (c === '\n') {
      const reopen = nextParagraphOpens(text, i)
      if (reopen < 0) open = -1
      else i = reopen
      continue
    }
    if (c === '“' && text[open] === '“') {
      open = i // an unclosed mark: start again from the newer one
      continue
    }
    if (CLOSERS.includes(c) && (c === '”' || !/[\p{L}\p{N}]/u.test(text[i + 1] ?? ' '))) {
      if (i > open + 1) out.push({ open, close: i, text: text.slice(open + 1, i) })
      open = -1
    }
  }
  return out
}

/**
 * The text with every quotation's words replaced by MASK (same length, same offsets).
 * A final . ? or ! inside the marks is kept, since it ends the writer's sentence too.
 * `blanked` quotations are part of the writer's own words (a nickname inside a name,
 * Marcia “Cia” Price): they become spaces, marks and all, so the name reads whole.
 */
export function maskQuotations(text: string, quotes: readonly Quotation[], blanked: readonly Quotation[] = []): string {
  const chars = text.split('') // UTF-16 code units, so offsets stay JavaScript string indices
  for (const q of quotes) {
    for (let i = q.open + 1; i < q.close; i++) if (chars[i] !== '\n') chars[i] = MASK
    const last = text[q.close - 1]
    if (last !== undefined && '.?!'.includes(last)) chars[q.close - 1] = last
  }
  for (const q of blanked) for (let i = q.open; i <= q.close; i++) chars[i] = ' '
  return chars.join('')
}

const ABBREVIATIONS = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Atty|Adm|Maj|Cmdr|Supt|Det|Hon|Jr|Sr|No|Vol|vs|etc|Ft|Mt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Calif|Fla|Mass|Penn|Wash|U\.S|U\.K|U\.N|E\.U|[A-Z])$/

/** A name or pronoun and a speech verb right after a quoted question or exclamation. */
const ASKED_AFTER = /^(?:He|She|They|(?:[A-Z][\p{L}.’'-]*[ \t]+){1,4})(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|tweeted|replied|continued|shouted|yelled|exclaimed|wondered|responded)\b/u

/** The longest sentence read as one, in characters: above the longest of 30,736 sentences of PolNeAR (1,516). */
export const MAX_SENTENCE = 2000

/** Splits the (masked) text into sentences and paragraphs. */
export function findSentences(masked: string): Sentence[] {
  const out: Sentence[] = []
  let paragraph = 0
  let start = 0
  const push = (end: number) => {
    let s = start
    let e = end
    while (s < e && /\s/.test(masked[s]!)) s++
    while (e > s && /\s/.test(masked[e - 1]!)) e--
    if (e > s) out.push({ start: s, end: e, paragraph })
  }
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i]!
    // A run past MAX_SENTENCE with no sentence end (a page with no full stops) is cut at a space:
    // the rules read a sentence per quotation, and an endless one would make them quadratic.
    if (i - start >= MAX_SENTENCE && (c === ' ' || c === '\t')) {
      push(i)
      start = i + 1
      continue
    }
    if (c === '\n') {
      push(i)
      start = i + 1
      if (out.length > 0 && out[out.length - 1]!.paragraph === paragraph) paragraph++
      continue
    }
    if (!'.?!'.includes(c)) continue
    let j = i + 1
    while (j < masked.length && CLOSERS.includes(masked[j]!)) j++
    if (j < masked.length && masked[j] === '.' ) j++ // “…EU”.
    if (j >= masked.length || !/[ \t]/.test(masked[j]!)) continue
    let k = j
    while (k < masked.length && /[ \t]/.test(masked[k]!)) k++
    const next = masked[k]
    if (next === undefined || !/[A-Z“"‘(]/.test(next)) continue
    // “Who would have believed it?” Trump said, …: a question or exclamation quoted goes on with its attribution.
    if (c !== '.' && j > i + 1 && ASKED_AFTER.test(masked.slice(k, k + 60))) continue
    if (c === '.' && ABBREVIATIONS.test(masked.slice(Math.max(0, i - 6), i))) continue
    push(j)
    start = j
  }
  push(masked.length)
  return out
}

/**
 * The first index in `items` (sorted by `key`) whose key is at least `pos`: a binary search,
 * so the rules stay linear in the length of the article.
 * @example lowerBound([{ start: 0 }, { start: 5 }], 3, (x) => x.start) // 1
 */
export function lowerBound<T>(items: readonly T[], pos: number, key: (item: T) => number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (key(items[mid]!) < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

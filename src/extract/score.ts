/**
 * Scores the extractor against a hand-written gold file: precision, recall and F1 for
 * (quote span, speaker) and for conduit. The eval CLI and the tests both call it.
 *
 * Gold format (`NN.gold.json` beside `NN.txt`): `{ "quotes": [{ "text", "speaker", "conduit",
 * "kind", "occurrence"? }] }`. `text` is exactly the characters between the marks; its
 * offset is found in the article (the `occurrence`-th time it stands between marks, default
 * the first), so gold is written by reading, without counting characters.
 */
import { slugify } from '../data/ids'
import type { Extraction } from './extract'
import { sameGivenName } from './nicknames'

export interface GoldQuote {
  text: string
  /**
   * The fullest name of the person whose words these are; null when they are nobody's
   * nameable words (an organisation's, an unnamed official's, the writer's scare quotes or
   * a title): the extractor must then give no speaker (a name there counts as spurious).
   */
  speaker: string | null
  conduit: string | null
  kind: 'direct' | 'partial'
  occurrence?: number
  /** Offset of the first character between the marks, when the gold knows it (converted corpora). */
  start?: number
  /** Not scored at all: the gold cannot tell (e.g. a pronoun its coreference leaves unresolved). */
  ignore?: boolean
  /** How the gold was decided, for people reading the errors. */
  note?: string
}

export interface Gold {
  note?: string
  quotes: GoldQuote[]
}

export interface Prf {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

/** Counts of what went wrong (and of quotes rightly left without a speaker). */
export interface ErrorCounts {
  /** A gold quote of a named person the extractor did not return. */
  missed: number
  /** Returned with a speaker who is not the gold one. */
  wrongSpeaker: number
  /** A speaker given where gold has none (not a person's words, or no quotation at all). */
  spurious: number
  /** Returned with speaker null (to review) where gold names a person. */
  nullSpeaker: number
  /** Returned with speaker null where gold has none either: a right abstention. */
  withheld: number
}

export interface Score {
  spanSpeaker: Prf
  conduit: Prf
  /** Share of span matches whose kind (direct/partial) agrees with gold. */
  kind: { agree: number; of: number }
  categories: ErrorCounts
  /** Attributed quotes right and wrong, by the rule that attributed them (its name up to "(" or "+"). */
  byRule: Record<string, { right: number; wrong: number }>
  /** One line per disagreement, for people reading the eval. */
  errors: string[]
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { tp, fp, fn, precision, recall, f1 }
}

/** Offsets of gold quotes in the text; throws naming the quote that is not there. */
export function locateGold(text: string, gold: Gold): (GoldQuote & { start: number })[] {
  return gold.quotes.map((g) => {
    if (g.start !== undefined) {
      if (text.slice(g.start, g.start + g.text.length) !== g.text) throw new Error(`Gold quote ${JSON.stringify(g.text.slice(0, 60))} is not at offset ${g.start}`)
      return { ...g, start: g.start }
    }
    const hits: number[] = []
    for (let i = text.indexOf(g.text); i >= 0; i = text.indexOf(g.text, i + 1)) {
      if ('“"'.includes(text[i - 1] ?? '') && '”"'.includes(text[i + g.text.length] ?? '')) hits.push(i)
    }
    const start = hits[g.occurrence ?? 0]
    if (start === undefined) throw new Error(`Gold quote ${JSON.stringify(g.text.slice(0, 60))} is not between quotation marks in the text`)
    return { ...g, start }
  })
}

/** A name as compared: no honorifics or abbreviated titles, initials, suffixes, dots or case. */
function nameKey(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && w.length > 1 && !/^(?:mr|mrs|ms|dr|sen|rep|gov|gen|rev|prof|jr|sr|ii|iii|iv)$/.test(w))
}

/**
 * Whether two written names are the same person's: equal once honorifics, initials and
 * suffixes are dropped, or the same last word and first word ("Hillary Rodham Clinton" and
 * "Hillary Clinton"), a familiar form counting as its given name ("Chuck Grassley" and
 * "Charles Grassley"). A surname alone never equals a full name.
 * @example sameName('Donald J. Trump', 'Donald Trump') // true
 */
export function sameName(a: string, b: string): boolean {
  const x = nameKey(a)
  const y = nameKey(b)
  if (x.length === 0 || y.length === 0) return false
  if (x.join(' ') === y.join(' ')) return true
  return x.length > 1 && y.length > 1 && sameGivenName(x[0]!, y[0]!) && x[x.length - 1] === y[y.length - 1]
}

type Predicted = Extraction['quotes'][number]
const sameSpeaker = (gold: string, q: Predicted) =>
  q.speaker !== null && (sameName(gold, q.speaker.name) || slugify(gold) === slugify(q.speaker.name) || slugify(gold) === q.speaker.actorId || q.speaker.names.includes(gold))
/** Outlets as compared: "the Washington Post" and "The Washington Post" are one. */
const outletKey = (s: string | null) => (s ?? '').toLowerCase().replace(/^the\s+/, '').replace(/[’']s\b.*$/, '').trim()
/**
 * Whether two outlet names are the same outlet: equal once "the" and a possessive tail are
 * dropped, or one is the other's first words ("ABC" and "ABC News", "Politico" and
 * "Politico New York"): a network and its programme or desk carry the same quote.
 */
export function sameConduit(a: string | null, b: string | null): boolean {
  const x = outletKey(a)
  const y = outletKey(b)
  if (x === y) return true
  if (!x || !y) return false
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  return long.startsWith(`${short} `)
}

/**
 * Scores one extraction against its gold. A quote returned with speaker null is not an
 * attribution: it costs recall where gold names someone and nothing where gold names nobody.
 * @example scoreQuotes(text, gold, extractQuotes(text)).spanSpeaker.f1
 */
export function scoreQuotes(text: string, gold: Gold, extraction: Extraction): Score {
  const located = locateGold(text, gold)
  const errors: string[] = []
  const byStart = new Map(extraction.quotes.map((q) => [q.start, q]))
  const c: ErrorCounts = { missed: 0, wrongSpeaker: 0, spurious: 0, nullSpeaker: 0, withheld: 0 }
  let tp = 0
  let fp = 0
  let fn = 0
  let ctp = 0
  let cfp = 0
  let cfn = 0
  let kindAgree = 0
  let spans = 0
  const name = (q: Predicted) => q.speaker?.name ?? 'null'
  const byRule: Score['byRule'] = {}
  const tally = (q: Predicted, right: boolean) => {
    const r = (byRule[q.rule.replace(/^pronoun\((?:he|she|they):([a-z-]+)\).*/, 'pronoun:$1').split(/[(+]/)[0]!] ??= { right: 0, wrong: 0 })
    if (right) r.right++
    else r.wrong++
  }
  for (const g of located) {
    if (g.ignore) continue
    const q = byStart.get(g.start)
    const label = JSON.stringify(g.text.slice(0, 50))
    if (g.speaker === null) {
      if (q?.speaker) {
        tally(q, false)
        c.spurious++
        fp++
        errors.push(`spurious ${label}: ${name(q)} (${q.rule}), gold nobody${g.note ? ` (${g.note})` : ''}`)
      } else if (q) c.withheld++
      if (q?.conduit) {
        if (g.conduit !== null && sameConduit(g.conduit, q.conduit)) ctp++
        else cfp++
      }
      if (g.conduit !== null && !(q?.conduit && sameConduit(g.conduit, q.conduit))) cfn++
      continue
    }
    if (!q) {
      c.missed++
      fn++
      if (g.conduit !== null) cfn++
      const why = extraction.rejected.find((r) => r.start === g.start)?.reason ?? 'not found as a quotation'
      errors.push(`missed ${label} (${g.speaker}): ${why}`)
      continue
    }
    spans++
    if (q.kind === g.kind) kindAgree++
    else errors.push(`kind of ${label}: ${q.kind}, gold ${g.kind}`)
    if (q.speaker === null) {
      c.nullSpeaker++
      fn++
      errors.push(`null speaker for ${label} (${q.rule}; candidates ${q.candidates.map((p) => p.name).join(', ') || 'none'}), gold ${g.speaker}`)
    } else if (sameSpeaker(g.speaker, q)) {
      tp++
      tally(q, true)
    } else {
      tally(q, false)
      c.wrongSpeaker++
      fp++
      fn++
      errors.push(`speaker of ${label}: ${q.speaker.name} (${q.rule}), gold ${g.speaker}`)
    }
    if (g.conduit !== null && q.conduit !== null && sameConduit(g.conduit, q.conduit)) ctp++
    else {
      if (q.conduit !== null) cfp++
      if (g.conduit !== null) cfn++
      if (!sameConduit(g.conduit, q.conduit)) errors.push(`conduit of ${label}: ${q.conduit}, gold ${g.conduit}`)
    }
  }
  const goldStarts = new Set(located.map((g) => g.start))
  for (const q of extraction.quotes) {
    if (goldStarts.has(q.start)) continue
    if (q.speaker) {
      tally(q, false)
      c.spurious++
      fp++
      errors.push(`extra ${JSON.stringify(q.text.slice(0, 50))} (${name(q)}, ${q.rule})`)
    }
    if (q.conduit) cfp++
  }
  return {
    spanSpeaker: prf(tp, fp, fn),
    conduit: prf(ctp, cfp, cfn),
    kind: { agree: kindAgree, of: spans },
    categories: c,
    byRule,
    errors,
  }
}

/** Micro-averaged total of several scores. */
export function sumScores(scores: readonly Score[]): Score {
  const add = (pick: (s: Score) => Prf) => prf(...(['tp', 'fp', 'fn'] as const).map((k) => scores.reduce((n, s) => n + pick(s)[k], 0)) as [number, number, number])
  const categories = {} as ErrorCounts
  for (const k of ['missed', 'wrongSpeaker', 'spurious', 'nullSpeaker', 'withheld'] as const) categories[k] = scores.reduce((n, s) => n + s.categories[k], 0)
  const byRule: Score['byRule'] = {}
  for (const s of scores) {
    for (const [k, v] of Object.entries(s.byRule)) {
      const r = (byRule[k] ??= { right: 0, wrong: 0 })
      r.right += v.right
      r.wrong += v.wrong
    }
  }
  return {
    spanSpeaker: add((s) => s.spanSpeaker),
    conduit: add((s) => s.conduit),
    kind: { agree: scores.reduce((n, s) => n + s.kind.agree, 0), of: scores.reduce((n, s) => n + s.kind.of, 0) },
    categories,
    byRule,
    errors: scores.flatMap((s) => s.errors),
  }
}

/** One line of figures: "span+speaker P 1.000 R 1.000 F1 1.000 (18/18/18) | conduit …". */
export function formatScore(s: Score): string {
  const f = (p: Prf) => `P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} F1 ${p.f1.toFixed(3)} (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`
  return `span+speaker ${f(s.spanSpeaker)} | conduit ${f(s.conduit)} | kind ${s.kind.agree}/${s.kind.of}`
}

/** The error categories on one line: "missed 3 · wrong speaker 1 · spurious 0 · null speaker 2 · withheld 5". */
export function formatCategories(c: ErrorCounts): string {
  return `missed ${c.missed} · wrong speaker ${c.wrongSpeaker} · spurious ${c.spurious} · null speaker ${c.nullSpeaker} · withheld ${c.withheld}`
}

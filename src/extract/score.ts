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

export interface GoldQuote {
  text: string
  speaker: string
  conduit: string | null
  kind: 'direct' | 'partial'
  occurrence?: number
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

export interface Score {
  spanSpeaker: Prf
  conduit: Prf
  /** Share of span matches whose kind (direct/partial) agrees with gold. */
  kind: { agree: number; of: number }
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
    const hits: number[] = []
    for (let i = text.indexOf(g.text); i >= 0; i = text.indexOf(g.text, i + 1)) {
      if ('“"'.includes(text[i - 1] ?? '') && '”"'.includes(text[i + g.text.length] ?? '')) hits.push(i)
    }
    const start = hits[g.occurrence ?? 0]
    if (start === undefined) throw new Error(`Gold quote ${JSON.stringify(g.text.slice(0, 60))} is not between quotation marks in the text`)
    return { ...g, start }
  })
}

const sameSpeaker = (gold: string, q: Extraction['quotes'][number]) =>
  slugify(gold) === slugify(q.speaker.name) || slugify(gold) === q.speaker.actorId || q.speaker.names.includes(gold)
const sameConduit = (a: string | null, b: string | null) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase()

/**
 * Scores one extraction against its gold.
 * @example scoreQuotes(text, gold, extractQuotes(text)).spanSpeaker.f1
 */
export function scoreQuotes(text: string, gold: Gold, extraction: Extraction): Score {
  const located = locateGold(text, gold)
  const errors: string[] = []
  const byStart = new Map(extraction.quotes.map((q) => [q.start, q]))
  let tp = 0
  let ctp = 0
  let kindAgree = 0
  let spans = 0
  for (const g of located) {
    const q = byStart.get(g.start)
    const label = JSON.stringify(g.text.slice(0, 50))
    if (!q) {
      errors.push(`missed ${label} (${g.speaker})`)
      continue
    }
    spans++
    if (q.kind === g.kind) kindAgree++
    else errors.push(`kind of ${label}: ${q.kind}, gold ${g.kind}`)
    if (sameSpeaker(g.speaker, q)) tp++
    else errors.push(`speaker of ${label}: ${q.speaker.name} (${q.rule}), gold ${g.speaker}`)
    if (g.conduit !== null && q.conduit !== null && sameConduit(g.conduit, q.conduit)) ctp++
    else if (!sameConduit(g.conduit, q.conduit)) errors.push(`conduit of ${label}: ${q.conduit}, gold ${g.conduit}`)
  }
  const goldStarts = new Set(located.map((g) => g.start))
  for (const q of extraction.quotes) if (!goldStarts.has(q.start)) errors.push(`extra ${JSON.stringify(q.text.slice(0, 50))} (${q.speaker.name}, ${q.rule})`)
  const predConduits = extraction.quotes.filter((q) => q.conduit !== null).length
  const goldConduits = located.filter((g) => g.conduit !== null).length
  return {
    spanSpeaker: prf(tp, extraction.quotes.length - tp, located.length - tp),
    conduit: prf(ctp, predConduits - ctp, goldConduits - ctp),
    kind: { agree: kindAgree, of: spans },
    errors,
  }
}

/** Micro-averaged total of several scores. */
export function sumScores(scores: readonly Score[]): Score {
  const add = (pick: (s: Score) => Prf) => prf(...(['tp', 'fp', 'fn'] as const).map((k) => scores.reduce((n, s) => n + pick(s)[k], 0)) as [number, number, number])
  return {
    spanSpeaker: add((s) => s.spanSpeaker),
    conduit: add((s) => s.conduit),
    kind: { agree: scores.reduce((n, s) => n + s.kind.agree, 0), of: scores.reduce((n, s) => n + s.kind.of, 0) },
    errors: scores.flatMap((s) => s.errors),
  }
}

/** One line of figures: "span+speaker P 1.000 R 1.000 F1 1.000 (18/18/18) | conduit …". */
export function formatScore(s: Score): string {
  const f = (p: Prf) => `P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} F1 ${p.f1.toFixed(3)} (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`
  return `span+speaker ${f(s.spanSpeaker)} | conduit ${f(s.conduit)} | kind ${s.kind.agree}/${s.kind.of}`
}

/**
 * Links statements of different sources that report the same utterance: same speaker and
 * shared wording, tolerating transcription differences ("NATO, you can forget about" /
 * "You can forget about it"). Reports the word-level differences.
 */
import type { Statement } from '../data/schema'
import { align } from '../data/wording'

export interface Link {
  /** Statement ids of the new chain and of the other source's chain. */
  a: string[]
  b: string[]
  confidence: 'certain' | 'likely'
  shared: string
  /** Words only in a, words only in b. */
  onlyA: string[]
  onlyB: string[]
}

/** Lowercased words, apostrophes unified, punctuation dropped. */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").split(/[^\p{L}\p{N}']+/u).filter(Boolean)
}

function longestRun(a: readonly string[], b: readonly string[]): { at: number; length: number } {
  let best = { at: 0, length: 0 }
  const prev = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let diag = 0
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0
      if (prev[j]! > best.length) best = { at: i - prev[j]!, length: prev[j]! }
      diag = up
    }
  }
  return best
}

/** Word-level differences: what a has that b lacks, and the reverse (by longest common subsequence). */
export function wordDiff(a: readonly string[], b: readonly string[]): { onlyA: string[]; onlyB: string[] } {
  const onlyA: string[] = []
  const onlyB: string[] = []
  for (const step of align(a, b)) {
    if (step.op === 'only-first') onlyA.push(a[step.i]!)
    if (step.op === 'only-second') onlyB.push(b[step.j]!)
  }
  return { onlyA, onlyB }
}

/** Groups a source's quotes into chains: a quote and the quotes that continue it. */
export function chains(statements: readonly Statement[]): Statement[][] {
  const out: Statement[][] = []
  const byId = new Map<string, Statement[]>()
  for (const s of [...statements].sort((x, y) => x.start - y.start)) {
    if (s.kind === 'paraphrase') continue
    const chain = s.continues ? byId.get(s.continues) : undefined
    if (chain) chain.push(s)
    else out.push([s])
    byId.set(s.id, chain ?? out[out.length - 1]!)
  }
  return out
}

/**
 * Links each chain of `fresh` to chains of other sources by the same speaker.
 * Certain: five or more words in a row shared. Likely: a partial quote of two or more
 * words found whole in the other.
 * @example findLinks(newStatements, allStatements)
 */
export function findLinks(fresh: readonly Statement[], all: readonly Statement[]): Link[] {
  const links: Link[] = []
  const source = fresh[0]?.source
  const others = chains(all.filter((s) => s.source !== source))
  for (const a of chains(fresh)) {
    const wa = words(a.map((s) => s.text).join(' '))
    for (const b of others) {
      if (b[0]!.speaker !== a[0]!.speaker) continue
      const wb = words(b.map((s) => s.text).join(' '))
      const run = longestRun(wa, wb)
      const shorter = wa.length <= wb.length ? a : b
      const partialInside = shorter.length === 1 && shorter[0]!.kind === 'partial' && run.length >= 2 && run.length === Math.min(wa.length, wb.length)
      if (run.length < 5 && !partialInside) continue
      // A partial quote links to the piece of the other chain that holds its words, not the whole chain.
      const holding = (chain: Statement[]) => {
        const shared = wa.slice(run.at, run.at + run.length).join(' ')
        const pieces = chain.filter((s) => ` ${words(s.text).join(' ')} `.includes(` ${shared} `))
        return partialInside && run.length < 5 && pieces.length > 0 ? pieces : chain
      }
      links.push({
        a: holding(a).map((s) => s.id),
        b: holding(b).map((s) => s.id),
        confidence: run.length >= 5 ? 'certain' : 'likely',
        shared: wa.slice(run.at, run.at + run.length).join(' '),
        ...wordDiff(wa, wb),
      })
    }
  }
  return links
}

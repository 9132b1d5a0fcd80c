/**
 * Word-level differences between two reports of the same utterance, so that a reader
 * sees exactly where two transcriptions disagree ("NATO, you can forget about" against
 * "You can forget about it"). Words compare without case and surrounding punctuation;
 * the output keeps each source's own spelling.
 */

export type WordingOp = { op: 'same' | 'only-first' | 'only-second'; text: string }

const key = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/[’']/g, "'")

/** One step of an alignment of two sequences: an item of both, of the first only, or of the second only. */
export type Step = { op: 'same'; i: number; j: number } | { op: 'only-first'; i: number } | { op: 'only-second'; j: number }

/**
 * Aligns two sequences by their longest common subsequence (items compared with ===);
 * the one diff of the project, used for wording differences and for ingest's links.
 * @example
 * align(['a', 'b', 'c'], ['b', 'c', 'd']) // only-first a, same b, same c, only-second d
 */
export function align<T>(a: readonly T[], b: readonly T[]): Step[] {
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  const steps: Step[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) steps.push({ op: 'same', i: i++, j: j++ })
    else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) steps.push({ op: 'only-first', i: i++ })
    else steps.push({ op: 'only-second', j: j++ })
  }
  return steps
}

/**
 * @example
 * wordDiff('NATO, you can forget about,', 'You can forget about it.')
 * // [{op:'only-first',text:'NATO,'},{op:'same',text:'you can forget about,'},{op:'only-second',text:'it.'}]
 */
export function wordDiff(first: string, second: string): WordingOp[] {
  const a = first.split(/\s+/).filter(Boolean)
  const b = second.split(/\s+/).filter(Boolean)
  // A word that is all punctuation has an empty key and matches nothing: give each its own.
  const ka = a.map((w, i) => key(w) || `\u0000a${i}`)
  const kb = b.map((w, j) => key(w) || `\u0000b${j}`)
  const ops: WordingOp[] = []
  for (const step of align(ka, kb)) {
    const word = step.op === 'only-second' ? b[step.j]! : a[step.i]!
    const last = ops[ops.length - 1]
    if (last && last.op === step.op) last.text += ` ${word}`
    else ops.push({ op: step.op, text: word })
  }
  return ops
}

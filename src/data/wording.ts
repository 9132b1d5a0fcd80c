/**
 * Word-level differences between two reports of the same utterance, so that a reader
 * sees exactly where two transcriptions disagree ("NATO, you can forget about" against
 * "You can forget about it"). Words compare without case and surrounding punctuation;
 * the output keeps each source's own spelling.
 */

export type WordingOp = { op: 'same' | 'only-first' | 'only-second'; text: string }

const key = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/[’']/g, "'")

/**
 * @example
 * wordDiff('NATO, you can forget about,', 'You can forget about it.')
 * // [{op:'only-first',text:'NATO,'},{op:'same',text:'you can forget about,'},{op:'only-second',text:'it.'}]
 */
export function wordDiff(first: string, second: string): WordingOp[] {
  const a = first.split(/\s+/).filter(Boolean)
  const b = second.split(/\s+/).filter(Boolean)
  const ka = a.map(key)
  const kb = b.map(key)
  // Longest common subsequence table, from the end, over word keys.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = ka[i] === kb[j] && ka[i] !== '' ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
  const ops: WordingOp[] = []
  const push = (op: WordingOp['op'], word: string) => {
    const last = ops[ops.length - 1]
    if (last && last.op === op) last.text += ` ${word}`
    else ops.push({ op, text: word })
  }
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && ka[i] === kb[j] && ka[i] !== '') {
      push('same', a[i]!)
      i++
      j++
    } else if (j >= b.length || (i < a.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) push('only-first', a[i++]!)
    else push('only-second', b[j++]!)
  }
  return ops
}

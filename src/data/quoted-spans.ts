/**
 * Every span of a text between a pair of double quotation marks, curly (“…”) or straight ("…").
 * The data check uses it to prove that no quotation of a source is left unrecorded.
 * A paragraph that opens a quote and leaves it open (the convention for quotes running
 * over several paragraphs) yields nothing for that paragraph; the closing paragraph's
 * quote is found as usual.
 */

export interface QuotedSpan {
  /** Index of the first character inside the marks. */
  start: number
  text: string
}

/**
 * @example
 * quotedSpans('He said “yes,” and “no.”') // [{ start: 9, text: 'yes,' }, { start: 20, text: 'no.' }]
 */
export function quotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = []
  for (const m of text.matchAll(/“([^“”\n]*)”|"([^"\n]*)"/g)) {
    const inner = m[1] ?? m[2] ?? ''
    if (inner.length > 0) spans.push({ start: m.index + 1, text: inner })
  }
  return spans
}

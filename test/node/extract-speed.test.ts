/**
 * The extractor's time grows linearly with the article: a 200,000-character text takes about
 * as long as its twenty 10,000-character parts one by one (it once took over three times as
 * long). Asserted as a loose ratio, never in milliseconds, since CI machines differ.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../../src/extract/extract'

/** News-like text of `length` characters in which every copy brings new names, so the persons grow with it. */
function bigText(length: number): string {
  const dir = 'test/fixtures/quotes'
  const base = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(dir, n), 'utf8')).join('\n\n')
  const letters = 'abcdefghij'
  let out = ''
  for (let i = 0; out.length < length; i++) {
    const tag = String(i).split('').map((d) => letters[Number(d)]).join('')
    out += `${base.replace(/\b([A-Z][a-z]{3,})\b/g, `$1${tag}`)}\n\n`
  }
  return out.slice(0, length)
}

function timed(f: () => void): number {
  const t = performance.now()
  f()
  return performance.now() - t
}

/** The whole (warmed) against its twenty parts one by one: fastest of five interleaved runs each. */
function wholeOverParts(whole: string): number {
  const parts = Array.from({ length: 20 }, (_, i) => whole.slice(i * 10_000, (i + 1) * 10_000))
  for (let i = 0; i < 3; i++) {
    extractQuotes(whole)
    parts.forEach((p) => extractQuotes(p))
  }
  let partsMs = Infinity
  let wholeMs = Infinity
  for (let i = 0; i < 5; i++) {
    partsMs = Math.min(partsMs, timed(() => parts.forEach((p) => extractQuotes(p))))
    wholeMs = Math.min(wholeMs, timed(() => extractQuotes(whole)))
  }
  return wholeMs / partsMs
}

describe('extractor speed', () => {
  it('stays linear on a page with no sentence end and no line break (one endless run of quotations)', { timeout: 60_000 }, () => {
    const flat = bigText(200_000).replace(/[.?!]/g, '').replace(/\s+/g, ' ')
    const ratio = wholeOverParts(flat)
    console.log(`no full stops, 200,000 chars against its 20 parts: ratio ${ratio.toFixed(2)}`)
    expect(ratio).toBeLessThan(2)
  })

  it('is linear in the length of the text', { timeout: 60_000 }, () => {
    const ratio = wholeOverParts(bigText(200_000))
    console.log(`200,000 chars against its 20 parts of 10,000: ratio ${ratio.toFixed(2)}`)
    expect(ratio).toBeLessThan(2)
  })
})

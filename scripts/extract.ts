/**
 * `npm run extract -- [--json] FILE...`: what the quote extractor finds in each article,
 * writing nothing. By default a table per file; with `--json`, one JSON object per file and
 * line: `{ "file", "quotes": [{ "start", "end", "text", "kind", "speaker", "conduit",
 * "confidence", "rule" }] }`, offsets in UTF-16 code units of the text between the marks,
 * `speaker` null where the rules are unsure (the quote is then not attributed).
 * Empty, binary and non-English files are refused with a message on stderr (exit code 1).
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { extractQuotes, type ExtractedQuote } from '../src/extract/extract'
import { readableText, UnsupportedText } from '../src/extract/input'

export interface QuoteLine {
  start: number
  end: number
  text: string
  kind: 'direct' | 'partial'
  speaker: string | null
  conduit: string | null
  confidence: number
  rule: string
}

/** The public shape of one extracted quote, as `--json` prints it. */
export function quoteLine(q: ExtractedQuote): QuoteLine {
  return {
    start: q.start, end: q.start + q.text.length, text: q.text, kind: q.kind,
    speaker: q.speaker?.name ?? null, conduit: q.conduit, confidence: q.confidence, rule: q.rule,
  }
}

const clip = (s: string, n: number) => {
  const one = s.replace(/\s+/g, ' ')
  return one.length > n ? `${one.slice(0, n - 1)}…` : one
}

function table(file: string, quotes: QuoteLine[], candidates: string[][]): string {
  const lines = [`${file}: ${quotes.length} quotation${quotes.length === 1 ? '' : 's'}`]
  if (quotes.length === 0) return lines.join('\n')
  const rows = quotes.map((q, i) => [
    `${q.start}–${q.end}`, q.kind, q.speaker ?? `? (review${candidates[i]!.length ? `: ${candidates[i]!.join(', ')}` : ''})`,
    q.conduit ?? '', q.confidence.toFixed(2), q.rule, `“${clip(q.text, 60)}”`,
  ])
  const head = ['offsets', 'kind', 'speaker', 'conduit', 'conf', 'rule', 'text']
  const widths = head.map((h, c) => Math.min(c === 2 ? 40 : 60, Math.max(h.length, ...rows.map((r) => r[c]!.length))))
  const fmt = (r: string[]) => `  ${r.map((cell, c) => (c === r.length - 1 ? cell : clip(cell, widths[c]!).padEnd(widths[c]!))).join('  ')}`
  lines.push(fmt(head), ...rows.map(fmt))
  return lines.join('\n')
}

function main(argv: string[]): number {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } })
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run extract -- [--json] FILE...`)
    return 2
  }
  const { values, positionals } = parsed
  if (positionals.length === 0) {
    console.error('Usage: npm run extract -- [--json] FILE...\nPrints the quotations each article holds, who said them and through which outlet; writes nothing.')
    return 2
  }
  let refused = 0
  for (const file of positionals) {
    let text: string
    try {
      text = readableText(new Uint8Array(readFileSync(file)))
    } catch (error) {
      refused++
      const message = error instanceof UnsupportedText ? error.message : (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message
      console.error(`${file}: refused: ${message}`)
      continue
    }
    const { quotes } = extractQuotes(text)
    const lines = quotes.map(quoteLine)
    if (values.json) console.log(JSON.stringify({ file, quotes: lines }))
    else console.log(table(file, lines, quotes.map((q) => (q.speaker ? [] : q.candidates.map((p) => p.name)))))
  }
  return refused > 0 ? 1 : 0
}

process.exitCode = main(process.argv.slice(2))

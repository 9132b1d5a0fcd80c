/** `npm run extract` as a person or a measuring script meets it. */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const tsx = join('node_modules', '.bin', 'tsx')
const extract = (...args: string[]) => {
  try {
    return { code: 0, out: execFileSync(tsx, ['scripts/extract.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }), err: '' }
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    return { code: e.status, out: e.stdout, err: e.stderr }
  }
}
const ARTICLE = 'test/fixtures/articles/port-strike.txt'

describe('npm run extract', { timeout: 60_000 }, () => {
  it('prints one JSON object per file and line, offsets into the text between the marks', () => {
    const before = readdirSync('test/fixtures/articles')
    const run = extract('--json', ARTICLE, 'test/fixtures/quotes/05.txt')
    expect(run.code, run.err).toBe(0)
    const lines = run.out.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => l.file)).toEqual([ARTICLE, 'test/fixtures/quotes/05.txt'])
    const text = readFileSync(ARTICLE, 'utf8')
    expect(lines[0].quotes).toEqual([
      {
        start: text.indexOf('This is not'), end: text.indexOf(',"') + 1, text: 'This is not everything we asked for, but it is a fair deal,',
        kind: 'direct', speaker: 'Priya Raman', conduit: 'BBC', confidence: expect.any(Number), rule: expect.any(String),
      },
      {
        start: text.indexOf('secure the'), end: text.indexOf('generation') + 'generation'.length, text: 'secure the port for a generation',
        kind: 'partial', speaker: 'Henrik Dahl', conduit: null, confidence: expect.any(Number), rule: expect.any(String),
      },
    ])
    for (const q of lines[0].quotes) expect(text.slice(q.start, q.end)).toBe(q.text)
    expect(readdirSync('test/fixtures/articles')).toEqual(before) // writes nothing
  })

  it('prints a table by default, with speaker unknown shown for review', () => {
    const run = extract(ARTICLE)
    expect(run.code).toBe(0)
    expect(run.out).toContain(`${ARTICLE}: 2 quotations`)
    expect(run.out).toMatch(/offsets\s+kind\s+speaker\s+conduit\s+conf\s+rule\s+text/)
    expect(run.out).toMatch(/direct\s+Priya Raman\s+BBC/)
    const roes = extract('test/fixtures/extract/two-roes.txt')
    expect(roes.out).toMatch(/direct\s+Jane Roe\s/)
    expect(roes.out).toMatch(/direct\s+\? \(review: Jane Roe, Tom Roe\)/)
  })

  it('refuses empty, binary and non-English files, saying why, and still reads the others', () => {
    const dir = 'test/fixtures/extract'
    const run = extract(join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'french.txt'), ARTICLE)
    expect(run.code).toBe(1)
    expect(run.err.trim().split('\n')).toEqual([
      `${dir}/empty.txt: refused: empty file: there is no text to read`,
      `${dir}/binary.txt: refused: binary file (it contains NUL bytes): give the article as UTF-8 text`,
      `${dir}/french.txt: refused: not English (9% of its words are common English words, 43% those of other languages): the rules read English only`,
    ])
    expect(run.out).toContain(`${ARTICLE}: 2 quotations`)
  })

  it('says how to use it when given no file', () => {
    const run = extract()
    expect(run.code).toBe(2)
    expect(run.err).toContain('Usage: npm run extract -- [--json] FILE...')
  })
})

/** `npm run ingest` as an editor meets it (into a local D1), and the pure ingest plan it rests on. */
import { execFile, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { checkData } from '../../src/data/validate'
import { planIngest, type Records } from '../../src/extract/ingest'
import { readRawData } from '../../scripts/lib/data-files'

// The stored texts are the seeds byte for byte, so the tests need nothing outside the repository.
const SEED_003 = 'data/sources/2025-02-26-5978e6f2.txt'
const SEED_000 = 'data/sources/2025-02-26-ca7c55e2.txt'
const seed003 = readFileSync(SEED_003, 'utf8')
const tsx = join('node_modules', '.bin', 'tsx')
const run = (script: string, ...args: string[]) => {
  try {
    return { code: 0, out: execFileSync(tsx, [script, ...args], { encoding: 'utf8', stdio: 'pipe' }) }
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    return { code: e.status, out: e.stdout + e.stderr }
  }
}
const ingest = (...args: string[]) => run('scripts/ingest.ts', ...args)
const db = (...args: string[]) => run('scripts/db.ts', ...args)
const readRecords = () => readRawData('data') as unknown as Records
const pick = (s: Records['statements'][number]) => ({ id: s.id, text: s.text, start: s.start, speaker: s.speaker, conduit: s.conduit, kind: s.kind, continues: s.continues })

/** A made-up article with two new speakers, one with a stated role and an outlet. */
const ARTICLE = readFileSync('test/fixtures/articles/port-strike.txt', 'utf8')

/** Every file under data/ and src/ with its bytes' hash. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {}
  for (const root of ['data', 'src'])
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }))
      if (statSync(join(root, file)).isFile()) out[join(root, file)] = createHash('sha256').update(readFileSync(join(root, file))).digest('hex')
  return out
}

/** A fresh local database (a wrangler state folder) with data/ loaded. */
function seeded(data = 'data'): string {
  const state = mkdtempSync(join(tmpdir(), 'onrecord-state-'))
  const seed = db('seed', '--persist-to', state, '--data', data, '--no-render')
  expect(seed.code, seed.out).toBe(0)
  return state
}

/** The database written back as a data folder. */
function exported(state: string): Records {
  const out = join(mkdtempSync(join(tmpdir(), 'onrecord-export-')), 'data')
  const res = db('export', '--persist-to', state, '--out', out)
  expect(res.code, res.out).toBe(0)
  return readRawData(out) as unknown as Records
}

describe('ingest', { timeout: 60_000 }, () => {
  let dir: string | undefined
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

  it('plans no change when the seeds are ingested again', async () => {
    const records = readRecords()
    for (const file of [SEED_003, SEED_000]) {
      const plan = await planIngest(records, { text: readFileSync(file, 'utf8'), origin: null })
      expect(plan.conflicts).toEqual([])
      expect(plan.rows.every((r) => r.status === 'same')).toBe(true)
      expect(Object.values(plan.added).every((list) => list.length === 0)).toBe(true)
    }
  })

  it('rebuilds seed 003’s quotes as curated, and its links, from data without it', async () => {
    const records = readRecords()
    const curated = records.statements.filter((s) => s.source === '2025-02-26-5978e6f2' && s.kind !== 'paraphrase')
    const gone = new Set(curated.map((s) => s.id))
    const without: Records = {
      ...records,
      sources: records.sources.filter((s) => s.id !== '2025-02-26-5978e6f2'),
      texts: Object.fromEntries(Object.entries(records.texts).filter(([id]) => id !== '2025-02-26-5978e6f2')),
      statements: records.statements.filter((s) => s.source !== '2025-02-26-5978e6f2'),
      utterances: [],
      positions: [],
    }
    const plan = await planIngest(without, { text: seed003, origin: 'shared/seeds/003_25cb764bc298bb5e.txt' })
    expect(plan.sourceId).toBe('2025-02-26-5978e6f2')
    const rebuilt = plan.records.statements.filter((s) => gone.has(s.id))
    expect(rebuilt.map(pick)).toEqual(curated.map(pick))
    expect(plan.added.actors).toEqual([])
    const linked = plan.links.map((l) => [l.confidence, [...l.b, ...l.a].sort()])
    const expected = records.utterances.map((u) => [u.confidence, [...u.statements].sort()])
    expect(linked.sort()).toEqual(expected.sort())
    const nato = plan.links.find((l) => l.a.includes('5978e6f2-q06'))!
    expect(nato).toMatchObject({ onlyA: ['it'], onlyB: ['nato', 'i', 'think'] })
    expect(checkData(plan.records)).toEqual([])
  })

  it('adds a new article’s speakers as new actors to the database, is idempotent, and validates', () => {
    const files = snapshot()
    const state = (dir = seeded())
    const article = join(state, 'port.txt')
    writeFileSync(article, ARTICLE)
    const first = ingest(article, '--persist-to', state, '--publisher', 'Eastbridge Gazette')
    expect(first.code, first.out).toBe(0)
    expect(first.out).toContain('Source 2025-03-10-')
    expect(first.out).toMatch(/Cards: \d+ rendered into R2, 0 already there\./)
    const records = exported(state)
    expect(records.actors.find((a) => a.id === 'priya-raman')).toMatchObject({
      name: 'Priya Raman', role: "general secretary of the Dockers' Union", new: true,
    })
    expect(records.actors.find((a) => a.id === 'henrik-dahl')).toMatchObject({ new: true })
    const fresh = records.statements.filter((s) => s.source.startsWith('2025-03-10-'))
    expect(fresh.map((s) => [s.id.slice(-3), s.speaker, s.kind, s.conduit])).toEqual([
      ['q01', 'priya-raman', 'direct', 'BBC'],
      ['q02', 'henrik-dahl', 'partial', null],
    ])
    expect(records.sources.at(-1)).toMatchObject({ publisher: 'Eastbridge Gazette', date: '2025-03-10', url: null, title: null })
    expect(records.texts[fresh[0]!.source]).toBe(ARTICLE)
    expect(checkData(records)).toEqual([])
    const second = ingest(article, '--persist-to', state)
    expect(second.out).toContain('No changes: everything found is already in the corpus.')
    // data/ and src/ are untouched: the corpus grew in the database only.
    expect(snapshot()).toEqual(files)
  })

  it('reports a conflict and keeps the curated record', () => {
    const data = join(mkdtempSync(join(tmpdir(), 'onrecord-data-')), 'data')
    execFileSync('cp', ['-r', 'data', data])
    const path = join(data, 'statements.json')
    const statements = JSON.parse(readFileSync(path, 'utf8')) as Records['statements']
    statements.find((s) => s.id === 'ca7c55e2-q10')!.conduit = null
    writeFileSync(path, `${JSON.stringify(statements, null, 2)}\n`)
    const state = (dir = seeded(data))
    const before = exported(state)
    const res = ingest(SEED_000, '--persist-to', state)
    expect(res.out).toContain('CONFLICT: statement ca7c55e2-q10: curated conduit null, extractor "Al Jazeera"; kept as curated')
    expect(exported(state)).toEqual(before)
  })

  it('refuses input that is not an article, storing nothing', () => {
    const state = (dir = seeded())
    const before = exported(state)
    const cp1252 = join(state, 'cp1252.txt')
    writeFileSync(cp1252, Buffer.from('The mayor said: \x93We will rebuild the caf\xe9.\x94\n', 'latin1'))
    const bad = ingest(cp1252, '--persist-to', state)
    expect(bad.code).toBe(1)
    expect(bad.out).toContain(`Refused: ${cp1252} is not valid UTF-8 (byte 0x93 at offset 16); save it as UTF-8 text and try again. Nothing was stored.`)
    const binary = join(state, 'image.txt')
    writeFileSync(binary, readFileSync('node_modules/@resvg/resvg-wasm/index_bg.wasm').subarray(0, 4096))
    expect(ingest(binary, '--persist-to', state).out).toMatch(/Refused: .*image\.txt is not (valid UTF-8|plain text)/)
    const empty = join(state, 'empty.txt')
    writeFileSync(empty, '')
    expect(ingest(empty, '--persist-to', state).out).toContain(`Refused: ${empty} is empty; an article must have text.`)
    const quoteless = join(state, 'quoteless.txt')
    writeFileSync(quoteless, 'The council met on Tuesday and agreed the budget.\n')
    const none = ingest(quoteless, '--persist-to', state)
    expect(none.code).toBe(1)
    expect(none.out).toContain('Refused: No quotation was found in the article')
    expect(exported(state)).toEqual(before)
    const allowed = ingest(quoteless, '--persist-to', state, '--allow-empty')
    expect(allowed.code, allowed.out).toBe(0)
    expect(exported(state).sources).toHaveLength(before.sources.length + 1)
  })

  it('lands both of two ingests run at once', async () => {
    const state = (dir = seeded())
    const other = ARTICLE.replace('Priya Raman', 'Amira Haddad').replaceAll('Raman', 'Haddad')
    writeFileSync(join(state, 'a.txt'), ARTICLE)
    writeFileSync(join(state, 'b.txt'), other)
    const exec = promisify(execFile)
    const runs = await Promise.allSettled(['a.txt', 'b.txt'].map((f) => exec(tsx, ['scripts/ingest.ts', join(state, f), '--persist-to', state, '--no-render'], { encoding: 'utf8' })))
    for (const r of runs) expect(r.status, r.status === 'rejected' ? String(r.reason) : '').toBe('fulfilled')
    const records = exported(state)
    expect(records.sources).toHaveLength(4)
    expect(records.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['priya-raman', 'amira-haddad']))
    expect(checkData(records)).toEqual([])
  })
})

/** `npm run ingest` as an editor meets it, and the ingest plan it rests on. */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkData } from '../../src/data/validate'
import { planIngest, type Records } from '../../src/extract/ingest'
import { plannedChanges, readData } from '../../scripts/data-files'

// The stored texts are the seeds byte for byte, so the tests need nothing outside the repository.
const SEED_003 = 'data/sources/2025-02-26-5978e6f2.txt'
const SEED_000 = 'data/sources/2025-02-26-ca7c55e2.txt'
const seed003 = readFileSync(SEED_003, 'utf8')
const tsx = join('node_modules', '.bin', 'tsx')
const ingest = (...args: string[]) => {
  try {
    return { code: 0, out: execFileSync(tsx, ['scripts/ingest.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }) }
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    return { code: e.status, out: e.stdout + e.stderr }
  }
}
const pick = (s: Records['statements'][number]) => ({ id: s.id, text: s.text, start: s.start, speaker: s.speaker, conduit: s.conduit, kind: s.kind, continues: s.continues })

/** A made-up article with two new speakers, one with a stated role and an outlet. */
const ARTICLE = readFileSync('test/fixtures/articles/port-strike.txt', 'utf8')

// Each case runs the CLI through tsx in a child process: seconds each on a loaded 2-core machine.
describe('ingest', { timeout: 60_000 }, () => {
  let dir: string | undefined
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

  it('changes nothing when the seeds are ingested again', async () => {
    const loaded = readData('data')
    for (const file of [SEED_003, SEED_000]) {
      const plan = await planIngest(loaded.records, { text: readFileSync(file, 'utf8'), origin: null })
      expect(plan.conflicts).toEqual([])
      expect(plan.rows.every((r) => r.status === 'same')).toBe(true)
      expect(plannedChanges('data', loaded, plan.records)).toEqual([])
    }
  })

  it('rebuilds seed 003’s quotes as curated, and its links, from data without it', async () => {
    const { records } = readData('data')
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

  it('adds a new article’s speakers as new actors, is idempotent, and validates', () => {
    dir = mkdtempSync(join(tmpdir(), 'onrecord-ingest-'))
    cpSync('data', join(dir, 'data'), { recursive: true })
    const data = join(dir, 'data')
    const article = join(dir, 'port.txt')
    writeFileSync(article, ARTICLE)
    const first = ingest(article, '--data', data, '--publisher', 'Eastbridge Gazette')
    expect(first.code, first.out).toBe(0)
    expect(first.out).toContain('Source 2025-03-10-')
    const actors = JSON.parse(readFileSync(join(data, 'actors.json'), 'utf8')) as Records['actors']
    expect(actors.find((a) => a.id === 'priya-raman')).toMatchObject({
      name: 'Priya Raman', role: "general secretary of the Dockers' Union", new: true,
    })
    expect(actors.find((a) => a.id === 'henrik-dahl')).toMatchObject({ new: true })
    const statements = JSON.parse(readFileSync(join(data, 'statements.json'), 'utf8')) as Records['statements']
    const fresh = statements.filter((s) => s.source.startsWith('2025-03-10-'))
    expect(fresh.map((s) => [s.id.slice(-3), s.speaker, s.kind, s.conduit])).toEqual([
      ['q01', 'priya-raman', 'direct', 'BBC'],
      ['q02', 'henrik-dahl', 'partial', null],
    ])
    const sources = JSON.parse(readFileSync(join(data, 'sources.json'), 'utf8')) as Records['sources']
    expect(sources.at(-1)).toMatchObject({ publisher: 'Eastbridge Gazette', date: '2025-03-10', url: null, title: null })
    expect(readFileSync(join(data, 'sources', 'index.ts'), 'utf8')).toContain(`'${fresh[0]!.source}': t`)
    const check = execFileSync(tsx, ['scripts/check-data.ts', data], { encoding: 'utf8' })
    expect(check).toMatch(/OK — 3 sources, 8 actors/)
    const second = ingest(article, '--data', data)
    expect(second.out).toContain('No changes: everything found is already in the data.')
  })

  it('reports a conflict and keeps the curated record', () => {
    dir = mkdtempSync(join(tmpdir(), 'onrecord-ingest-'))
    cpSync('data', join(dir, 'data'), { recursive: true })
    const path = join(dir, 'data', 'statements.json')
    const statements = JSON.parse(readFileSync(path, 'utf8')) as Records['statements']
    statements.find((s) => s.id === '5978e6f2-q05')!.conduit = 'CNN'
    writeFileSync(path, `${JSON.stringify(statements, null, 2)}\n`)
    const before = readFileSync(path, 'utf8')
    const run = ingest(SEED_003, '--data', join(dir, 'data'))
    expect(run.out).toContain('CONFLICT: statement 5978e6f2-q05: curated conduit "CNN", extractor null; kept as curated')
    expect(readFileSync(path, 'utf8')).toBe(before)
  })
})

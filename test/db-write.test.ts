/**
 * Writes to the corpus in D1: every rule of the data check runs before the commit; a write that
 * breaks one changes nothing and names the record and the rule; two writes planned on the same
 * data cannot both land blind; an article is checked before anything is stored.
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { SourceMeta, Statement } from '../src/data/schema'
import { readAll } from '../src/db/slice'
import { applyAdditions, dataVersion, VersionConflict } from '../src/db/write'
import { ArticleError, decodeArticle, MAX_ARTICLE_CHARS } from '../src/write/article'
import { checkAdditions } from '../src/write/check'
import { ingestArticle } from '../src/write/ingest'
import { getJson } from './helpers/fetch'
import { seedRaw } from './helpers/seed'

const statementOf = (id: string) => (seedRaw().statements as Statement[]).find((s) => s.id === id)!
/** A new direct quote built from a real one of seed 000, under a fresh id. */
const quote = (patch: Partial<Statement>): Statement => ({ ...statementOf('ca7c55e2-q08'), id: 'ca7c55e2-q90', continues: null, ...patch })

async function refused(add: Parameters<typeof applyAdditions>[1]) {
  const before = await readAll(env.DB)
  const version = await dataVersion(env.DB)
  const problems = await checkAdditions(env.DB, add)
  expect(await readAll(env.DB)).toEqual(before)
  expect(await dataVersion(env.DB)).toBe(version)
  return problems.map((p) => ({ record: p.record, rule: p.rule, message: p.message }))
}

describe('writes checked by the data rules', () => {
  it('refuses a quote at a wrong offset', async () => {
    const q = quote({ start: statementOf('ca7c55e2-q08').start + 1 })
    const problems = await refused({ statements: [q] })
    expect(problems).toContainEqual({
      record: 'statement "ca7c55e2-q90"',
      rule: 'verbatim',
      message: `statement "ca7c55e2-q90": text is not at offset ${q.start} of source "2025-02-26-ca7c55e2" (found ${JSON.stringify(seedRaw().texts['2025-02-26-ca7c55e2']!.slice(q.start, q.start + 60))}); it occurs at offset ${q.start - 1}`,
    })
  })

  it('refuses an unknown actor as speaker', async () => {
    const problems = await refused({ statements: [quote({ speaker: 'keir-starmer-2' })] })
    expect(problems).toContainEqual({ record: 'statement "ca7c55e2-q90"', rule: 'reference', message: 'statement "ca7c55e2-q90": speaker "keir-starmer-2" is not an actor' })
  })

  it('refuses a position citing another actor’s statement', async () => {
    const problems = await refused({ positions: [{ actor: 'keir-starmer', topic: 'nato-membership', summary: 'Says Ukraine should join NATO.', evidence: ['ca7c55e2-q11'] }] })
    expect(problems).toEqual([
      { record: 'position "keir-starmer/nato-membership"', rule: 'evidence', message: 'position "keir-starmer/nato-membership": evidence "ca7c55e2-q11" was said by "donald-trump", not "keir-starmer"' },
    ])
  })

  it('refuses a source whose text does not match its SHA-256 (a sentence appended to a stored article)', async () => {
    const raw = seedRaw()
    const meta = { ...(raw.sources as SourceMeta[])[1]!, id: '2025-02-27-5978e6f2', date: '2025-02-27' }
    const problems = await refused({ sources: [meta], texts: { [meta.id]: `${raw.texts['2025-02-26-5978e6f2']}\nAnd one sentence more.` } })
    expect(problems.map((p) => p.rule)).toContain('text-hash')
    expect(problems.find((p) => p.rule === 'text-hash')!.message).toMatch(/^source "2025-02-27-5978e6f2": the stored text's SHA-256 is [0-9a-f]{64}, the record says /)
  })

  it('refuses an id that is already taken, and the database refuses a write whose checks were skipped', async () => {
    const existing = statementOf('ca7c55e2-q08')
    expect((await refused({ statements: [existing] })).map((p) => p.rule)).toContain('unique-id')
    const before = await readAll(env.DB)
    await expect(applyAdditions(env.DB, { statements: [existing] }, await dataVersion(env.DB))).rejects.toThrow(/UNIQUE constraint failed/)
    expect(await readAll(env.DB)).toEqual(before)
  })

  it('lets only one of two writes planned on the same data version land', async () => {
    const version = await dataVersion(env.DB)
    const topic = (id: string) => ({ topics: [{ id, name: id, description: `Test topic ${id}.` }] })
    const next = await applyAdditions(env.DB, topic('first-writer'), version)
    await expect(applyAdditions(env.DB, topic('second-writer'), version)).rejects.toThrow(VersionConflict)
    expect(await dataVersion(env.DB)).toBe(next)
    const topics = (await readAll(env.DB)).topics.map((t) => t.id)
    expect(topics).toContain('first-writer')
    expect(topics).not.toContain('second-writer')
  })
})

const ARTICLE = `Harbour workers ended their strike on Monday. “This is not everything we asked for, but it is a fair deal,” Priya Raman, general secretary of the Dockers' Union, told the BBC.\n`

describe('ingest into D1', () => {
  it('adds an article; its source, actors and quotes are served at once', async () => {
    const result = await ingestArticle(env.DB, { text: ARTICLE, origin: null, date: '2025-03-10', publisher: 'Eastbridge Gazette' })
    expect(result.written).toBe(true)
    const { sources } = await getJson<{ sources: { id: string; publisher: string }[] }>('/api/sources')
    expect(sources.at(-1)).toMatchObject({ id: result.plan.sourceId, publisher: 'Eastbridge Gazette' })
    const actor = await getJson<{ name: string; role: string; statements: { text: string; conduit: string }[] }>('/api/actors/priya-raman')
    expect(actor).toMatchObject({ name: 'Priya Raman', role: "general secretary of the Dockers' Union" })
    expect(actor.statements.map((s) => [s.text, s.conduit])).toEqual([['This is not everything we asked for, but it is a fair deal,', 'BBC']])
    expect(result.affected).toContainEqual({ kind: 'actor', id: 'priya-raman' })
    // The same article again changes nothing.
    const again = await ingestArticle(env.DB, { text: ARTICLE, origin: null, date: '2025-03-10' })
    expect(again.written).toBe(false)
    expect(again.version).toBe(result.version)
  })

  it('refuses an article with no quotation unless asked to store it anyway', async () => {
    const text = 'The council met on Tuesday and agreed the budget.\n'
    const before = await readAll(env.DB)
    await expect(ingestArticle(env.DB, { text, origin: null })).rejects.toThrow(ArticleError)
    expect(await readAll(env.DB)).toEqual(before)
    const stored = await ingestArticle(env.DB, { text, origin: null, allowEmpty: true })
    expect(stored.written).toBe(true)
  })
})

describe('what counts as an article', () => {
  const bytes = (s: string) => new TextEncoder().encode(s)
  it('refuses empty, binary, mis-decoded, not-UTF-8 and oversized input with a message', () => {
    expect(() => decodeArticle(bytes('  \n'))).toThrow('the article is empty; an article must have text.')
    expect(() => decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toThrow(
      'the article is not valid UTF-8 (byte 0x89 at offset 0); save it as UTF-8 text and try again.',
    )
    // “café” in Windows-1252: é is the lone byte 0xE9.
    expect(() => decodeArticle(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x22]), 'cp1252.txt')).toThrow('cp1252.txt is not valid UTF-8 (byte 0xe9 at offset 3)')
    expect(() => decodeArticle(bytes('text\u0000more'))).toThrow('the article is not plain text: it has the character U+0000 at offset 4')
    expect(() => decodeArticle(bytes('caf\ufffd'))).toThrow('U+FFFD')
    try {
      decodeArticle(bytes('a'.repeat(MAX_ARTICLE_CHARS + 1)))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleError)
      expect((error as ArticleError).status).toBe(413)
      expect((error as Error).message).toBe(`the article has ${MAX_ARTICLE_CHARS + 1} characters; the limit is ${MAX_ARTICLE_CHARS}.`)
    }
    expect(decodeArticle(bytes('“Yes,” she said.'))).toBe('“Yes,” she said.')
  })
})

describe('lists page', () => {
  it('pages with ?limit= and a next URL that keeps the filters; the seed corpus fits the first page', async () => {
    const all = await getJson<{ actors: { id: string }[]; next: string | null }>('/api/actors')
    expect(all.next).toBeNull()
    const first = await getJson<{ actors: { id: string }[]; next: string }>('/api/actors?limit=4')
    expect(first.actors.map((a) => a.id)).toEqual(all.actors.slice(0, 4).map((a) => a.id))
    expect(first.next).toBe(`/api/actors?limit=4&after=${first.actors[3]!.id}`)
    const second = await getJson<{ actors: { id: string }[]; next: string | null }>(first.next)
    expect([...first.actors, ...second.actors].map((a) => a.id)).toEqual(all.actors.map((a) => a.id))
    expect(second.next).toBeNull()
    const quotes = await getJson<{ quotes: { id: string }[]; next: string }>('/api/quotes?actor=donald-trump&limit=5')
    expect(quotes.next).toBe(`/api/quotes?actor=donald-trump&limit=5&after=${quotes.quotes[4]!.id}`)
  })
})

/** The synthetic corpus for scale benchmarks: valid by the project's own check, in the promised shape. */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { corpusStats, syntheticCorpus } from '../../scripts/lib/synthetic-corpus'
import { parseStatementId, sourceHash } from '../../src/data/ids'
import { quotedSpans } from '../../src/data/quoted-spans'
import { validateData } from '../../src/data/validate'
import type { Dataset } from '../../src/data/types'

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** Checks the validator leaves to the writers of ids: hashes, and statement numbers in order of offset. */
function expectIdsFollowTheScheme(data: Dataset) {
  for (const source of data.sources) {
    const text = data.texts[source.id]!
    expect(source.sha256).toBe(sha256(text))
    expect(source.id).toBe(`${source.date}-${source.sha256.slice(0, 8)}`)
  }
  const bySource = new Map<string, Dataset['statements']>()
  for (const s of data.statements) bySource.set(s.source, [...(bySource.get(s.source) ?? []), s])
  for (const [source, list] of bySource) {
    for (const letter of ['q', 'p'] as const) {
      const ofKind = list.filter((s) => (s.kind === 'paraphrase') === (letter === 'p')).sort((a, b) => a.start - b.start)
      ofKind.forEach((s, i) => expect(parseStatementId(s.id)).toEqual({ hash: sourceHash(source), letter, n: i + 1 }))
    }
  }
}

describe('syntheticCorpus', () => {
  const small = syntheticCorpus({ articles: 20, seed: 1 })

  it('passes validateData unchanged, and the validated records are the generated ones', () => {
    expect(validateData(small)).toEqual(small)
  })

  it('gives each source its real SHA-256 and numbers statements as src/data/ids.ts does', () => {
    expectIdsFollowTheScheme(small)
  })

  it('has the promised proportions', () => {
    const s = corpusStats(small)
    expect(s.articles).toBe(20)
    expect(s.statements).toBeGreaterThanOrEqual(20 * 19)
    expect(s.statements).toBeLessThanOrEqual(20 * 27)
    expect(s.kinds.direct).toBeGreaterThan(s.kinds.partial)
    expect(s.kinds.partial).toBeGreaterThan(0)
    expect(s.kinds.paraphrase).toBeGreaterThan(0)
    expect(s.kinds.paraphrase).toBeLessThan(s.statements * 0.3)
    expect(s.continued).toBeGreaterThan(0)
    expect(s.withConduit).toBeGreaterThan(0)
    expect(s.nonStatements).toBeGreaterThan(0)
    expect(s.utterances).toBeGreaterThan(0)
    expect(s.actors).toBeGreaterThanOrEqual(2 * 20)
    expect(s.actorsWithRole).toBeGreaterThan(s.actors * 0.8)
    expect(s.organizations).toBeGreaterThanOrEqual(0)
    expect(s.positionsPerActor).toEqual({ min: 1, max: 3 })
    expect(s.actorsWithoutPosition).toBe(0)
    expect(s.minArticleChars).toBeGreaterThanOrEqual(2500)
    expect(s.maxArticleChars).toBeLessThanOrEqual(9000)
    for (const text of Object.values(small.texts)) expect(quotedSpans(text).length).toBeGreaterThanOrEqual(15)
  })

  it('links the same words in two articles by the same speaker', () => {
    const byId = new Map(small.statements.map((s) => [s.id, s]))
    for (const u of small.utterances) {
      const members = u.statements.map((id) => byId.get(id)!)
      const [first, ...rest] = members
      for (const m of rest) {
        expect(m.speaker).toBe(first!.speaker)
        expect(m.source).not.toBe(first!.source)
        // The later report has the same words, all of them or the end of them.
        const words = (t: string) => t.replace(/[,.]$/, '')
        if (u.confidence === 'certain') expect(words(m.text)).toBe(words(first!.text))
        else expect(words(first!.text).endsWith(words(m.text))).toBe(true)
      }
    }
  })

  it('is deterministic for a seed and differs between seeds', () => {
    const again = syntheticCorpus({ articles: 20, seed: 1 })
    expect(JSON.stringify(again)).toBe(JSON.stringify(small))
    const other = syntheticCorpus({ articles: 20, seed: 2 })
    expect(other.sources.map((s) => s.id)).not.toEqual(small.sources.map((s) => s.id))
  })

  it('generates 1,000 articles that pass validateData, with no topic or actor dominating', { timeout: 120_000 }, () => {
    const t0 = performance.now()
    const data = syntheticCorpus({ articles: 1000, seed: 1 })
    const generated = performance.now() - t0
    expect(generated).toBeLessThan(10_000)
    expect(() => validateData(data)).not.toThrow()
    expectIdsFollowTheScheme(data)
    const s = corpusStats(data)
    expect(s.articles).toBe(1000)
    expect(s.statements).toBeGreaterThanOrEqual(20_000)
    expect(s.actors).toBeGreaterThanOrEqual(2000)
    expect(s.topics).toBeGreaterThanOrEqual(100)
    expect(s.topics).toBeLessThanOrEqual(200)
    expect(s.maxPositionsPerTopic).toBeLessThanOrEqual(48)
    expect(s.maxStatementsPerActor).toBeLessThan(s.statements * 0.005)
    expect(s.utterances).toBeGreaterThanOrEqual(200)
    expect(s.textChars / s.articles).toBeGreaterThan(4000)
    expect(s.textChars / s.articles).toBeLessThan(6500)
    expect(s.minArticleChars).toBeGreaterThanOrEqual(2500)
    expect(s.maxArticleChars).toBeLessThanOrEqual(9000)
    expect(s.firstDate!.startsWith('2024-')).toBe(true)
    expect(s.lastDate!.startsWith('2025-')).toBe(true)
    const perTopic = new Map<string, number>()
    for (const t of data.statements.flatMap((st) => st.topics)) perTopic.set(t, (perTopic.get(t) ?? 0) + 1)
    expect(Math.max(...perTopic.values())).toBeLessThan(s.statements * 0.03)
  })
})

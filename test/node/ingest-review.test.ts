/** A quote whose speaker the extractor cannot decide is never a statement: it goes to review. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkData } from '../../src/data/validate'
import { planIngest, type Records } from '../../src/extract/ingest'
import { readRawData } from '../../scripts/lib/data-files'

const TEXT = readFileSync('test/fixtures/extract/two-roes.txt', 'utf8')

describe('ingest of a quote with an unsure speaker', () => {
  it('records it as a non-statement to review, with its candidates, and the data still checks', async () => {
    const records = readRawData('data') as unknown as Records
    const plan = await planIngest(records, { text: TEXT, origin: null, date: '2025-03-12' })
    const start = TEXT.indexOf('Who knows,')
    expect(plan.review).toEqual([
      { start, text: 'Who knows,', kind: 'direct', candidates: ['Jane Roe', 'Tom Roe'], conduit: null, rule: 'name-verb(ambiguous)' },
    ])
    const fresh = plan.records.statements.filter((s) => s.source === plan.sourceId)
    expect(fresh.map((s) => [s.text, s.speaker])).toEqual([['We are fine,', 'jane-roe']])
    expect(plan.added.actors).toEqual(['jane-roe'])
    expect(plan.added.nonStatements).toEqual([
      { source: plan.sourceId, start, text: 'Who knows,', reason: 'Speaker unknown, to review (candidates: Jane Roe, Tom Roe).' },
    ])
    expect(checkData(plan.records)).toEqual([])
  })
})

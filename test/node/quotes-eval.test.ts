/** The quote extractor scored against hand-written gold: the seeds must reach F1 ≥ 0.95. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../../src/extract/extract'
import { formatScore, sameName, scoreQuotes, sumScores, type Gold } from '../../src/extract/score'

const dir = join('test', 'fixtures', 'quotes')
const score = (name: string) => {
  const text = readFileSync(join(dir, `${name}.txt`), 'utf8')
  const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as Gold
  return scoreQuotes(text, gold, extractQuotes(text))
}

describe('quote extraction against gold', () => {
  it('reaches F1 ≥ 0.95 for (span, speaker) and for conduit on the two seed articles', () => {
    const total = sumScores(['01', '02'].map(score))
    console.log(`seeds (01, 02):    ${formatScore(total)}`)
    for (const e of total.errors) console.log(`  ${e}`)
    expect(total.spanSpeaker.f1).toBeGreaterThanOrEqual(0.95)
    expect(total.conduit.f1).toBeGreaterThanOrEqual(0.95)
  })

  it('covers every attribution rule and rejects the hard negatives in the written test texts', () => {
    const names = ['03', '04', '05', '06', '07', '08']
    const scores = names.map(score)
    names.forEach((n, i) => console.log(`${n}: ${formatScore(scores[i]!)}`))
    const total = sumScores(scores)
    console.log(`own texts (03–08): ${formatScore(total)}`)
    for (const e of total.errors) console.log(`  ${e}`)
    expect(total.spanSpeaker.f1).toBeGreaterThanOrEqual(0.95)
    expect(total.conduit.f1).toBeGreaterThanOrEqual(0.95)
    expect(scores[4]!.spanSpeaker.fp).toBe(0) // 07: titles, scare quotes, words nobody said
  })

  it('says what it rejected and why', () => {
    const { rejected } = extractQuotes('The festival opened with the film "Salt and Silence". Critics called the plan a "fantasy".')
    expect(rejected.map((r) => [r.text, r.reason])).toEqual([
      ['Salt and Silence', 'a name, title or term in quotation marks'],
      ['fantasy', 'no speaker for quoted words inside the sentence (scare quotes?)'],
    ])
  })
})

describe('sameName: when the scorer counts two written names as one person', () => {
  it('drops honorifics, initials and middle names, but never equals a surname alone with a full name', () => {
    expect(sameName('Donald J. Trump', 'Donald Trump')).toBe(true)
    expect(sameName('Mr. Trump', 'Trump')).toBe(true)
    expect(sameName('Hillary Rodham Clinton', 'Hillary Clinton')).toBe(true)
    expect(sameName('Clinton', 'Hillary Clinton')).toBe(false)
  })

  it('counts a familiar form as its given name (Chuck and Charles Grassley), and no other first name', () => {
    expect(sameName('Chuck Grassley', 'Charles Grassley')).toBe(true)
    expect(sameName('Sen. Ken Starr', 'Kenneth Starr')).toBe(true)
    expect(sameName('Bill Clinton', 'William Clinton')).toBe(true)
    expect(sameName('Bill Clinton', 'Hillary Clinton')).toBe(false)
    expect(sameName('Steve Bannon', 'Stephen Bannon')).toBe(true)
    // two given names, each with its own familiar form: never one person
    expect(sameName('Stephen Roe', 'Steven Roe')).toBe(false)
    expect(sameName('Charles Roe', 'Charlotte Roe')).toBe(false)
  })
})

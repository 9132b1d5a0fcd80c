/**
 * The data check, fed deliberately broken copies of the real data: each break must be
 * refused with a message naming the record and the problem.
 */
import { describe, expect, it } from 'vitest'
import { seedRaw } from './helpers/seed'
import { DataError, checkData, validateData } from '../src/data/validate'
import type { RawData } from '../src/data/types'

const fresh = (): RawData & Record<string, any> => seedRaw()

const statement = (raw: RawData, id: string): any => (raw.statements as any[]).find((s) => s.id === id)

describe('the data check', () => {
  it('accepts the real data', () => {
    expect(checkData(fresh())).toEqual([])
  })

  it('refuses a quote changed by one character', () => {
    const raw = fresh()
    statement(raw, 'ca7c55e2-q06').text = "If we don’t get security guarantees, we won't have a ceasefire; nothing will work, nothing,"
    // offset 1043: Python's str.index on the seed file gives the same
    expect(checkData(raw)).toEqual([
      'statement "ca7c55e2-q06": text is not at offset 1043 of source "2025-02-26-ca7c55e2" (found "If we don\'t get security guarantees, we won\'t have a ceasefi"); it occurs nowhere in the source',
      'source "2025-02-26-ca7c55e2": the quotation "If we don\'t get security guarantees, we won\'t have a ceasefi…" at offset 1043 is neither a statement nor listed in data/non-statements.json',
    ])
  })

  it('refuses a quote at the wrong offset and says where it really is', () => {
    const raw = fresh()
    statement(raw, 'ca7c55e2-q11').start += 1
    const problems = checkData(raw)
    expect(problems.some((p) => p.startsWith('statement "ca7c55e2-q11": text is not at offset 2282') && p.endsWith('it occurs at offset 2281'))).toBe(true)
  })

  it('refuses a direct quote that is not the whole text between the quotation marks', () => {
    const raw = fresh()
    const s = statement(raw, 'ca7c55e2-q02')
    s.text = 'going to have Europe do that.'
    s.start += 'We’re '.length
    expect(checkData(raw)).toContain(
      'statement "ca7c55e2-q02": a direct quote must be the exact text between quotation marks, but it is preceded by " " and followed by "”"',
    )
  })

  it('refuses a dangling speaker, topic, continuation and evidence', () => {
    const raw = fresh()
    statement(raw, 'ca7c55e2-q10').speaker = 'vladimir-putin-2'
    statement(raw, 'ca7c55e2-q13').topics = ['tariffs']
    statement(raw, 'ca7c55e2-q12').continues = 'ca7c55e2-q99'
    ;(raw.positions as any[])[0].evidence.push('nope')
    const problems = checkData(raw)
    expect(problems).toContain('statement "ca7c55e2-q10": speaker "vladimir-putin-2" is not an actor')
    expect(problems).toContain('statement "ca7c55e2-q13": topic "tariffs" does not exist')
    expect(problems).toContain('statement "ca7c55e2-q12": continues "ca7c55e2-q99", which is not a statement')
    expect(problems).toContain('position "donald-trump/security-guarantees": evidence "nope" is not a statement')
  })

  it('refuses evidence said by someone else: no position may borrow another actor’s words', () => {
    const raw = fresh()
    ;(raw.positions as any[]).push({ actor: 'vladimir-putin', topic: 'peace-deal', summary: 'Will make concessions.', evidence: ['ca7c55e2-q10'] })
    expect(checkData(raw)).toContain('position "vladimir-putin/peace-deal": evidence "ca7c55e2-q10" was said by "donald-trump", not "vladimir-putin"')
  })

  it('refuses a source url that is not http(s): javascript:, data: and the like are never linked', () => {
    const raw = fresh()
    ;(raw.sources as any[])[0].url = 'javascript:alert(document.cookie)'
    ;(raw.sources as any[])[1].url = 'data:text/html,<script>alert(1)</script>'
    const [first, second] = raw.sources as any[]
    // (A refused record also leaves its text without a record, which is said too.)
    expect(checkData(raw)).toEqual(
      expect.arrayContaining([
        `source "${first.id}": url must be an http: or https: URL, received "javascript:alert(document.cookie)"`,
        `source "${second.id}": url must be an http: or https: URL, received "data:text/html,<script>alert(1)</script>"`,
      ]),
    )
    ;(raw.sources as any[])[0].url = 'https://www.telegraph.co.uk/news/2025/02/26/'
    ;(raw.sources as any[])[1].url = 'http://example.org/a'
    expect(checkData(raw)).toEqual([])
  })

  it('refuses a position without evidence and a record missing a field', () => {
    const raw = fresh()
    ;(raw.positions as any[])[1].evidence = []
    delete statement(raw, 'ca7c55e2-q01').conduit
    const problems = checkData(raw)
    expect(problems.some((p) => p.startsWith('position[1]: evidence'))).toBe(true)
    expect(problems.some((p) => p.startsWith('statement "ca7c55e2-q01": conduit'))).toBe(true)
  })

  it('refuses a missing quotation: every quoted span of a source must be recorded', () => {
    const raw = fresh()
    raw.statements = (raw.statements as any[]).filter((s) => s.id !== 'ca7c55e2-q07')
    raw.positions = (raw.positions as any[]).map((p) => ({ ...p, evidence: p.evidence.filter((e: string) => e !== 'ca7c55e2-q07') }))
    expect(checkData(raw)).toEqual([
      'source "2025-02-26-ca7c55e2": the quotation "backstop" at offset 1292 is neither a statement nor listed in data/non-statements.json',
    ])
  })

  it('refuses a role or conduit the source does not give', () => {
    const raw = fresh()
    ;(raw.actors as any[]).find((a) => a.id === 'vladimir-putin').role = 'Russia’s president'
    statement(raw, 'ca7c55e2-q10').conduit = 'Reuters'
    const problems = checkData(raw)
    expect(problems).toContain('actor "vladimir-putin": role "Russia’s president" is not in the words of any of its roleEvidence spans')
    expect(problems).toContain('statement "ca7c55e2-q10": conduit "Reuters" is not named within 400 characters of the text in source "2025-02-26-ca7c55e2"')
  })

  it('refuses an invented attribution and duplicate ids', () => {
    const raw = fresh()
    statement(raw, 'ca7c55e2-q06').attribution = 'he told Reuters'
    ;(raw.statements as any[]).push({ ...statement(raw, 'ca7c55e2-q01') })
    const problems = checkData(raw)
    expect(problems).toContain('statement "ca7c55e2-q06": attribution "he told Reuters" is not within 400 characters of the text in source "2025-02-26-ca7c55e2"')
    expect(problems).toContain('statement "ca7c55e2-q01": the id is used more than once')
  })

  it('throws a DataError listing the problems', () => {
    const raw = fresh()
    raw.topics = null
    expect(() => validateData(raw)).toThrow(DataError)
    expect(() => validateData(raw)).toThrow(/topic: expected an array of records, received null/)
  })
})

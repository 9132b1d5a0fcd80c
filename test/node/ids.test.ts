/** The id scheme and the text hash. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { slugify, sourceHash, sourceId, statementId, textSha256 } from '../../src/data/ids'

describe('ids', () => {
  it('gives the seeds their stored ids', async () => {
    const text = readFileSync('data/sources/2025-02-26-5978e6f2.txt', 'utf8')
    expect(sourceId('2025-02-26', textSha256(text))).toBe('2025-02-26-5978e6f2')
    expect(sourceId(null, textSha256(text))).toBe('undated-5978e6f2')
  })

  it('numbers statements by kind with two digits', () => {
    expect(statementId('2025-02-26-ca7c55e2', 'direct', 3)).toBe('ca7c55e2-q03')
    expect(statementId('2025-02-26-ca7c55e2', 'partial', 12)).toBe('ca7c55e2-q12')
    expect(statementId('undated-ca7c55e2', 'paraphrase', 1)).toBe('ca7c55e2-p01')
    expect(() => sourceHash('no-hash')).toThrow('Source id "no-hash" does not end with an 8-digit hex hash')
  })

  it('slugs names as actor ids', () => {
    expect(slugify('Volodymyr Zelenskyy')).toBe('volodymyr-zelenskyy')
    expect(slugify('Marine Le Pen')).toBe('marine-le-pen')
    expect(slugify('José Álvarez-O’Neill')).toBe('jose-alvarez-oneill')
  })

  it('hashes text synchronously exactly as Web Crypto and node:crypto do', async () => {
    for (const text of ['', 'Zelenskyy’s “backstop” — €5 🇺🇦', readFileSync('data/sources/2025-02-26-ca7c55e2.txt', 'utf8')]) {
      expect(textSha256(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
      const webCrypto = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex')
      expect(textSha256(text)).toBe(webCrypto)
    }
  })
})

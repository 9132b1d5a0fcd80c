/**
 * The fast Path#toPathData writes exactly what opentype's own writes (the SVG snapshots of
 * test/card-snapshots.test.ts are the whole-card check), and satori's glyph paths go through it.
 */
import opentype from '@shuding/opentype.js'
import { describe, expect, it } from 'vitest'
import { fastPathDataCalls, oneDecimal, originalToPathData } from '../src/card/path-data'
import { get } from './helpers/fetch'

/** opentype's own rule: an integer as itself, anything else through toFixed(1). */
const reference = (v: number) => (Math.round(v) === v ? `${Math.round(v)}` : v.toFixed(1))

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('oneDecimal', () => {
  it('agrees with toFixed(1) on ties, signs and doubles just off a tie', () => {
    for (const v of [0, 83, -12, 0.05, 0.25, 1.45, 2.35, -1.45, -0.04, -0.05, 1e-9, -1e-9, 99.95, 1199.99, -0.5, 0.15, 8.75, 1234.56789, 1e12 + 0.3])
      expect(oneDecimal(v), String(v)).toBe(reference(v))
  })

  it('agrees with toFixed(1) on a million coordinates like a card’s, at several precisions', () => {
    const next = random(10)
    let mismatches = 0
    for (let i = 0; i < 250_000; i++) {
      const v = (next() - 0.3) * 2400
      for (const x of [v, Math.round(v * 1000) / 1000, Math.round(v * 100) / 100, Math.round(v * 20) / 20]) if (oneDecimal(x) !== reference(x)) mismatches++
    }
    expect(mismatches).toBe(0)
  })
})

describe('toPathData', () => {
  it('writes the same path data as opentype’s own for every command type', () => {
    const path = new (opentype.Path as unknown as new () => { commands: object[]; toPathData(d?: number): string })()
    path.commands = [
      { type: 'M', x: 85.5, y: 83.2 },
      { type: 'L', x: 85.55, y: -0.04 },
      { type: 'Q', x1: 84.049, y1: 83.25, x: 83, y: 82.6 },
      { type: 'C', x1: -1.45, y1: 2.35, x2: 0.05, y2: -7, x: 1199.99, y: 630 },
      { type: 'Z' },
    ]
    expect(path.toPathData(1)).toBe(originalToPathData.call(path, 1))
    expect(path.toPathData(1)).toBe('M85.5 83.2L85.5-0.0Q84.0 83.3 83 82.6C-1.4 2.4 0.1-7 1200.0 630Z')
    expect(path.toPathData(2)).toBe(originalToPathData.call(path, 2))
  })

  it('is the one satori uses for the glyphs of a card', async () => {
    const before = fastPathDataCalls()
    const res = await get('/cards/quotes/ca7c55e2-q07.svg?size=story')
    expect(res.status).toBe(200)
    expect(fastPathDataCalls()).toBeGreaterThan(before)
  })
})

/**
 * A faster `Path#toPathData` for the glyph outlines satori writes into every card's SVG.
 *
 * satori 0.32 turns each run of text into one path with `path.toPathData(1)` of
 * @shuding/opentype.js, whose version formats every coordinate through a closure, `arguments`
 * and `Number#toFixed`: about a sixth of satori's time on an OG card (measured with V8's CPU
 * profiler, Nov 2026). This version writes the same characters without them: an integer as
 * itself, otherwise one decimal rounded exactly as `toFixed(1)` does — a value within a
 * millionth of a tie between two decimals, where the shortcut could round the other way, is
 * left to `toFixed` itself. Other precisions go to the original.
 *
 * It replaces the method on the prototype that satori's own `Path` objects use: the package is
 * a direct dependency pinned to satori's exact version, so the bundle holds one copy of it.
 * test/card-path-data.test.ts checks the characters against the original and that satori's
 * paths come through here.
 */
import opentype from '@shuding/opentype.js'

interface Command {
  type: 'M' | 'L' | 'C' | 'Q' | 'Z'
  x: number
  y: number
  x1: number
  y1: number
  x2: number
  y2: number
}

/**
 * `v` as opentype's `toPathData(1)` writes it.
 * @example
 * oneDecimal(83) // "83"
 * oneDecimal(-0.04) // "-0.0"
 * oneDecimal(1.45) // "1.4" (1.45 is 1.4499999999999999556 as a double)
 */
export function oneDecimal(v: number): string {
  if (Math.round(v) === v) return `${Math.round(v)}`
  const tenths = Math.abs(v * 10)
  const fraction = tenths - Math.floor(tenths)
  if (tenths >= 1e9 || Math.abs(fraction - 0.5) < 1e-6 || !Number.isFinite(v)) return v.toFixed(1)
  const n = Math.round(tenths)
  return `${v < 0 ? '-' : ''}${Math.floor(n / 10)}.${n % 10}`
}

/** A coordinate after the first of a command: a space unless its minus sign separates it. */
const next = (v: number) => (v >= 0 ? ' ' : '') + oneDecimal(v)

let calls = 0

function toPathData(this: { commands: Command[] }, decimalPlaces?: number): string {
  if (decimalPlaces !== 1) return original.call(this, decimalPlaces)
  calls++
  let d = ''
  for (const c of this.commands) {
    if (c.type === 'M' || c.type === 'L') d += c.type + oneDecimal(c.x) + next(c.y)
    else if (c.type === 'Q') d += 'Q' + oneDecimal(c.x1) + next(c.y1) + next(c.x) + next(c.y)
    else if (c.type === 'C') d += 'C' + oneDecimal(c.x1) + next(c.y1) + next(c.x2) + next(c.y2) + next(c.x) + next(c.y)
    else if (c.type === 'Z') d += 'Z'
  }
  return d
}

const prototype = opentype.Path.prototype as { toPathData: (this: unknown, decimalPlaces?: number) => string }
const original = prototype.toPathData

/** Installs the fast version (idempotent); render.ts does so when it is loaded. */
export function installFastPathData(): void {
  prototype.toPathData = toPathData as typeof original
}

/** The original method, for tests that compare the two. */
export const originalToPathData = original

/** How many one-decimal paths went through the fast version in this isolate. */
export function fastPathDataCalls(): number {
  return calls
}

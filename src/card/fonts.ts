/**
 * The fonts of every card, bundled from npm (@fontsource/inter) as WOFF: satori 0.32 reads
 * TTF, OTF and WOFF but not WOFF2. Inter in three subsets — Latin, Latin Extended and
 * Cyrillic — at two weights, so names such as "Zelenskyy", "Kallas", "Łukasz" or
 * "Зеленський" draw in one typeface (satori detects no Cyrillic by itself: the base
 * fonts must cover it).
 *
 * Each subset has its own family name because satori picks one font per family and weight
 * and falls back across families glyph by glyph. The `FONTS` array is created once: satori
 * caches its parsed fonts by the identity of that array, so passing the same one on every
 * call parses the fonts once per isolate (a fresh array each call re-parses them, ~25 ms).
 */
import cyrillic400 from '@fontsource/inter/files/inter-cyrillic-400-normal.woff'
import cyrillic700 from '@fontsource/inter/files/inter-cyrillic-700-normal.woff'
import latinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff'
import latinExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff'
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff'
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff'
import type { Font } from 'satori/standalone'
import { readAdvances, type Advances } from './metrics'

export type Weight = 400 | 700

/** Family names in fallback order; templates set `fontFamily: FAMILY`. */
export const FAMILIES = ['Inter', 'Inter Latin Ext', 'Inter Cyrillic'] as const
export const FAMILY = FAMILIES.map((f) => `"${f}"`).join(', ')

const FILES: { name: (typeof FAMILIES)[number]; weight: Weight; data: ArrayBuffer }[] = [
  { name: 'Inter', weight: 400, data: latin400 },
  { name: 'Inter', weight: 700, data: latin700 },
  { name: 'Inter Latin Ext', weight: 400, data: latinExt400 },
  { name: 'Inter Latin Ext', weight: 700, data: latinExt700 },
  { name: 'Inter Cyrillic', weight: 400, data: cyrillic400 },
  { name: 'Inter Cyrillic', weight: 700, data: cyrillic700 },
]

/** Handed to satori on every call: the same array, so satori parses the fonts only once. */
export const FONTS: Font[] = FILES.map((f) => ({ name: f.name, weight: f.weight, style: 'normal', data: f.data }))

/** Width of `text` in px at `size` and `weight`, as satori will lay it out (never less). */
export type Measure = (text: string, size: number, weight: Weight) => number

/** A glyph no font has: satori draws nothing, but count it wide rather than narrow. */
const MISSING = 1

let measure: Promise<Measure> | undefined

/** The measure of the bundled fonts, built once per isolate. */
export function fontMeasure(): Promise<Measure> {
  measure ??= buildMeasure().catch((error: unknown) => {
    measure = undefined
    throw error
  })
  return measure
}

async function buildMeasure(): Promise<Measure> {
  const byWeight = new Map<Weight, Advances[]>()
  for (const weight of [400, 700] as const) {
    const files = FILES.filter((f) => f.weight === weight)
    byWeight.set(weight, await Promise.all(files.map((f) => readAdvances(f.data))))
  }
  return createMeasure(byWeight)
}

/** A measure over advance tables in fallback order, per weight; cached per code point. */
export function createMeasure(byWeight: Map<Weight, Advances[]>): Measure {
  const em = new Map<Weight, Map<number, number>>()
  return (text, size, weight) => {
    const tables = byWeight.get(weight) ?? []
    let cache = em.get(weight)
    if (!cache) em.set(weight, (cache = new Map()))
    let width = 0
    for (const char of text) {
      const code = char.codePointAt(0)!
      let advance = cache.get(code)
      if (advance === undefined) {
        advance = MISSING
        for (const table of tables) {
          const found = table.get(code)
          if (found !== undefined) {
            advance = found
            break
          }
        }
        cache.set(code, advance)
      }
      width += advance
    }
    return width * size
  }
}

/**
 * WCAG 2.2 contrast on the cards themselves: every text colour of every palette against the
 * surface it is drawn on, computed here from the sRGB values (WCAG 2.2 §1.4.3 and its
 * definitions of relative luminance and contrast ratio), and every glyph of every card kind,
 * size and theme drawn in one of those checked colours.
 */
import { describe, expect, it } from 'vitest'
import { SIZE_NAMES, THEMES } from '../src/card/params'
import { PALETTES, TEXT_ON } from '../src/card/theme'
import { get } from './helpers/fetch'

/** Relative luminance of a #RRGGBB colour (WCAG 2.2, "relative luminance"). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** AA for normal text; large text (≥ 18pt, or 14pt bold) needs only 3:1, but every card text is held to 4.5:1. */
const AA = 4.5

describe('contrast on the cards', () => {
  it('computes contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#FFFFFF')).toBeCloseTo(21, 5)
    expect(contrast('#FFFFFF', '#FFFFFF')).toBe(1)
    // #767676 is the lightest grey that passes AA on white; #777777 is the darkest that fails.
    expect(contrast('#767676', '#FFFFFF')).toBeGreaterThanOrEqual(4.5)
    expect(contrast('#777777', '#FFFFFF')).toBeLessThan(4.5)
  })

  for (const theme of THEMES) {
    for (const [text, surface] of Object.entries(TEXT_ON) as [keyof typeof TEXT_ON, 'background' | 'chip'][]) {
      const p = PALETTES[theme]
      it(`${theme}: ${text} ${p[text]} on ${surface} ${p[surface]} is at least 4.5:1`, () => {
        expect(contrast(p[text], p[surface])).toBeGreaterThanOrEqual(AA)
      })
    }
  }

  for (const [plural, id] of [['actors', 'donald-trump'], ['quotes', 'ca7c55e2-q09'], ['quotes', 'ca7c55e2-p01'], ['topics', 'peace-deal'], ['actors', 'vladimir-putin']] as const) {
    it(`${plural}/${id}: every glyph, at every size and theme, is drawn in a checked text colour`, async () => {
      for (const theme of THEMES) {
        const allowed = new Set(Object.keys(TEXT_ON).map((k) => PALETTES[theme][k as keyof typeof TEXT_ON].toUpperCase()))
        for (const size of SIZE_NAMES) {
          const svg = await (await get(`/cards/${plural}/${id}.svg?size=${size}&theme=${theme}`)).text()
          // satori draws text as <path fill="…" d="…">; shapes are rects or paths with other attributes first.
          const fills = new Set([...svg.matchAll(/<path fill="(#[0-9A-Fa-f]{6})"/g)].map((m) => m[1]!.toUpperCase()))
          expect(fills.size, `${plural}/${id} ${size} ${theme} draws no text`).toBeGreaterThan(0)
          for (const fill of fills) expect(allowed, `${plural}/${id} ${size} ${theme}: text in ${fill}`).toContain(fill)
        }
      }
    }, 60_000)
  }
})

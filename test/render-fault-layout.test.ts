/**
 * Fault injection: the fonts cannot be read for layout in this isolate. Every format of a
 * card — PNG, SVG and the JSON description, which lays the card out too — answers 503
 * problem+json with Retry-After and no-store, never a 500 and never a cached failure. (A card
 * no other test asks for: an isolate keeps the cards it served for the data version.)
 */
import { describe, expect, it, vi } from 'vitest'
import { expectProblem, getFromApp as get } from './helpers/fetch'

vi.mock('../src/card/fonts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../src/card/fonts')>()),
  fontMeasure: () => Promise.reject(new Error('fonts unreadable (injected by the test)')),
}))

describe('when a card cannot be laid out', () => {
  for (const format of ['png', 'svg', 'json']) {
    it(`answers .${format} with 503 problem+json and Retry-After`, async () => {
      const res = await get(`/cards/quotes/5978e6f2-q02.${format}?size=story&theme=dark`)
      const body = await expectProblem(res, 503)
      expect(res.headers.get('retry-after')).toBe('30')
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(body.detail).toBe('The quote card "5978e6f2-q02" could not be rendered just now. The failure has been logged; try again shortly.')
    })
  }
})

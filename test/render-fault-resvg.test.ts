/**
 * Fault injection: resvg's wasm fails to start in this isolate. An SVG card needs only satori,
 * so it is still served; a PNG is a 503 problem+json with Retry-After, not a 500.
 */
import { describe, expect, it, vi } from 'vitest'
import { expectProblem, getFromApp as get } from './helpers/fetch'

vi.mock('@resvg/resvg-wasm', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@resvg/resvg-wasm')>()),
  initWasm: () => Promise.reject(new Error('resvg failed to start (injected by the test)')),
}))

describe('when resvg cannot start', () => {
  it('still serves the SVG of a card, which does not depend on resvg', async () => {
    const res = await get('/cards/actors/keir-starmer.svg?theme=dark')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(await res.text()).toMatch(/^<svg width="1200" height="630"/)
  })

  it('answers the PNG with 503 problem+json and Retry-After, never cached', async () => {
    const res = await get('/cards/actors/kaja-kallas.png?size=story&theme=dark')
    const body = await expectProblem(res, 503)
    expect(res.headers.get('retry-after')).toBe('30')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(body.detail).toBe('The actor card "kaja-kallas" could not be rendered just now. The failure has been logged; try again shortly.')
  })
})

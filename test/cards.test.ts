import { describe, expect, it } from 'vitest'
import { readText } from '../src/card/png'
import { SIZES } from '../src/card/params'
import { env } from 'cloudflare:test'
import { dataVersion } from '../src/db/write'
import { expectProblem, get, getJson } from './helpers/fetch'
import { PNG_SIGNATURE } from './helpers/cards'

async function png(path: string, init?: RequestInit) {
  const res = await get(path, init)
  expect(res.status, `${path}: ${res.status} ${res.status >= 400 ? await res.clone().text() : ''}`).toBe(200)
  expect(res.headers.get('content-type')).toBe('image/png')
  const bytes = new Uint8Array(await res.arrayBuffer())
  return { res, bytes }
}

describe('/cards PNG', () => {
  it('renders an actor card as a PNG of each size, with its IHDR dimensions', async () => {
    for (const [size, { width, height }] of Object.entries(SIZES)) {
      const { bytes } = await png(`/cards/actors/donald-trump.png?size=${size}`)
      expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
      const view = new DataView(bytes.buffer)
      expect(String.fromCharCode(...bytes.subarray(12, 16))).toBe('IHDR')
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([width, height])
    }
  })

  it('defaults to the OG size and the light theme, and renders the dark one too', async () => {
    const { bytes: plain } = await png('/cards/quotes/ca7c55e2-q08.png')
    const { bytes: og } = await png('/cards/quotes/ca7c55e2-q08.png?size=og&theme=light')
    expect(plain).toEqual(og)
    const { bytes: dark } = await png('/cards/quotes/ca7c55e2-q08.png?theme=dark')
    expect(dark).not.toEqual(og)
  })

  it('carries its provenance in tEXt chunks: kind, ids, statements, sources, data version', async () => {
    const { bytes } = await png('/cards/actors/keir-starmer.png')
    const text = readText(bytes)
    expect(text).toMatchObject({
      'onrecord:kind': 'actor',
      'onrecord:id': 'keir-starmer',
      'onrecord:statements': 'ca7c55e2-q08 ca7c55e2-q09',
      'onrecord:sources': '2025-02-26-ca7c55e2',
      'onrecord:data-version': await dataVersion(env.DB),
      'onrecord:params': 'size=og theme=light',
    })
    expect(text.Description).toMatch(/^Actor card: Keir Starmer, British prime minister\./)
  })

  it('sends a strong ETag, cache headers and the alt text; answers If-None-Match with 304', async () => {
    const { res } = await png('/cards/topics/peace-deal.png?size=square')
    const etag = res.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/)
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600, stale-while-revalidate=86400')
    expect(decodeURIComponent(res.headers.get('x-card-alt')!)).toMatch(/^Topic card: who said what on Ceasefire and peace deal\./)
    const again = await get('/cards/topics/peace-deal.png?size=square', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe('')
    // another size is another card
    const other = await get('/cards/topics/peace-deal.png?size=story', { headers: { 'If-None-Match': etag } })
    expect(other.status).toBe(200)
    expect(other.headers.get('etag')).not.toBe(etag)
  })

  it('renders a card once, stores it in R2, and serves a repeated request without rendering', async () => {
    const first = await get('/cards/actors/kaja-kallas.png?theme=dark')
    expect(first.headers.get('x-card-cache')).toBe('miss; rendered')
    const bytes = new Uint8Array(await first.arrayBuffer())
    const stored = await env.CARDS.list({ prefix: 'cards/actor/kaja-kallas/' })
    expect(stored.objects.map((o) => o.key).filter((k) => k.endsWith('-og-dark.png'))).toHaveLength(1)
    const second = await get('/cards/actors/kaja-kallas.png?theme=dark')
    expect(second.headers.get('x-card-cache')).toMatch(/^hit; (memory|r2)$/)
    expect(new Uint8Array(await second.arrayBuffer())).toEqual(bytes)
  })

  it('answers HEAD with the headers of the card', async () => {
    const res = await get('/cards/quotes/ca7c55e2-q06.png', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('etag')).toMatch(/^"/)
  })

  it('serves SVG', async () => {
    const res = await get('/cards/quotes/ca7c55e2-q06.svg?size=story')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(await res.text()).toMatch(/^<svg width="1080" height="1920"/)
  })
})

describe('/cards errors', () => {
  it('answers an unknown id with 404 problem+json', async () => {
    const body = await expectProblem(await get('/cards/actors/nobody.png'), 404)
    expect(body.detail).toBe('No actor has the id "nobody".')
    expect((await expectProblem(await get('/cards/quotes/putin-q01.svg'), 404)).detail).toBe('No quote has the id "putin-q01".')
    expect((await expectProblem(await get('/cards/topics/war.png'), 404)).detail).toBe('No topic has the id "war".')
    expect((await expectProblem(await get('/cards/people/donald-trump.png'), 404)).detail).toBe(
      'There are no people cards; card kinds: actors, quotes, topics.',
    )
  })

  it('answers a bad size, theme or format with 400 naming the allowed values', async () => {
    const size = await expectProblem(await get('/cards/actors/donald-trump.png?size=huge'), 400)
    expect(size.detail).toBe('Parameter "size" is "huge"; allowed values: og, square, story.')
    const theme = await expectProblem(await get('/cards/actors/donald-trump.png?theme=sepia'), 400)
    expect(theme.detail).toBe('Parameter "theme" is "sepia"; allowed values: light, dark.')
    const format = await expectProblem(await get('/cards/actors/donald-trump.gif'), 400)
    expect(format.detail).toBe('Parameter "format" is "gif"; allowed values: png, svg, json.')
    const none = await expectProblem(await get('/cards/actors/donald-trump'), 400)
    expect(none.detail).toBe('Parameter "format" is ""; allowed values: png, svg, json.')
  })
})

describe('/cards JSON description', () => {
  it('describes a card: alt text, links, the statements and texts it draws', async () => {
    const card = await getJson('/cards/quotes/ca7c55e2-q08.json?size=square')
    expect(card).toMatchObject({ kind: 'quote', id: 'ca7c55e2-q08', size: 'square', theme: 'light', width: 1080, height: 1080 })
    expect(card.alt).toBe(
      'Quote card: “The security guarantee has to be sufficient to deter Putin from coming again,” — Keir Starmer, quoted by The Telegraph. Keir Starmer, British prime minister. 26 February 2025. Source: publisher unknown, 2025-02-26.',
    )
    expect(card.links).toEqual({ png: '/cards/quotes/ca7c55e2-q08.png?size=square&theme=light', svg: '/cards/quotes/ca7c55e2-q08.svg?size=square&theme=light' })
    expect(card.statements).toEqual(['ca7c55e2-q08'])
    expect(card.drawn).toContainEqual({ role: 'credit', text: '— Keir Starmer, quoted by The Telegraph', statements: ['ca7c55e2-q08'] })
  })
})

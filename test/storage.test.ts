/**
 * Cards in R2: rendered when a change is published, content-addressed, served without rendering;
 * a free-plan deployment (RENDER_ON_REQUEST = "false") never renders on a request.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { modelHash } from '../src/card/card'
import app from '../src/index'
import { cardModel } from '../src/read/corpus'
import { cardKey, publishCards } from '../src/storage/cards'
import { dataVersion } from '../src/db/write'
import { get } from './helpers/fetch'

describe('cards in R2', () => {
  it('publishing renders the og card in both themes under content-addressed keys', async () => {
    const version = await dataVersion(env.DB)
    const report = await publishCards(env.DB, env.CARDS, version, [{ kind: 'quote', id: 'ca7c55e2-q08' }])
    const model = (await cardModel(env.DB, version, 'quote', 'ca7c55e2-q08'))!
    const keys = (['light', 'dark'] as const).map((theme) => cardKey('quote', 'ca7c55e2-q08', modelHash(model), { size: 'og', theme, format: 'png' }))
    expect(report.rendered.sort()).toEqual(keys.sort())
    for (const key of keys) expect((await env.CARDS.head(key))?.httpMetadata?.contentType).toBe('image/png')
    // A second publish of unchanged data renders nothing.
    const again = await publishCards(env.DB, env.CARDS, version, [{ kind: 'quote', id: 'ca7c55e2-q08' }])
    expect({ ...again, kept: again.kept.sort() }).toEqual({ rendered: [], kept: keys.sort(), missing: [] })
  })

  it('serves a published card from R2: the request renders nothing', async () => {
    const version = await dataVersion(env.DB)
    await publishCards(env.DB, env.CARDS, version, [{ kind: 'topic', id: 'peace-deal' }])
    const res = await get('/cards/topics/peace-deal.png?theme=dark')
    expect(res.status).toBe(200)
    expect(res.headers.get('x-card-cache')).toBe('hit; r2')
    expect(res.headers.get('cache-tag')).toContain('topic:peace-deal')
  })

  it('names in Cache-Tag every actor, topic and source the card draws on', async () => {
    const res = await get('/cards/actors/keir-starmer.json')
    const tags = res.headers.get('cache-tag')!.split(',')
    expect(tags).toEqual(expect.arrayContaining(['actor:keir-starmer', 'quote:ca7c55e2-q08', 'topic:security-guarantees', 'source:2025-02-26-ca7c55e2']))
  })

  it('gives the ETag from the content: a .json with a matching If-None-Match answers 304', async () => {
    const first = await get('/cards/quotes/ca7c55e2-q09.json')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/)
    const again = await get('/cards/quotes/ca7c55e2-q09.json', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('on the free plan (RENDER_ON_REQUEST = "false") answers a card not yet in R2 with 503 and never renders', async () => {
    const ctx = createExecutionContext()
    const res = await app.fetch(new Request('http://x/cards/quotes/5978e6f2-q01.png?size=story'), { ...env, RENDER_ON_REQUEST: 'false' }, ctx)
    await waitOnExecutionContext(ctx)
    expect(res.status).toBe(503)
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    expect(res.headers.get('retry-after')).toBe('30')
    expect(((await res.json()) as { detail: string }).detail).toBe(
      'The quote card "5978e6f2-q01" (story, light, png) has not been rendered yet; the operator renders cards with `npm run cards:render -- --remote`.',
    )
    expect((await env.CARDS.list({ prefix: 'cards/quote/5978e6f2-q01/' })).objects).toEqual([])
  })
})

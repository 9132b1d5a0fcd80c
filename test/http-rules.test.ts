/**
 * Rules every response of the app follows, found by fuzzing and fault injection (issue 10).
 * Each describe is one rule, added with the fix that makes it hold.
 */
import { describe, expect, it } from 'vitest'
import { expectProblem, get } from './helpers/fetch'

describe('nosniff on every response the app produces', () => {
  it('is sent with a 404 and a 405 too', async () => {
    const missing = await get('/nothing/here')
    await expectProblem(missing, 404)
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff')
    const wrongMethod = await get('/api/actors', { method: 'POST' })
    await expectProblem(wrongMethod, 405)
    expect(wrongMethod.headers.get('x-content-type-options')).toBe('nosniff')
    const noActor = await get('/api/actors/nobody')
    await expectProblem(noActor, 404)
    expect(noActor.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('If-None-Match: * matches only a resource that exists (RFC 9110 §13.1.2)', () => {
  it('answers 404 for a missing actor and 304 for one that exists, in the API and for cards', async () => {
    const star = { headers: { 'If-None-Match': '*' } }
    await expectProblem(await get('/api/actors/nobody', star), 404)
    await expectProblem(await get('/api/quotes/no-such-quote', star), 404)
    await expectProblem(await get('/cards/actors/nobody.png', star), 404)
    const api = await get('/api/actors/keir-starmer', star)
    expect(api.status).toBe(304)
    expect(api.headers.get('etag')).toMatch(/^"/)
    expect((await get('/cards/actors/keir-starmer.png', star)).status).toBe(304)
  })

  it('still answers 304 to the ETag itself, and 200 to another', async () => {
    const etag = (await get('/api/actors/keir-starmer')).headers.get('etag')!
    expect((await get('/api/actors/keir-starmer', { headers: { 'If-None-Match': `"other", ${etag}` } })).status).toBe(304)
    expect((await get('/api/actors/keir-starmer', { headers: { 'If-None-Match': '"other"' } })).status).toBe(200)
  })
})

describe("a card's .json honours If-None-Match", () => {
  it('answers 304 with the ETag of the description, without a body', async () => {
    const first = await get('/cards/quotes/ca7c55e2-q08.json?size=square')
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"/)
    const again = await get('/cards/quotes/ca7c55e2-q08.json?size=square', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(await again.text()).toBe('')
    // The PNG of the same card has its own ETag, which does not validate the description.
    const png = (await get('/cards/quotes/ca7c55e2-q08.png?size=square', { method: 'HEAD' })).headers.get('etag')!
    expect(png).not.toBe(etag)
    expect((await get('/cards/quotes/ca7c55e2-q08.json?size=square', { headers: { 'If-None-Match': png } })).status).toBe(200)
  })
})

describe('a trailing slash', () => {
  it('redirects to the path without it when that path exists, keeping the query', async () => {
    for (const [from, to] of [
      ['/api/actors/', '/api/actors'],
      ['/actors/keir-starmer/', '/actors/keir-starmer'],
      ['/api/topics/?limit=2', '/api/topics?limit=2'],
    ] as const) {
      const res = await get(from, { redirect: 'manual' })
      expect(res.status, from).toBe(308)
      expect(res.headers.get('location'), from).toBe(to)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('is a 404, never a 405 that says GET is allowed, when nothing is served without it either', async () => {
    const res = await get('/nothing/here/', { redirect: 'manual' })
    const body = await expectProblem(res, 404)
    expect(res.headers.get('allow')).toBeNull()
    expect(body.detail).toBe('Nothing is served at /nothing/here/. Start at / or /openapi.json.')
  })
})

describe('a repeated query parameter', () => {
  it('is refused with the same 400 by the cards, the API, the pages and oEmbed', async () => {
    for (const [path, name, values] of [
      ['/cards/actors/keir-starmer.png?size=og&size=story', 'size', ['og', 'story']],
      ['/cards/actors/keir-starmer.json?theme=dark&theme=dark', 'theme', ['dark', 'dark']],
      ['/api/quotes?actor=keir-starmer&actor=donald-trump', 'actor', ['keir-starmer', 'donald-trump']],
      ['/api/actors?limit=1&limit=2', 'limit', ['1', '2']],
      ['/?actor=keir-starmer&actor=donald-trump', 'actor', ['keir-starmer', 'donald-trump']],
      ['/oembed?url=http://onrecord.test/actors/keir-starmer&url=x', 'url', ['http://onrecord.test/actors/keir-starmer', 'x']],
    ] as const) {
      const body = await expectProblem(await get(path), 400)
      expect(body.detail, path).toBe(`Parameter "${name}" is given ${values.length} times (${values.map((v) => JSON.stringify(v)).join(', ')}); give it once.`)
      expect(body).toMatchObject({ parameter: name, received: values })
    }
  })
})

/** /oembed: photo embeds for this deployment's own pages and cards; everything else is refused. */
import { describe, expect, it } from 'vitest'
import { fitSize, oembedTarget } from '../src/routes/oembed'
import { publicOrigin } from '../src/urls'
import { expectProblem, get, getJson, ORIGIN } from './helpers/fetch'
import { pngSize, readHead } from './helpers/page'

const oembed = (url: string, extra = '') => `/oembed?url=${encodeURIComponent(url)}&format=json${extra}`

const ALLOWED =
  'Allowed: URLs of http://onrecord.test with the path /actors/{id}, /quotes/{id}, /topics/{id} or /cards/{actors|quotes|topics}/{id}.png.'

describe('/oembed', () => {
  it('answers a share page with the card as a photo of the declared size', { timeout: 30_000 }, async () => {
    const body = await getJson(oembed(`${ORIGIN}/quotes/ca7c55e2-q08`))
    expect(body).toEqual({
      version: '1.0',
      type: 'photo',
      url: `${ORIGIN}/cards/quotes/ca7c55e2-q08.png`,
      width: 1200,
      height: 630,
      title: '“The security guarantee has to be sufficient to deter Putin from coming again,” — Keir Starmer, quoted by The Telegraph',
      author_name: 'Keir Starmer',
      author_url: `${ORIGIN}/actors/keir-starmer`,
      provider_name: 'onrecord',
      provider_url: `${ORIGIN}/`,
    })
    const image = await get(new URL(body.url).pathname)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect(pngSize(await image.arrayBuffer())).toEqual({ width: 1200, height: 630 })
  })

  it('is discovered from every kind of share page, and answers for it', async () => {
    for (const path of ['/actors/kaja-kallas', '/topics/nato-membership', '/quotes/5978e6f2-p05', '/actors/vladimir-putin']) {
      const html = await (await get(path)).text()
      const link = (await readHead(html)).links.find((l) => l.type === 'application/json+oembed')
      const body = await getJson(new URL(link!.href).pathname + new URL(link!.href).search)
      expect(body).toMatchObject({ type: 'photo', width: 1200, height: 630, provider_name: 'onrecord' })
      expect(body.url).toMatch(new RegExp(`^${ORIGIN}/cards/`))
    }
    const topic = await getJson(oembed(`${ORIGIN}/topics/nato-membership`))
    expect(topic.author_name).toBe('Donald Trump')
    const putin = await getJson(oembed(`${ORIGIN}/actors/vladimir-putin`))
    expect(putin.author_name).toBe('Keir Starmer') // the only one whose words are on his card
  })

  it('answers card URLs, keeping their size and theme', async () => {
    const body = await getJson(oembed(`${ORIGIN}/cards/topics/peace-deal.png?size=square&theme=dark`))
    expect(body).toMatchObject({ url: `${ORIGIN}/cards/topics/peace-deal.png?size=square&theme=dark`, width: 1080, height: 1080 })
    const image = await get(new URL(body.url).pathname + new URL(body.url).search)
    expect(pngSize(await image.arrayBuffer())).toEqual({ width: 1080, height: 1080 })
  })

  it('picks the card size that fits maxwidth and maxheight, and says so when none does', async () => {
    expect(await getJson(oembed(`${ORIGIN}/actors/keir-starmer`, '&maxwidth=1200&maxheight=700'))).toMatchObject({ width: 1200, height: 630 })
    expect(await getJson(oembed(`${ORIGIN}/actors/keir-starmer`, '&maxwidth=1100'))).toMatchObject({ width: 1080, height: 1920 })
    expect(await getJson(oembed(`${ORIGIN}/actors/keir-starmer`, '&maxwidth=1100&maxheight=1500'))).toMatchObject({ width: 1080, height: 1080 })
    const body = await expectProblem(await get(oembed(`${ORIGIN}/actors/keir-starmer`, '&maxwidth=600')), 404)
    expect(body.detail).toBe('No card fits maxwidth=600 and maxheight=any; sizes offered: og 1200×630, square 1080×1080, story 1080×1920.')
  })

  it('refuses URLs of other sites, with no fetch and no redirect', async () => {
    for (const url of [
      'https://evil.example/quotes/ca7c55e2-q08',
      'http://onrecord.test.evil.example/quotes/ca7c55e2-q08',
      'https://onrecord.test/quotes/ca7c55e2-q08',
      'http://onrecord.test:8080/quotes/ca7c55e2-q08',
      'http://user:pass@onrecord.test/quotes/ca7c55e2-q08',
    ]) {
      const res = await get(oembed(url))
      const body = await expectProblem(res, 400)
      expect(body.detail).toBe(`Parameter "url" is ${JSON.stringify(url)}: it is not a URL of this deployment. ${ALLOWED}`)
      expect(res.headers.get('location')).toBeNull()
    }
    const relative = await expectProblem(await get(oembed('/quotes/ca7c55e2-q08')), 400)
    expect(relative.detail).toBe(`Parameter "url" is "/quotes/ca7c55e2-q08": it is not an absolute URL. ${ALLOWED}`)
  })

  it('refuses own URLs that are not share pages or cards, and unknown records', async () => {
    for (const path of ['/', '/api/quotes/ca7c55e2-q08', '/oembed', '/quotes/ca7c55e2-q08/x', '/cards/quotes/ca7c55e2-q08.gif', '/quotes/../api/sources/2025-02-26-ca7c55e2']) {
      const body = await expectProblem(await get(oembed(`${ORIGIN}${path}`)), 400)
      expect(body.detail).toContain('its path is neither a share page nor a card.')
    }
    const bad = await expectProblem(await get(oembed(`${ORIGIN}/cards/quotes/ca7c55e2-q08.png?size=huge`)), 400)
    expect(bad.detail).toContain('its size is "huge", not one of og, square, story.')
    const missing = await expectProblem(await get(oembed(`${ORIGIN}/quotes/nope`)), 404)
    expect(missing.detail).toBe('No quote has the id "nope".')
  })

  it('answers only format=json, and asks for url', async () => {
    const xml = await expectProblem(await get(`/oembed?url=${encodeURIComponent(`${ORIGIN}/topics/peace-deal`)}&format=xml`), 400)
    expect(xml.detail).toBe('Parameter "format" is "xml"; allowed values: json.')
    await getJson(`/oembed?url=${encodeURIComponent(`${ORIGIN}/topics/peace-deal`)}`) // format defaults to json
    const none = await expectProblem(await get('/oembed'), 400)
    expect(none.parameter).toBe('url')
  })

  it('may be read from any origin', async () => {
    const res = await get(oembed(`${ORIGIN}/topics/peace-deal`), { headers: { Origin: 'https://blog.example' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('takes the origin from PUBLIC_ORIGIN when it is set, and then refuses the request\'s own host', () => {
    expect(publicOrigin('', 'http://127.0.0.1:8787/quotes/x')).toBe('http://127.0.0.1:8787')
    expect(publicOrigin('https://onrecord.example/', 'http://127.0.0.1:8787/quotes/x')).toBe('https://onrecord.example')
    expect(oembedTarget('https://onrecord.example/cards/quotes/q1.png?size=story&theme=dark', 'https://onrecord.example')).toEqual({
      kind: 'quote',
      id: 'q1',
      size: 'story',
      theme: 'dark',
    })
    expect(() => oembedTarget('http://127.0.0.1:8787/quotes/q1', 'https://onrecord.example')).toThrow('it is not a URL of this deployment')
  })

  it('fits sizes: og first, else the largest that fits, and a named size only if it fits', () => {
    expect(fitSize(undefined)).toBe('og')
    expect(fitSize(undefined, 1080)).toBe('story')
    expect(fitSize(undefined, 1080, 1080)).toBe('square')
    expect(fitSize(undefined, 1000)).toBeUndefined()
    expect(fitSize('square', 2000, 2000)).toBe('square')
    expect(fitSize('story', 2000, 1000)).toBeUndefined()
  })
})

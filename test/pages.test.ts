/**
 * Share pages as a crawler sees them: every actor, quote and topic page answers 200 with
 * its Open Graph, Twitter, canonical, oEmbed and JSON-LD tags, all with absolute URLs —
 * and the image they announce is a PNG of the announced size.
 */
import { describe, expect, it } from 'vitest'
import { expectProblem, get, getJson, ORIGIN } from './helpers/fetch'
import { pngSize, readHead, type PageHead } from './helpers/page'

const REQUIRED_META = [
  'og:title',
  'og:description',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'og:type',
  'og:url',
  'twitter:card',
  'twitter:image',
  'twitter:image:alt',
]

async function page(path: string): Promise<{ res: Response; html: string; head: PageHead }> {
  const res = await get(path, { headers: { Accept: 'text/html' } })
  const html = await res.text()
  expect(res.status, `${path}: ${html.slice(0, 300)}`).toBe(200)
  return { res, html, head: await readHead(html) }
}

async function sharePaths(): Promise<string[]> {
  const [{ actors }, { quotes }, { topics }] = await Promise.all([getJson('/api/actors'), getJson('/api/quotes'), getJson('/api/topics')])
  return [...actors, ...quotes, ...topics].map((r: any) => r.links.page as string)
}

const graph = (head: PageHead): any[] => (head.jsonLd[0] as any)['@graph']

describe('share pages', () => {
  it('every actor, quote and topic page carries all the meta tags, with absolute URLs', { timeout: 30_000 }, async () => {
    const paths = await sharePaths()
    expect(paths).toHaveLength(6 + 35 + 6)
    for (const path of paths) {
      const { res, head } = await page(path)
      expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8')
      for (const key of REQUIRED_META) expect(head.meta[key], `${key} on ${path}`).toBeTruthy()
      expect(head.meta['og:url']).toBe(`${ORIGIN}${path}`)
      expect(head.meta['og:type']).toBe('article')
      expect(head.meta['twitter:card']).toBe('summary_large_image')
      expect(head.meta['og:image']).toMatch(new RegExp(`^${ORIGIN}/cards/(actors|quotes|topics)/[^/]+\\.png$`))
      expect(head.meta['twitter:image']).toBe(head.meta['og:image'])
      expect(head.meta['twitter:image:alt']).toBe(head.meta['og:image:alt'])
      expect(head.links.find((l) => l.rel === 'canonical')?.href).toBe(`${ORIGIN}${path}`)
      const oembed = head.links.find((l) => l.rel === 'alternate' && l.type === 'application/json+oembed')
      expect(oembed?.href).toBe(`${ORIGIN}/oembed?url=${encodeURIComponent(`${ORIGIN}${path}`)}&format=json`)
      expect(head.jsonLd).toHaveLength(1)
      expect(graph(head)[0]).toMatchObject({ '@type': 'ItemPage', '@id': `${ORIGIN}${path}` })
    }
  })

  it('announces images that answer 200 image/png of the declared size', { timeout: 60_000 }, async () => {
    for (const path of await sharePaths()) {
      const { head } = await page(path)
      const res = await get(new URL(head.meta['og:image']!).pathname)
      expect(res.status, head.meta['og:image']).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/png')
      expect(pngSize(await res.arrayBuffer())).toEqual({
        width: Number(head.meta['og:image:width']),
        height: Number(head.meta['og:image:height']),
      })
    }
  })

  it('sends a Content-Security-Policy without inline scripts, nosniff and a Referrer-Policy', async () => {
    const { res, html } = await page('/quotes/ca7c55e2-q06')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    // The only <script> with content is JSON-LD data; code comes from /app.js.
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="application/ld+json">', '<script src="/app.js" defer="">'])
    const js = await get('/app.js')
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(js.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await get('/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('describes each direct quotation as a schema.org Quotation with speaker, source and date', async () => {
    const quote = await getJson('/api/quotes/ca7c55e2-q08')
    const { head } = await page('/quotes/ca7c55e2-q08')
    const [pageLd, quotation] = graph(head)
    expect(pageLd.mainEntity).toEqual([{ '@id': `${ORIGIN}/quotes/ca7c55e2-q08#statement` }])
    expect(quotation['@id']).toBe(`${ORIGIN}/quotes/ca7c55e2-q08#statement`)
    expect(pageLd.primaryImageOfPage).toMatchObject({ contentUrl: head.meta['og:image'], width: 1200, height: 630 })
    const speaker = { '@type': 'Person', '@id': `${ORIGIN}/actors/keir-starmer`, name: 'Keir Starmer', jobTitle: 'British prime minister' }
    const source = {
      '@type': 'CreativeWork',
      '@id': `${ORIGIN}/api/sources/2025-02-26-ca7c55e2`,
      identifier: '2025-02-26-ca7c55e2',
      description: 'Source 2025-02-26-ca7c55e2: publisher unknown, 2025-02-26',
      url: `${ORIGIN}/api/sources/2025-02-26-ca7c55e2`,
      archivedAt: `${ORIGIN}/api/sources/2025-02-26-ca7c55e2`,
    }
    expect(quotation).toMatchObject({
      '@type': 'Quotation',
      text: quote.text,
      spokenByCharacter: speaker,
      creator: speaker,
      isBasedOn: source,
      citation: source,
      dateCreated: '2025-02-26',
    })
    expect(quotation.isBasedOn.publisher).toBeUndefined()
  })

  it('never presents a paraphrase as a quotation', async () => {
    const { html, head } = await page('/quotes/ca7c55e2-p01')
    const [, claim] = graph(head)
    expect(claim['@type']).toBe('Claim')
    expect(claim.creator).toBeUndefined()
    expect(claim.spokenByCharacter).toBeUndefined()
    expect(claim.description).toBe('Paraphrase: the article’s own words reporting what Donald Trump said; not a quotation.')
    expect(head.meta['og:title']).toMatch(/^Donald Trump, as reported \(paraphrase\): /)
    expect(html).toContain('Paraphrase: the article’s own words reporting what was said, not a quotation')
    expect(html).not.toContain('<blockquote')
    expect(html).toContain('Reported speech of <a href="/actors/donald-trump">Donald Trump</a>; the words are the article’s.')
    // On Trump's page his paraphrases are Claims and his quotations Quotations.
    const trump = await page('/actors/donald-trump')
    const types = graph(trump.head).slice(1).map((n) => [new URL(n.url).pathname.split('/').pop(), n['@type']])
    for (const [id, type] of types) expect(type, id).toBe(id.includes('-p') ? 'Claim' : 'Quotation')
  })

  it('shows the full quotation, its attribution chain and links to the source records', async () => {
    const { html } = await page('/quotes/ca7c55e2-q06')
    expect(html).toContain('<p>“If we don&#39;t get security guarantees, we won&#39;t have a ceasefire; nothing will work, nothing,”</p>')
    expect(html).toContain('Volodymyr Zelenskyy (Ukraine’s president) told the BBC; reported in source 2025-02-26-ca7c55e2 (publisher unknown, 2025-02-26).')
    expect(html).toContain('The article’s attributing words: “he told the BBC”')
    expect(html).toContain('href="/api/sources/2025-02-26-ca7c55e2"')
    expect(html).toContain('href="/api/quotes/ca7c55e2-q06"')
    expect(html).toContain('href="/actors/volodymyr-zelenskyy"')
    // Copy link, copy embed code, download PNG.
    expect(html).toContain(`data-copy="${ORIGIN}/quotes/ca7c55e2-q06"`)
    expect(html).toContain('Copy embed code')
    expect(html).toContain('href="/cards/quotes/ca7c55e2-q06.png" download="onrecord-quote-ca7c55e2-q06-og.png"')
  })

  it('says Putin is not quoted and attributes what others said about him to them', async () => {
    const { html, head } = await page('/actors/vladimir-putin')
    expect(head.meta['og:title']).toBe('Vladimir Putin: no quotations on record')
    expect(html).toContain('The sources quote no words of Vladimir Putin.')
    expect(html).toContain('What others said that mentions Vladimir Putin')
    expect(html).toContain('— <a href="/actors/keir-starmer">Keir Starmer, quoted by The Telegraph</a>')
    const statements = graph(head).slice(1)
    expect(statements.length).toBeGreaterThan(0)
    for (const s of statements) expect(s.creator?.name).not.toBe('Vladimir Putin')
  })

  it('answers an unknown id with problem+json, or an HTML page when the client prefers HTML', async () => {
    const body = await expectProblem(await get('/actors/nobody'), 404)
    expect(body.detail).toBe('No actor has the id "nobody".')
    await expectProblem(await get('/quotes/nope', { headers: { Accept: 'application/json' } }), 404)
    const res = await get('/topics/nope', { headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' } })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8')
    expect(await res.text()).toContain('No topic has the id &quot;nope&quot;.')
  })

  it('keeps 405 with Allow for other methods', async () => {
    for (const path of ['/', '/actors/keir-starmer', '/oembed']) {
      const res = await get(path, { method: 'POST' })
      await expectProblem(res, 405)
      expect(res.headers.get('allow')).toBe('GET, HEAD')
    }
  })
})

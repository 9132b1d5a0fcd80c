/**
 * The share pages read by a real Open Graph parser (open-graph-scraper, given the HTML
 * that `wrangler dev` serves): it must find the title, the image, its size and its alt,
 * and the image it finds must be a PNG of that size.
 */
import ogs from 'open-graph-scraper'
import { describe, expect, inject, it } from 'vitest'
import { pngSize } from '../../src/card/png'

const base = inject('baseUrl')

describe('open-graph-scraper on the share pages', () => {
  for (const path of ['/quotes/ca7c55e2-q08', '/quotes/5978e6f2-p05', '/actors/donald-trump', '/actors/vladimir-putin', '/topics/minerals-deal']) {
    it(`finds title, image, size and alt on ${path}`, async () => {
      const html = await (await fetch(`${base}${path}`)).text()
      const { error, result } = await ogs({ html })
      expect(error).toBe(false)
      expect(result.ogTitle).toBeTruthy()
      expect(result.ogDescription).toBeTruthy()
      expect(result.ogType).toBe('article')
      expect(result.ogUrl).toBe(`${base}${path}`)
      expect(result.ogImage).toHaveLength(1)
      const image = result.ogImage![0]!
      expect(image.url).toMatch(new RegExp(`^${base}/cards/(actors|quotes|topics)/[^/]+\\.png$`))
      expect(image.type).toBe('image/png')
      expect(image.alt).toBeTruthy()
      expect(result.twitterCard).toBe('summary_large_image')
      expect(result.twitterImage?.[0]).toMatchObject({ url: image.url, alt: image.alt })
      const res = await fetch(image.url)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/png')
      expect(pngSize(new Uint8Array(await res.arrayBuffer()))).toEqual({ width: Number(image.width), height: Number(image.height) })
      expect([Number(image.width), Number(image.height)]).toEqual([1200, 630])
    })
  }

  it('reads the Quotation from the JSON-LD', async () => {
    const html = await (await fetch(`${base}/quotes/ca7c55e2-q08`)).text()
    const { result } = await ogs({ html })
    const graph = (result.jsonLD?.[0] as any)?.['@graph']
    expect(graph?.[1]).toMatchObject({ '@type': 'Quotation', creator: { name: 'Keir Starmer' }, dateCreated: '2025-02-26' })
  })
})

/** The gallery at `/`: every card, server-side filters, theme and size pickers that change the image URLs. */
import { describe, expect, it } from 'vitest'
import { expectProblem, get, ORIGIN } from './helpers/fetch'

async function gallery(query = ''): Promise<string> {
  const res = await get(`/${query}`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8')
  expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
  return res.text()
}

const cards = (html: string) => [...html.matchAll(/<li class="card-item" data-kind="(\w+)" data-id="([^"]+)">/g)].map((m) => `${m[1]}:${m[2]}`)
const images = (html: string) => [...html.matchAll(/<img src="([^"]+)" width="(\d+)" height="(\d+)"/g)].map((m) => ({ src: m[1]!, width: Number(m[2]), height: Number(m[3]) }))

describe('gallery', () => {
  it('shows every actor, topic and quote card, each with a copy-link button for its share page', async () => {
    const html = await gallery()
    const all = cards(html)
    expect(all.filter((c) => c.startsWith('actor:'))).toHaveLength(6)
    expect(all.filter((c) => c.startsWith('topic:'))).toHaveLength(6)
    expect(all.filter((c) => c.startsWith('quote:'))).toHaveLength(35)
    expect(html).toContain('47 of 47 cards')
    expect(html).toContain(`data-copy="${ORIGIN}/quotes/ca7c55e2-q06"`)
    expect(images(html)[0]).toEqual({ src: '/cards/actors/donald-trump.png', width: 1200, height: 630 })
  })

  it('filters by actor and by topic on the server', async () => {
    const starmer = cards(await gallery('?actor=keir-starmer'))
    expect(starmer).toEqual([
      'actor:keir-starmer',
      'topic:security-guarantees',
      'topic:peace-deal',
      'quote:ca7c55e2-q07',
      'quote:ca7c55e2-q08',
      'quote:ca7c55e2-q09',
    ])
    const both = cards(await gallery('?actor=keir-starmer&topic=peace-deal'))
    expect(both).toEqual(['actor:keir-starmer', 'topic:peace-deal', 'quote:ca7c55e2-q09'])
    const nato = cards(await gallery('?topic=nato-membership'))
    expect(nato).toContain('quote:5978e6f2-q06')
    expect(nato.filter((c) => c.startsWith('quote:')).length).toBe(4)
    expect(await gallery('?actor=vladimir-putin&topic=nato-membership')).toContain('No card is about both of these.')
  })

  it('changes every image URL and size with the theme and size pickers', async () => {
    const html = await gallery('?theme=dark&size=square')
    for (const img of images(html)) {
      expect(img.src).toMatch(/\.png\?size=square&amp;theme=dark$/)
      expect([img.width, img.height]).toEqual([1080, 1080])
    }
    expect(html).toContain('<option value="dark" selected="">dark</option>')
    expect(images(await gallery('?size=story'))[0]).toEqual({ src: '/cards/actors/donald-trump.png?size=story', width: 1080, height: 1920 })
  })

  it('refuses unknown filter values, naming the allowed ones', async () => {
    const body = await expectProblem(await get('/?theme=sepia'), 400)
    expect(body.detail).toBe('Parameter "theme" is "sepia"; allowed values: light, dark.')
    const html = await get('/?size=huge', { headers: { Accept: 'text/html' } })
    expect(html.status).toBe(400)
    expect(await html.text()).toContain('Parameter &quot;size&quot; is &quot;huge&quot;; allowed values: og, square, story.')
  })
})

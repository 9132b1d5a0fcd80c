import { describe, expect, it } from 'vitest'
import { expectProblem, get, getJson } from './helpers/fetch'

describe('/api/actors', () => {
  it('lists every actor with the role the sources state', async () => {
    const { actors } = await getJson('/api/actors')
    const roles = Object.fromEntries(actors.map((a: any) => [a.id, a.role]))
    // Roles as the article words them (seed 000): "the EU’s chief diplomat", "director of Italy’s Institute …"
    expect(roles).toEqual({
      'donald-trump': 'U.S. president',
      'volodymyr-zelenskyy': 'Ukraine’s president',
      'keir-starmer': 'British prime minister',
      'kaja-kallas': 'EU’s chief diplomat',
      'nathalie-tocci': 'director of Italy’s Institute of International Affairs',
      'vladimir-putin': null,
    })
    const starmer = actors.find((a: any) => a.id === 'keir-starmer')
    expect(starmer).toMatchObject({ name: 'Keir Starmer', statementCount: 3, links: { card: '/cards/actors/keir-starmer.png', page: '/actors/keir-starmer' } })
  })

  it('gives an actor with positions, each citing their own statements', async () => {
    const kallas = await getJson('/api/actors/kaja-kallas')
    expect(kallas.positions.map((p: any) => p.topic)).toEqual(['peace-deal', 'support-for-ukraine'])
    const own = new Set(kallas.statements.map((s: any) => s.id))
    for (const p of kallas.positions) for (const id of p.evidence) expect(own.has(id), id).toBe(true)
    expect(kallas.statements.every((s: any) => s.speaker === 'kaja-kallas')).toBe(true)
  })

  it('invents nothing for Putin: no quote, no position, only what others said of him', async () => {
    const putin = await getJson('/api/actors/vladimir-putin')
    expect(putin.role).toBeNull()
    expect(putin.statements).toEqual([])
    expect(putin.positions).toEqual([])
    expect(putin.mentionedIn).toEqual(['ca7c55e2-q08'])
    const mention = await getJson('/api/quotes/ca7c55e2-q08')
    expect(mention.speaker).toBe('keir-starmer')
    const { quotes } = await getJson('/api/quotes?actor=vladimir-putin')
    expect(quotes).toEqual([])
  })

  it('answers an unknown actor with 404 naming it', async () => {
    const body = await expectProblem(await get('/api/actors/boris-johnson'), 404)
    expect(body.detail).toBe('No actor has the id "boris-johnson".')
    expect(body.instance).toBe('/api/actors/boris-johnson')
  })
})

describe('/api/topics', () => {
  it('lists the topics', async () => {
    const { topics } = await getJson('/api/topics')
    expect(topics.map((t: any) => t.id)).toEqual(['security-guarantees', 'nato-membership', 'minerals-deal', 'peace-deal', 'eu-us-relations', 'support-for-ukraine'])
  })

  it('puts every actor’s position on a topic side by side with its quotes', async () => {
    const topic = await getJson('/api/topics/security-guarantees')
    expect(topic.positions.map((p: any) => p.actor)).toEqual(['donald-trump', 'volodymyr-zelenskyy', 'keir-starmer'])
    for (const p of topic.positions) {
      expect(p.quotes.length).toBe(p.evidence.length)
      expect(p.quotes.every((q: any) => q.speaker === p.actor && q.topics.includes('security-guarantees'))).toBe(true)
    }
  })

  it('answers an unknown topic with 404', async () => {
    const body = await expectProblem(await get('/api/topics/tariffs'), 404)
    expect(body.detail).toBe('No topic has the id "tariffs".')
  })
})

describe('/api/sources', () => {
  it('says the publisher is unknown rather than guessing', async () => {
    const { sources } = await getJson('/api/sources')
    expect(sources).toHaveLength(2)
    for (const s of sources) {
      expect(s).toMatchObject({ publisher: null, title: null, url: null, date: '2025-02-26' })
      expect(typeof s.dateBasis).toBe('string')
    }
  })

  it('serves a source with its text and statement ids', async () => {
    const s = await getJson('/api/sources/2025-02-26-5978e6f2')
    expect(s.text.startsWith(' date 2025-02-26 In a major shift')).toBe(true)
    expect(s.length).toBe(s.text.length)
    expect(s.statements).toContain('5978e6f2-q03')
  })

  it('answers an unknown source with 404', async () => {
    await expectProblem(await get('/api/sources/2025-02-27-00000000'), 404)
  })
})

describe('HTTP behaviour', () => {
  it('answers a wrong method with 405 and Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await get('/api/actors/donald-trump', { method })
      const body = await expectProblem(res, 405)
      expect(res.headers.get('allow')).toBe('GET, HEAD')
      expect(body.detail).toBe(`Method ${method} is not allowed on /api/actors/donald-trump; allowed methods: GET, HEAD.`)
    }
  })

  it('answers HEAD like GET without a body', async () => {
    const res = await get('/api/actors', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  })

  it('answers an unknown path with 404 problem+json', async () => {
    const body = await expectProblem(await get('/api/people'), 404)
    expect(body.detail).toBe('Nothing is served at /api/people. Start at / or /openapi.json.')
  })

  it('allows any origin to read the JSON', async () => {
    const res = await get('/api/quotes', { headers: { Origin: 'https://newsroom.example' } })
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const preflight = await get('/api/quotes', { method: 'OPTIONS', headers: { Origin: 'https://x.example', 'Access-Control-Request-Method': 'GET' } })
    expect(preflight.status).toBe(204)
  })

  it('never leaks a stack trace for odd input', async () => {
    for (const path of ['/api/actors/%E0%A4%A', '/api/quotes?kind=%00', '/api/quotes/' + 'x'.repeat(5000), '/api/topics/..%2F..%2Fetc']) {
      const res = await get(path)
      expect([400, 404]).toContain(res.status)
      expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    }
  })
})

describe('conditional GET on the JSON API', () => {
  it('sends an ETag and answers If-None-Match with 304 and no body', async () => {
    const first = await get('/api/quotes?actor=keir-starmer')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[0-9a-f]{16}-[0-9a-f]{16}"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=300')
    const again = await get('/api/quotes?actor=keir-starmer', { headers: { 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    // another query is another representation
    const other = await get('/api/quotes?actor=kaja-kallas', { headers: { 'If-None-Match': etag! } })
    expect(other.status).toBe(200)
    expect(other.headers.get('etag')).not.toBe(etag)
  })

  it('sends no ETag on errors, and nosniff everywhere', async () => {
    const missing = await get('/api/actors/nobody')
    expect(missing.headers.get('etag')).toBeNull()
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff')
    for (const path of ['/api/actors', '/cards/actors/keir-starmer.png', '/openapi.json']) {
      expect((await get(path)).headers.get('x-content-type-options'), path).toBe('nosniff')
    }
  })
})

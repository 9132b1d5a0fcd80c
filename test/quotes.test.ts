import { describe, expect, it } from 'vitest'
import { expectProblem, get, getJson } from './helpers/fetch'

const A = '2025-02-26-ca7c55e2' // seed 000
const B = '2025-02-26-5978e6f2' // seed 003

/**
 * Every quotation in the two seeds, read off the articles by hand: its opening words,
 * who said it and the outlet the article names as carrying it (null: none named).
 */
const EXPECTED: [source: string, opening: string, speaker: string, conduit: string | null, kind: 'direct' | 'partial'][] = [
  [A, 'Well, I’m not going to make', 'donald-trump', null, 'direct'],
  [A, 'We’re going to have Europe do that.', 'donald-trump', null, 'direct'],
  [A, 'automatic security.', 'donald-trump', null, 'partial'],
  [A, 'It’s a great deal for Ukraine', 'donald-trump', null, 'direct'],
  [A, 'We’ll be on the land.', 'donald-trump', null, 'direct'],
  [A, "If we don't get security guarantees", 'volodymyr-zelenskyy', 'BBC', 'direct'],
  [A, 'backstop', 'keir-starmer', null, 'partial'],
  [A, 'The security guarantee has to be sufficient', 'keir-starmer', 'The Telegraph', 'direct'],
  [A, 'My concern is that', 'keir-starmer', 'The Telegraph', 'direct'],
  [A, 'Yeah, he will.', 'donald-trump', 'Al Jazeera', 'direct'],
  [A, 'NATO, you can forget about,', 'donald-trump', null, 'direct'],
  [A, 'I think that’s probably the reason', 'donald-trump', null, 'direct'],
  [A, 'was formed in order to screw the U.S.', 'donald-trump', null, 'partial'],
  [A, 'need the Europeans as well as the Ukrainians', 'kaja-kallas', 'BBC', 'partial'],
  [A, 'in order to regroup and rearm', 'kaja-kallas', null, 'partial'],
  [A, 'the stronger they are on the battlefield', 'kaja-kallas', null, 'partial'],
  [A, 'There is no question the intention', 'nathalie-tocci', 'The New York Times', 'direct'],
  [A, 'The empowering of the far right', 'nathalie-tocci', 'The New York Times', 'direct'],
  [B, 'very successfully', 'donald-trump', null, 'partial'],
  [B, 'We’re going to make a deal with Russia', 'donald-trump', null, 'direct'],
  [B, 'I’m not going to make security guarantees …', 'donald-trump', null, 'direct'],
  [B, 'great deal', 'donald-trump', null, 'partial'],
  [B, 'We very much need rare earth', 'donald-trump', null, 'direct'],
  [B, 'You can forget about it.', 'donald-trump', null, 'direct'],
]

/** SHA-256 of the seed files, computed with `sha256sum` on ../shared/seeds. */
const SEED_SHA256: Record<string, string> = {
  [A]: 'ca7c55e2e57506a23d869858a95c94a59e97cc85cf1ab659b54ebd2443aafacb',
  [B]: '5978e6f2aad1c2185d9d6ec2e0a858e75e85b36492fda45ecd36e5f85c0168fa',
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Every span between a pair of curly or straight double quotation marks — found independently of the data. */
function quotedSpans(text: string): { start: number; text: string }[] {
  const spans: { start: number; text: string }[] = []
  const re = /“([^”]+)”|"([^"]+)"/g
  for (const m of text.matchAll(re)) spans.push({ start: m.index + 1, text: m[1] ?? m[2] ?? '' })
  return spans
}

describe('/api/quotes', () => {
  it('serves the sources byte for byte as the seeds give them', async () => {
    for (const id of [A, B]) {
      const source = await getJson(`/api/sources/${id}`)
      expect(await sha256(source.text)).toBe(SEED_SHA256[id])
    }
  })

  it('serves every quotation of both seeds with the right speaker, conduit and kind', async () => {
    const { quotes } = await getJson('/api/quotes')
    for (const [source, opening, speaker, conduit, kind] of EXPECTED) {
      const matches = quotes.filter((q: any) => q.source === source && q.kind !== 'paraphrase' && q.text.startsWith(opening))
      expect(matches, `${opening} in ${source}`).toHaveLength(1)
      expect(matches[0]).toMatchObject({ speaker, conduit, kind })
    }
    expect(quotes.filter((q: any) => q.kind !== 'paraphrase')).toHaveLength(EXPECTED.length)
  })

  it('proves each served quote verbatim at its offsets, between quotation marks, in its source', async () => {
    const { quotes } = await getJson('/api/quotes')
    const texts: Record<string, string> = {}
    for (const id of [A, B]) texts[id] = (await getJson(`/api/sources/${id}`)).text
    for (const q of quotes) {
      const text = texts[q.source]!
      expect(text.slice(q.start, q.end), q.id).toBe(q.text)
      if (q.kind !== 'paraphrase') {
        expect('“"').toContain(text[q.start - 1])
        expect('”"').toContain(text[q.end])
      }
      expect(text, `attribution of ${q.id}`).toContain(q.attribution)
    }
    // and the other way round: every quoted span of every source is served
    for (const id of [A, B]) {
      for (const span of quotedSpans(texts[id]!)) {
        expect(quotes.some((q: any) => q.source === id && q.start === span.start && q.text === span.text), span.text).toBe(true)
      }
    }
  })

  it('filters by actor, topic, source and kind', async () => {
    const byActor = await getJson('/api/quotes?actor=keir-starmer')
    expect(byActor.quotes.map((q: any) => q.id)).toEqual(['ca7c55e2-q07', 'ca7c55e2-q08', 'ca7c55e2-q09'])
    const nato = await getJson('/api/quotes?topic=nato-membership&kind=direct')
    expect(nato.quotes.map((q: any) => q.text)).toEqual([
      'NATO, you can forget about,',
      'I think that’s probably the reason the whole thing started.',
      'You can forget about it. That’s probably the reason the whole thing started,',
    ])
    const fromB = await getJson(`/api/quotes?source=${B}&kind=partial`)
    expect(fromB.quotes.map((q: any) => q.text)).toEqual(['very successfully', 'great deal'])
  })

  it('gives each quote its attribution chain and credit line', async () => {
    const starmer = await getJson('/api/quotes/ca7c55e2-q08')
    expect(starmer.credit).toBe('Keir Starmer, quoted by The Telegraph')
    expect(starmer.chain).toEqual({
      speaker: { id: 'keir-starmer', name: 'Keir Starmer', role: 'British prime minister' },
      conduit: { name: 'The Telegraph', relation: 'quoted by' },
      source: { id: A, publisher: null, title: null, date: '2025-02-26' },
      attribution: 'Starmer was quoted by U.K. newspaper The Telegraph as saying',
      occasion: null,
    })
    expect(starmer.continuedBy).toBe('ca7c55e2-q09')
    const zelenskyy = await getJson('/api/quotes/ca7c55e2-q06')
    expect(zelenskyy.credit).toBe('Volodymyr Zelenskyy, to the BBC')
    expect(zelenskyy.chainText).toBe(
      'Volodymyr Zelenskyy (Ukraine’s president) told the BBC; reported in source 2025-02-26-ca7c55e2 (publisher unknown, 2025-02-26).',
    )
  })

  it('links the same utterance across the two sources and shows the wording differences', async () => {
    const q = await getJson('/api/quotes/5978e6f2-q06')
    expect(q.utterance.id).toBe('trump-forget-about-nato')
    expect(q.utterance.versions.map((v: any) => v.statements)).toEqual([['ca7c55e2-q11', 'ca7c55e2-q12'], ['5978e6f2-q06']])
    expect(q.utterance.differences[0].ops).toEqual([
      { op: 'only-first', text: 'NATO,' },
      { op: 'same', text: 'you can forget about,' },
      { op: 'only-first', text: 'I think' },
      { op: 'only-second', text: 'it.' },
      // "that’s" and "That’s" are the same word; the first version's spelling is shown
      { op: 'same', text: 'that’s probably the reason the whole thing started.' },
    ])
    const guarantees = await getJson('/api/quotes/ca7c55e2-q01')
    expect(guarantees.utterance.versions.map((v: any) => v.source)).toEqual([A, B])
  })

  it('answers an unknown id with 404 naming it', async () => {
    const body = await expectProblem(await get('/api/quotes/putin-q01'), 404)
    expect(body.detail).toBe('No quote has the id "putin-q01".')
  })

  it('answers bad filter values with 400 naming the allowed values', async () => {
    const kind = await expectProblem(await get('/api/quotes?kind=quote'), 400)
    expect(kind.detail).toBe('Parameter "kind" is "quote"; allowed values: direct, partial, paraphrase.')
    const topic = await expectProblem(await get('/api/quotes?topic=war'), 400)
    expect(topic.detail).toBe(
      'Parameter "topic" is "war"; allowed values: security-guarantees, nato-membership, minerals-deal, peace-deal, eu-us-relations, support-for-ukraine.',
    )
    const actor = await expectProblem(await get('/api/quotes?actor='), 400)
    expect(actor.allowed).toContain('donald-trump')
  })
})

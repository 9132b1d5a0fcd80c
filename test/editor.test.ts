/**
 * The editorial API end to end, through Requests to the Worker against real D1 and R2: who may
 * write, drafts invisible until published, review with If-Match, positions, publishing,
 * corrections (card ETag changes, 410 for withdrawn), the audit log, and refused writes that
 * leave the database as it was.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import app from '../src/index'
import { readAll } from '../src/db/slice'
import { dataVersion } from '../src/db/write'
import { MAX_ARTICLE_CHARS } from '../src/write/article'
import { statementView } from '../src/routes/editor'
import { AUTH, editorFetch, HARBOUR } from './helpers/editor'
import { expectProblem, get, getJson, ORIGIN } from './helpers/fetch'

interface St { id: string; text: string; speaker: { id: string; name: string; new: boolean } | null; conduit: string | null; status: string; etag: string; kind: string }
interface DraftJson { id: string; status: string; statements: St[] }

/** Everything a write could touch: the public tables, the desk's, the audit log. */
async function snapshot() {
  const desk = await env.DB.batch(['drafts', 'draft_statements', 'draft_positions', 'corrections', 'withdrawn', 'audit'].map((t) => env.DB.prepare(`SELECT * FROM ${t}`)))
  return { data: await readAll(env.DB), version: await dataVersion(env.DB), desk: desk.map((r) => r.results) }
}

/** Tags purged through the runtime's `ctx.cache.purge` (Workers Cache; miniflare has none, so the test gives one). */
const purged: string[][] = []

/** A request inside an execution context, waited out, so the cards rendered in waitUntil are there. */
async function withContext(path: string, init: RequestInit): Promise<Response> {
  const ctx = Object.assign(createExecutionContext(), { cache: { purge: async ({ tags }: { tags: string[] }) => void purged.push(tags) } })
  const res = await app.fetch(new Request(`${ORIGIN}${path}`, init), env, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

async function newDraft(): Promise<DraftJson> {
  const res = await editorFetch('/api/editor/articles', { method: 'POST', body: { text: HARBOUR, publisher: 'Eastbridge Gazette', title: 'Harbour strike ends' } })
  expect([200, 201]).toContain(res.status)
  return (await res.json()) as DraftJson
}

const review = (id: string, etag: string | undefined, body: unknown) =>
  editorFetch(`/api/editor/statements/${id}`, { method: 'PATCH', body, headers: etag === undefined ? {} : { 'If-Match': etag } })

describe('who may write', () => {
  it('answers 401 problem+json with WWW-Authenticate without a token, with a wrong one, with a malformed header', async () => {
    const none = await get('/api/editor/audit')
    expect(none.headers.get('WWW-Authenticate')).toBe('Bearer realm="onrecord editors", charset="UTF-8"')
    expect((await expectProblem(none, 401)).detail).toBe(
      'Writing needs an editor\'s credentials, and none were sent. Send "Authorization: Bearer <token>" with a token from EDITOR_TOKENS, or sign in through Cloudflare Access.',
    )
    const wrong = await get('/api/editor/articles', { method: 'POST', headers: { Authorization: 'Bearer not-a-token', 'Content-Type': 'application/json' }, body: JSON.stringify({ text: HARBOUR }) })
    expect((await expectProblem(wrong, 401)).detail).toMatch(/^The bearer token is not one of the editor tokens\./)
    const basic = await get('/api/editor/audit', { headers: { Authorization: 'Basic dXNlcjpwdw==' } })
    expect((await expectProblem(basic, 401)).detail).toMatch(/^The Authorization header is not a bearer token \(it starts with "Basic"\)/)
    const access = await get('/api/editor/audit', { headers: { 'Cf-Access-Jwt-Assertion': 'x.y.z' } })
    expect((await expectProblem(access, 401)).detail).toMatch(/this deployment does not use Access/)
  })

  it('refuses a write from another site\'s page even with a valid token', async () => {
    const res = await editorFetch('/api/editor/articles', { method: 'POST', body: { text: HARBOUR }, headers: { Origin: 'https://evil.example' } })
    const problem = await expectProblem(res, 403)
    expect(problem.detail).toBe(`A POST from the page of origin "https://evil.example" is refused; the desk accepts writes from ${ORIGIN} (or from scripts, which send no Origin).`)
    const same = await editorFetch('/api/editor/audit', { headers: { Origin: ORIGIN } })
    expect(same.status).toBe(200)
  })

  it('documents the editorial API and its two sign-in schemes in /openapi.json', async () => {
    const doc = await getJson<{ paths: Record<string, Record<string, { security?: unknown }>>; components: { securitySchemes: Record<string, unknown> } }>('/openapi.json')
    for (const path of ['/api/editor/articles', '/api/editor/articles/{id}', '/api/editor/statements/{id}', '/api/editor/positions/{actor}/{topic}', '/api/editor/articles/{id}/publish', '/api/editor/audit'])
      expect(Object.keys(doc.paths), path).toContain(path)
    expect(doc.paths['/api/editor/statements/{id}']!.patch!.security).toEqual([{ editorToken: [] }, { cloudflareAccess: [] }])
    expect(doc.components.securitySchemes).toMatchObject({ editorToken: { type: 'http', scheme: 'bearer' }, cloudflareAccess: { type: 'apiKey', in: 'header', name: 'Cf-Access-Jwt-Assertion' } })
  })
})

describe('drafts', () => {
  it('refuses empty, oversized and non-text articles with nothing stored', async () => {
    const before = await snapshot()
    expect((await expectProblem(await editorFetch('/api/editor/articles', { method: 'POST', body: { text: ' \n' } }), 400)).detail).toBe('the article is empty; an article must have text.')
    const big = await editorFetch('/api/editor/articles', { method: 'POST', body: { text: 'a'.repeat(MAX_ARTICLE_CHARS + 1) } })
    expect((await expectProblem(big, 413)).detail).toBe(`the article has ${MAX_ARTICLE_CHARS + 1} characters; the limit is ${MAX_ARTICLE_CHARS}.`)
    const huge = await editorFetch('/api/editor/articles', { method: 'POST', body: { text: '“'.repeat(400_000) } })
    expect((await expectProblem(huge, 413)).detail).toBe('The request body has more than 1000000 bytes (Content-Length: 1200011); an article may have at most 200,000 characters.')
    const binary = await editorFetch('/api/editor/articles', { method: 'POST', body: { text: 'PNG\u0000\u0001' } })
    expect((await expectProblem(binary, 400)).detail).toMatch(/is not plain text: it has the character U\+0000 at offset 3/)
    // Not UTF-8 on the wire (“café” in Windows-1252): refused, not stored with a replacement character.
    const latin1 = new Uint8Array([...new TextEncoder().encode('{"text":"caf'), 0xe9, ...new TextEncoder().encode(' “Yes,” she said."}')])
    const notUtf8 = await get('/api/editor/articles', { method: 'POST', headers: { ...AUTH, 'Content-Type': 'application/json' }, body: latin1 })
    expect((await expectProblem(notUtf8, 400)).detail).toBe('the article is not plain text: it has the character U+FFFD at offset 3 (binary data, or text that was already mis-decoded).')
    const badField = await editorFetch('/api/editor/articles', { method: 'POST', body: { text: HARBOUR, date: '20 Nov 2026' } })
    expect((await expectProblem(badField, 400)).detail).toBe('Field "date" is "20 Nov 2026": must be a date as YYYY-MM-DD.')
    expect(await snapshot()).toEqual(before)
  })

  it('proposes statements (201), the same text again answers 200 with the same draft; nothing is public', async () => {
    const first = await editorFetch('/api/editor/articles', { method: 'POST', body: { text: HARBOUR, publisher: 'Eastbridge Gazette' } })
    expect(first.status).toBe(201)
    const draft = (await first.json()) as DraftJson
    expect(draft.status).toBe('draft')
    expect(draft.statements.map((s) => [s.text, s.speaker?.name, s.speaker?.new, s.conduit, s.status])).toEqual([
      ['This is not everything we asked for, but it is a fair deal,', 'Priya Raman', true, 'BBC', 'proposed'],
      ['We can now get the cranes moving again,', 'Tomas Berg', true, null, 'proposed'],
    ])
    const again = await editorFetch('/api/editor/articles', { method: 'POST', body: { text: HARBOUR } })
    expect(again.status).toBe(200)
    expect(((await again.json()) as DraftJson).id).toBe(draft.id)
    const list = await editorFetch('/api/editor/articles').then((r) => r.json() as Promise<{ articles: { id: string; status: string; proposed: number }[] }>)
    expect(list.articles).toContainEqual(expect.objectContaining({ id: draft.id, status: 'draft', proposed: 2 }))
    const read = await editorFetch(`/api/editor/articles/${draft.id}`)
    expect(((await read.json()) as DraftJson).statements[0]!.etag).toBe(draft.statements[0]!.etag)

    // Invisible to the public: API, pages, gallery, cards.
    await expectProblem(await get(`/api/sources/${draft.id}`), 404)
    await expectProblem(await get(`/api/quotes/${draft.statements[0]!.id}`), 404)
    await expectProblem(await get('/api/actors/tomas-berg'), 404)
    await expectProblem(await get('/cards/actors/tomas-berg.json'), 404)
    expect((await get('/actors/tomas-berg')).status).toBe(404)
    expect(await (await get('/')).text()).not.toContain('Tomas Berg')
    const quotes = await getJson<{ quotes: { text: string }[] }>('/api/quotes?limit=500')
    expect(quotes.quotes.map((q) => q.text)).not.toContain(draft.statements[0]!.text)
  })
})

describe('articles published without the desk', () => {
  it('are read in the desk\'s shape, each statement with the ETag a correction needs', async () => {
    const article = await editorFetch('/api/editor/articles/2025-02-26-ca7c55e2').then((r) => r.json() as Promise<DraftJson & { createdBy: string }>)
    expect(article).toMatchObject({ id: '2025-02-26-ca7c55e2', status: 'published', createdBy: 'npm run ingest' })
    const first = article.statements[0]!
    expect(first).toMatchObject({ status: 'published', confidence: null, rule: null })
    await expectProblem(await review(first.id, '"stale"', { conduit: null, correction: 'x' }), 412)
    await expectProblem(await editorFetch('/api/editor/articles/nothing-here'), 404)
    // Sending a published text to the desk again is a conflict that names the source.
    const text = (await getJson<{ text: string }>('/api/sources/2025-02-26-ca7c55e2')).text
    expect((await expectProblem(await editorFetch('/api/editor/articles', { method: 'POST', body: { text } }), 409)).source).toBe('2025-02-26-ca7c55e2')
  })
})

describe('a speaker the extractor could not tell', () => {
  it('shows as null ("speaker unknown") with its candidates', () => {
    const record = { id: 'aaaaaaaa-q01', speaker: '', kind: 'direct' as const, text: 'x', source: 's', start: 0, attribution: 'said', conduit: null, occasion: null, topics: ['other'], continues: null, note: null }
    const view = statementView({ record, status: 'proposed', confidence: 0.4, rule: 'nearest-name', candidates: ['jane-smith', 'John Doe'], etag: '"e"' }, new Map())
    expect(view).toMatchObject({ speaker: null, candidates: ['jane-smith', 'John Doe'], status: 'proposed' })
  })
})

describe('review, positions, publish, corrections', () => {
  it('runs the whole flow', async () => {
    const draft = await newDraft()
    const [raman, berg] = draft.statements as [St, St]

    // If-Match: required, and a stale one is 412.
    await expectProblem(await review(raman.id, undefined, { status: 'approved' }), 428)
    const stale = await review(raman.id, '"stale"', { status: 'approved' })
    expect((await expectProblem(stale, 412)).detail).toBe(`Statement "${raman.id}" changed since it was read: If-Match is "stale", its ETag is now ${raman.etag}. Read it again and re-apply the change.`)
    const bad = await review(raman.id, raman.etag, { status: 'maybe' })
    expect((await expectProblem(bad, 400)).detail).toBe('Field "status" is "maybe": allowed values: approved, rejected, withdrawn.')

    const approved = await review(raman.id, raman.etag, { status: 'approved' })
    expect(approved.status).toBe(200)
    const ramanNow = (await approved.json()) as St
    expect(ramanNow.status).toBe('approved')
    expect(approved.headers.get('ETag')).toBe(ramanNow.etag)
    expect(ramanNow.etag).not.toBe(raman.etag)
    // The old ETag is stale now.
    await expectProblem(await review(raman.id, raman.etag, { status: 'rejected' }), 412)

    // A role that is not the article's words is refused, and nothing changes; so is a conduit the article does not name.
    const before = await snapshot()
    const cnn = await review(berg.id, berg.etag, { status: 'approved', conduit: 'CNN' })
    expect((await expectProblem(cnn, 422)).problems).toEqual([
      { record: `statement "${berg.id}"`, rule: 'conduit-near', message: `statement "${berg.id}": conduit "CNN" is not named within 400 characters of the text in source "${draft.id}"` },
    ])
    const wrongRole = await review(berg.id, berg.etag, { speaker: { name: 'Tomas Berg', role: 'harbour master' } })
    expect((await expectProblem(wrongRole, 422)).detail).toBe(`Role "harbour master" is not found in the article ${draft.id}; a role must be the source's own words (or leave it out).`)
    expect(await snapshot()).toEqual(before)

    // Publishing with a statement still proposed: 409, nothing written.
    const early = await editorFetch(`/api/editor/articles/${draft.id}/publish`, { method: 'POST' })
    expect((await expectProblem(early, 409)).detail).toBe(`Draft "${draft.id}" still has 1 statement to review (${berg.id}); approve or reject each before publishing.`)
    expect(await snapshot()).toEqual(before)

    // The editor fixes Berg: his role as the article states it.
    const fixed = await review(berg.id, berg.etag, { status: 'approved', speaker: { name: 'Tomas Berg', role: 'chief executive of Eastbridge Ports' } })
    expect(fixed.status, await fixed.clone().text()).toBe(200)
    expect(((await fixed.json()) as St).speaker).toEqual({ id: 'tomas-berg', name: 'Tomas Berg', new: true })

    // A position resting on a draft statement waits for the draft.
    const topic = (await editorFetch(`/api/editor/articles/${draft.id}`).then((r) => r.json() as Promise<{ statements: { topics: string[] }[] }>)).statements[1]!.topics[0]!
    const wrongEvidence = await editorFetch(`/api/editor/positions/tomas-berg/${topic}`, { method: 'PUT', body: { summary: 'Berg says work can resume.', evidence: [raman.id] } })
    expect((await expectProblem(wrongEvidence, 422)).detail).toContain(`evidence "${raman.id}" was said by "priya-raman", not "tomas-berg" [evidence]`)
    const position = await editorFetch(`/api/editor/positions/tomas-berg/${topic}`, { method: 'PUT', body: { summary: 'Berg says the port can resume work.', evidence: [berg.id] } })
    expect(await position.json()).toMatchObject({ status: 'draft', draft: draft.id })
    await expectProblem(await get('/api/actors/tomas-berg'), 404)

    // Publish: visible at once, cards rendered into R2.
    const published = await withContext(`/api/editor/articles/${draft.id}/publish`, { method: 'POST', headers: AUTH })
    expect(published.status, await published.clone().text()).toBe(200)
    const result = (await published.json()) as { cards: { kind: string; id: string; card: string }[] }
    expect(result.cards).toContainEqual({ kind: 'actor', id: 'tomas-berg', card: '/cards/actors/tomas-berg.png', page: '/actors/tomas-berg' })
    const actor = await getJson<{ role: string; positions: { summary: string }[]; statements: { id: string; corrections: unknown[] }[] }>('/api/actors/tomas-berg')
    expect(actor.role).toBe('chief executive of Eastbridge Ports')
    expect(actor.positions.map((p) => p.summary)).toEqual(['Berg says the port can resume work.'])
    expect(actor.statements).toMatchObject([{ id: berg.id, corrections: [] }])
    expect((await env.CARDS.list({ prefix: 'cards/actor/tomas-berg/' })).objects).toHaveLength(2)
    expect((await editorFetch(`/api/editor/articles/${draft.id}`).then((r) => r.json() as Promise<DraftJson>)).status).toBe('published')
    expect(purged.at(-1)).toEqual(expect.arrayContaining(['actor:tomas-berg', `quote:${berg.id}`, `quote:${raman.id}`, 'actor:priya-raman']))

    // A correction: needs a note; changes the JSON, the card's ETag, the share page.
    const cardBefore = await get(`/cards/quotes/${raman.id}.png`)
    const etagBefore = cardBefore.headers.get('ETag')
    const hashBefore = (await getJson<{ modelHash: string }>(`/cards/quotes/${raman.id}.json`)).modelHash
    const storedKeys = async () => (await env.CARDS.list({ prefix: `cards/quote/${raman.id}/` })).objects.map((o) => o.key)
    expect((await storedKeys()).every((k) => k.includes(hashBefore))).toBe(true)
    const publishedRaman = await getJson<{ conduit: string }>(`/api/quotes/${raman.id}`)
    expect(publishedRaman.conduit).toBe('BBC')
    const readBack = (await editorFetch(`/api/editor/articles/${draft.id}`).then((r) => r.json() as Promise<DraftJson>)).statements[0]!
    expect(readBack.status).toBe('published')
    const noNote = await review(raman.id, readBack.etag, { conduit: null })
    expect((await expectProblem(noNote, 400)).detail).toBe(`Statement "${raman.id}" is published; changing or withdrawing it needs "correction": "<what and why>", which is shown with it from now on.`)
    const corrected = await withContext(`/api/editor/statements/${raman.id}`, {
      method: 'PATCH',
      headers: { ...AUTH, 'Content-Type': 'application/json', 'If-Match': readBack.etag },
      body: JSON.stringify({ conduit: null, correction: 'The quotation was given to reporters, not to the BBC.' }),
    })
    expect(corrected.status, await corrected.clone().text()).toBe(200)
    expect(purged.at(-1)).toEqual(expect.arrayContaining([`quote:${raman.id}`, 'actor:priya-raman']))
    // The ETag read before the correction is stale now.
    await expectProblem(await review(raman.id, readBack.etag, { status: 'withdrawn', correction: 'x' }), 412)
    const quote = await getJson<{ conduit: string | null; corrections: { date: string; note: string }[] }>(`/api/quotes/${raman.id}`)
    const today = new Date().toISOString().slice(0, 10)
    expect(quote.conduit).toBeNull()
    expect(quote.corrections).toEqual([{ date: today, note: 'The quotation was given to reporters, not to the BBC.' }])
    const cardAfter = await get(`/cards/quotes/${raman.id}.png`)
    expect(cardAfter.status).toBe(200)
    expect(cardAfter.headers.get('ETag')).not.toBe(etagBefore)
    // The stored images are the corrected card's only: the old ones are deleted from R2.
    const hashAfter = (await getJson<{ modelHash: string }>(`/cards/quotes/${raman.id}.json`)).modelHash
    expect(hashAfter).not.toBe(hashBefore)
    expect((await storedKeys()).length).toBeGreaterThanOrEqual(2)
    expect((await storedKeys()).filter((k) => !k.includes(hashAfter))).toEqual([])
    const drawn = await getJson<{ drawn: { text: string }[] }>(`/cards/quotes/${raman.id}.json`)
    expect(drawn.drawn.map((d) => d.text)).toContain(`Direct quote · Corrected ${today}`)
    const share = await (await get(`/quotes/${raman.id}`)).text()
    expect(share).toContain('The quotation was given to reporters, not to the BBC.')

    // Withdrawing: refused while a position rests on it; otherwise 410 with its correction.
    const blocked = await review(berg.id, '*', { status: 'withdrawn', correction: 'Misheard.' })
    expect((await expectProblem(blocked, 409)).detail).toBe(`Statement "${berg.id}" cannot be withdrawn while position tomas-berg/${topic} rests on it; change it first.`)
    const withdrawn = await withContext(`/api/editor/statements/${raman.id}`, {
      method: 'PATCH',
      headers: { ...AUTH, 'Content-Type': 'application/json', 'If-Match': '*' },
      body: JSON.stringify({ status: 'withdrawn', correction: 'Ms Raman says she was misquoted; the Gazette has withdrawn the quotation.' }),
    })
    expect(withdrawn.status, await withdrawn.clone().text()).toBe(200)
    const gone = await expectProblem(await get(`/api/quotes/${raman.id}`), 410)
    expect(gone.detail).toBe(`Statement "${raman.id}" was withdrawn on ${today}: Ms Raman says she was misquoted; the Gazette has withdrawn the quotation.`)
    expect(gone.corrections).toHaveLength(2)
    await expectProblem(await review(raman.id, '*', { status: 'approved', correction: 'x' }), 410)
    const page = await get(`/quotes/${raman.id}`, { headers: { Accept: 'text/html' } })
    expect(page.status).toBe(410)
    expect(await page.text()).toContain('Ms Raman says she was misquoted; the Gazette has withdrawn the quotation.')
    await expectProblem(await get(`/cards/quotes/${raman.id}.png`), 410)
    expect(await storedKeys()).toEqual([])
    const after = await editorFetch(`/api/editor/articles/${draft.id}`).then((r) => r.json() as Promise<DraftJson>)
    expect(after.statements.map((s) => s.status)).toEqual(['withdrawn', 'published'])

    // The audit log: every change, who, before and after.
    const audit = await editorFetch(`/api/editor/audit?since=${today}`).then((r) => r.json() as Promise<{ entries: { who: string; action: string; target: string; before: unknown; after: unknown }[] }>)
    const mine = audit.entries.filter((e) => e.target.includes(draft.id) || e.target.includes(raman.id) || e.target.includes(berg.id) || e.target.includes('tomas-berg'))
    expect(mine.map((e) => e.action)).toEqual(['draft.create', 'statement.review', 'statement.review', 'position.draft', 'draft.publish', 'statement.correct', 'statement.withdraw'])
    expect(new Set(mine.map((e) => e.who))).toEqual(new Set(['token:test']))
    expect(mine[5]!.before).toMatchObject({ id: raman.id, conduit: 'BBC' })
    expect(mine[5]!.after).toMatchObject({ record: { conduit: null } })
    const future = await editorFetch('/api/editor/audit?since=2999-01-01').then((r) => r.json() as Promise<{ entries: unknown[] }>)
    expect(future.entries).toEqual([])
    await expectProblem(await editorFetch('/api/editor/audit?since=yesterday'), 400)
  })
})

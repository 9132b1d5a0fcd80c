/**
 * /cards: fact cards as PNG, SVG and a JSON description, for actors, quotes and topics.
 *
 * `GET /cards/{actors|quotes|topics}/{id}.{png|svg|json}?size=og|square|story&theme=light|dark`
 *
 * The ETag is computed from the data version, the renderer version and the parameters
 * before anything is rendered, so `If-None-Match` answers 304 at once; a rendered card is
 * kept in the Cache API (`caches.default`) under a normalized URL that includes the ETag,
 * so a repeated request is served from cache and a new deployment of the data never serves
 * an old card. The alt text is sent in `X-Card-Alt`, percent-encoded UTF-8 (header values
 * must be Latin-1): `decodeURIComponent(res.headers.get('X-Card-Alt'))`; the `.json`
 * description carries it as plain text.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi'
import { Hono } from 'hono'
import { modelAltText } from '../card/alt-text'
import { cardEtag, drawnStatements, layOut, renderCard, type CardRequest } from '../card/card'
import { KIND_SEGMENT, cardModel, kindOfSegment, type CardKind, type CardModel } from '../card/model'
import { SIZES, SIZE_NAMES, THEMES, parseSize, parseTheme, splitFile, type SizeName } from '../card/params'
import { getStore } from '../data/bundle'
import type { Store } from '../data/store'
import { ProblemError, notFound } from '../errors'
import { etagMatches } from './conditional'
import type { AppEnv } from './openapi'
import { unavailableOnFailure } from './render-failure'
import { problemReply } from './schemas'

/** A card's URL changes with nothing but its parameters; browsers revalidate hourly, CDNs may serve stale a day. */
export const CARD_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400'

/** Does the record behind a card exist? A lookup by id, no card model built. */
function exists(store: Store, kind: CardKind, id: string): boolean {
  if (kind === 'actor') return store.actor(id) !== undefined
  if (kind === 'quote') return store.statement(id) !== undefined
  return store.topic(id) !== undefined
}

/** Parses and checks a card request: 404 for an unknown kind or id, 400 for bad parameters. */
export function parseCardRequest(store: Store, plural: string, file: string, query: (name: string) => string | undefined): CardRequest {
  const kind = kindOfSegment(plural)
  if (!kind) throw new ProblemError(404, `There are no ${plural} cards; card kinds: ${Object.values(KIND_SEGMENT).join(', ')}.`)
  const { id, format } = splitFile(file)
  const request = { kind, id, format, size: parseSize(query('size')), theme: parseTheme(query('theme')) }
  if (!exists(store, kind, id)) throw notFound(kind, id)
  return request
}

/** The card model of a request that parseCardRequest accepted. */
function modelOf(store: Store, r: CardRequest): CardModel {
  const model = cardModel(store, r.kind, r.id)
  if (!model) throw notFound(r.kind, r.id)
  return model
}

/**
 * The isolate's own small cache in front of `caches.default`: a hit costs a Map lookup and
 * no I/O. Bounded by bytes; the least recently used card goes first.
 */
const MEMORY_LIMIT = 12 * 1024 * 1024
const memory = new Map<string, { body: Uint8Array | string; headers: [string, string][]; bytes: number }>()
let memoryBytes = 0

function remember(key: string, body: Uint8Array | string, headers: Headers): void {
  const bytes = typeof body === 'string' ? body.length * 2 : body.byteLength
  if (bytes > MEMORY_LIMIT / 8) return
  memory.set(key, { body, headers: [...headers], bytes })
  memoryBytes += bytes
  for (const [old, entry] of memory) {
    if (memoryBytes <= MEMORY_LIMIT) break
    memory.delete(old)
    memoryBytes -= entry.bytes
  }
}

function recall(key: string): Response | undefined {
  const entry = memory.get(key)
  if (!entry) return undefined
  memory.delete(key)
  memory.set(key, entry)
  const res = new Response(entry.body, { headers: entry.headers })
  res.headers.set('X-Card-Cache', 'hit; memory')
  return res
}

/** The one cache key of a card: parameters in a fixed order plus its ETag. */
function cacheKey(r: CardRequest, etag: string): string {
  return `https://cards.onrecord.internal/${r.kind}/${encodeURIComponent(r.id)}.${r.format}?size=${r.size}&theme=${r.theme}&etag=${encodeURIComponent(etag)}`
}

/** What a 304 repeats of the 200 it stands for (RFC 9110 §15.4.5). */
function validatorHeaders(r: CardRequest, etag: string): Headers {
  const base = `/cards/${r.kind}s/${encodeURIComponent(r.id)}`
  return new Headers({
    ETag: etag,
    'Cache-Control': CARD_CACHE_CONTROL,
    Link: `<${base}.json?size=${r.size}&theme=${r.theme}>; rel="describedby"; type="application/json"`,
    Vary: 'Accept-Encoding',
  })
}

function headersFor(r: CardRequest, etag: string, alt: string, contentType: string): Headers {
  const headers = validatorHeaders(r, etag)
  headers.set('Content-Type', contentType)
  headers.set('X-Card-Alt', encodeURIComponent(alt))
  return headers
}

export const cards = new Hono<AppEnv>().get('/:kind/:file', async (c) => {
  const store = getStore()
  const r = parseCardRequest(store, c.req.param('kind'), c.req.param('file'), (n) => c.req.query(n))
  const etag = cardEtag(store, r)
  // The description's ETag is its own (the format is part of it): a 304 before any layout.
  if (r.format === 'json' && etagMatches(c.req.header('If-None-Match'), etag, true))
    return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': CARD_CACHE_CONTROL } })
  if (r.format === 'json') {
    const model = modelOf(store, r)
    const alt = modelAltText(model)
    const laid = await unavailableOnFailure(r, () => layOut(model, r))
    const base = `/cards/${r.kind}s/${encodeURIComponent(r.id)}`
    const query = `?size=${r.size}&theme=${r.theme}`
    const res = c.json(
      {
        kind: r.kind,
        id: r.id,
        size: r.size,
        theme: r.theme,
        ...SIZES[r.size],
        alt,
        dataVersion: store.version,
        links: { png: `${base}.png${query}`, svg: `${base}.svg${query}` },
        statements: drawnStatements(laid),
        drawn: laid.drawn,
      },
      200,
    )
    res.headers.set('ETag', etag)
    res.headers.set('Cache-Control', CARD_CACHE_CONTROL)
    return res
  }
  // The hot path — a 304 or a card this isolate already holds — builds no card model.
  if (etagMatches(c.req.header('If-None-Match'), etag, true)) return new Response(null, { status: 304, headers: validatorHeaders(r, etag) })
  const key = cacheKey(r, etag)
  const fresh = recall(key)
  if (fresh) return fresh
  const model = modelOf(store, r)
  const contentType = r.format === 'png' ? 'image/png' : 'image/svg+xml; charset=utf-8'
  const headers = headersFor(r, etag, modelAltText(model), contentType)
  const cache = (caches as unknown as { default: Cache }).default
  const hit = await cache.match(key)
  if (hit) {
    const body = r.format === 'png' ? new Uint8Array(await hit.arrayBuffer()) : await hit.text()
    remember(key, body, hit.headers)
    const res = new Response(body, hit)
    res.headers.set('X-Card-Cache', 'hit; cache-api')
    return res
  }
  const rendered = await unavailableOnFailure(r, () => renderCard(store, model, r))
  const { timing } = rendered
  const res = new Response(rendered.body, { status: 200, headers })
  remember(key, rendered.body, headers)
  c.executionCtx.waitUntil(cache.put(key, res.clone()))
  res.headers.set('X-Card-Cache', 'miss')
  res.headers.set('Server-Timing', `layout;dur=${timing.layout.toFixed(1)}, svg;dur=${timing.svg.toFixed(1)}, png;dur=${timing.png.toFixed(1)}`)
  return res
})

/** The cards in /openapi.json: images are not JSON, but their URL grammar and answers are documented. */
export function registerCardDocs(registry: OpenAPIHono['openAPIRegistry']): void {
  registry.registerPath({
    method: 'get',
    path: '/cards/{kind}/{file}',
    tags: ['cards'],
    summary: 'A fact card as PNG, SVG, or a JSON description of what it draws',
    request: {
      params: z.object({
        kind: z.enum(['actors', 'quotes', 'topics']).openapi({ param: { name: 'kind', in: 'path' } }),
        file: z.string().openapi({ param: { name: 'file', in: 'path' }, example: 'keir-starmer.png', description: 'The record id followed by .png, .svg or .json.' }),
      }),
      query: z.object({
        size: z.enum(SIZE_NAMES as [SizeName, ...SizeName[]]).default('og').openapi({ param: { name: 'size', in: 'query' }, description: 'og 1200×630, square 1080×1080, story 1080×1920.' }),
        theme: z.enum(THEMES).default('light').openapi({ param: { name: 'theme', in: 'query' } }),
      }),
    },
    responses: {
      200: {
        description: 'The card. Alt text in X-Card-Alt (percent-encoded UTF-8); provenance in the PNG tEXt chunks.',
        headers: z.object({ ETag: z.string(), 'Cache-Control': z.string(), 'X-Card-Alt': z.string() }),
        content: { 'image/png': { schema: z.string().openapi({ format: 'binary' }) }, 'image/svg+xml': { schema: z.string() }, 'application/json': { schema: z.object({}).passthrough() } },
      },
      304: { description: 'Not modified: If-None-Match matched the ETag.' },
      400: problemReply('A size, theme or format outside the allowed values'),
      404: problemReply('No record of this kind has the id'),
      503: problemReply('The card could not be rendered just now (any format); Retry-After says when to ask again'),
    },
  })
}

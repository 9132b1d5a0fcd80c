/**
 * /cards: fact cards as PNG, SVG and a JSON description, for actors, quotes and topics.
 *
 * `GET /cards/{actors|quotes|topics}/{id}.{png|svg|json}?size=og|square|story&theme=light|dark`
 *
 * The ETag is the card's content hash (its model's hash, the renderer version and the
 * parameters), known before anything is rendered, so `If-None-Match` answers 304 at once. A
 * card is read from R2 (src/storage/cards.ts), where publishing put it; it is rendered here only
 * when the object is missing, then stored. `Cache-Tag` names every record the card draws on,
 * so Workers Cache can purge exactly the cards a change touches. The alt text is sent in `X-Card-Alt`, percent-encoded UTF-8 (header values
 * must be Latin-1): `decodeURIComponent(res.headers.get('X-Card-Alt'))`; the `.json`
 * description carries it as plain text.
 */
import { z, type OpenAPIHono } from '@hono/zod-openapi'
import { Hono } from 'hono'
import { modelAltText } from '../card/alt-text'
import { cardEtag, drawnStatements, layOut, modelHash, type CardRequest } from '../card/card'
import { cardPath, KIND_SEGMENT, kindOfSegment } from '../urls'
import { SIZES, SIZE_NAMES, THEMES, parseSize, parseTheme, splitFile, type SizeName } from '../card/params'
import { ProblemError, notFound } from '../errors'
import { cardModel } from '../read/corpus'
import { withdrawnProblem } from '../read/withdrawn'
import { CONTENT_TYPES, cacheTags, cardKey, storeCard } from '../storage/cards'
import { etagMatches } from './conditional'
import { corpus, type AppEnv } from './openapi'
import { notRenderedYet, unavailableOnFailure } from './render-failure'
import { problemReply } from './schemas'

/** A card's URL changes with nothing but its parameters; browsers revalidate hourly, CDNs may serve stale a day. */
export const CARD_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400'

/** Parses and checks a card request's URL: 404 for an unknown kind, 400 for bad parameters. */
export function parseCardRequest(plural: string, file: string, query: (name: string) => string | undefined): CardRequest {
  const kind = kindOfSegment(plural)
  if (!kind) throw new ProblemError(404, `There are no ${plural} cards; card kinds: ${Object.values(KIND_SEGMENT).join(', ')}.`)
  const { id, format } = splitFile(file)
  return { kind, id, format, size: parseSize(query('size')), theme: parseTheme(query('theme')) }
}

/**
 * The isolate's own small cache in front of R2: a hit costs a Map lookup and no I/O beyond the
 * data version. Bounded by bytes; the least recently used card goes first.
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

function recall(key: string): { body: Uint8Array | string; headers: Headers } | undefined {
  const entry = memory.get(key)
  if (!entry) return undefined
  memory.delete(key)
  memory.set(key, entry)
  return { body: entry.body, headers: new Headers(entry.headers) }
}

/** What a 304 repeats of the 200 it stands for (RFC 9110 §15.4.5). */
function validatorHeaders(r: CardRequest, etag: string, tags: string[]): Headers {
  return new Headers({
    ETag: etag,
    'Cache-Control': CARD_CACHE_CONTROL,
    'Cache-Tag': tags.join(','),
    Link: `<${cardPath(r.kind, r.id, { ...r, format: 'json', explicit: true })}>; rel="describedby"; type="application/json"`,
    Vary: 'Accept-Encoding',
  })
}

export const cards = new Hono<AppEnv>().get('/:kind/:file', async (c) => {
  const began = performance.now()
  const r = parseCardRequest(c.req.param('kind'), c.req.param('file'), (n) => c.req.query(n))
  const { db, version } = await corpus(c)
  // The hot path: a card this isolate answered for this data version builds no model.
  const memoKey = `${version}|${r.kind}|${r.id}|${r.size}|${r.theme}|${r.format}`
  const known = recall(memoKey)
  if (known) {
    const etag = known.headers.get('ETag') ?? ''
    if (etagMatches(c.req.header('If-None-Match'), etag, true)) return new Response(null, { status: 304, headers: validatorHeaders(r, etag, (known.headers.get('Cache-Tag') ?? '').split(',')) })
    known.headers.set('X-Card-Cache', 'hit; memory')
    return new Response(known.body, { headers: known.headers })
  }
  const model = await cardModel(db, version, r.kind, r.id)
  if (!model) throw (r.kind === 'quote' ? await withdrawnProblem(db, r.id) : undefined) ?? notFound(r.kind, r.id)
  const hash = modelHash(model)
  const etag = cardEtag(hash, r)
  const tags = cacheTags(model)
  // The record exists (its model was built), so `If-None-Match: *` matches too.
  if (etagMatches(c.req.header('If-None-Match'), etag, true)) return new Response(null, { status: 304, headers: validatorHeaders(r, etag, tags) })
  const alt = modelAltText(model)
  if (r.format === 'json') {
    const laid = await unavailableOnFailure(r, () => layOut(model, r))
    const res = c.json(
      {
        kind: r.kind, id: r.id, size: r.size, theme: r.theme, ...SIZES[r.size], alt, dataVersion: version, modelHash: hash,
        links: { png: cardPath(r.kind, r.id, { ...r, format: 'png', explicit: true }), svg: cardPath(r.kind, r.id, { ...r, format: 'svg', explicit: true }) },
        statements: drawnStatements(laid),
        drawn: laid.drawn,
      },
      200,
    )
    for (const [k, v] of validatorHeaders(r, etag, tags)) res.headers.set(k, v)
    return res
  }
  const headers = validatorHeaders(r, etag, tags)
  headers.set('Content-Type', CONTENT_TYPES[r.format])
  headers.set('X-Card-Alt', encodeURIComponent(alt))
  const key = cardKey(r.kind, r.id, hash, r)
  const stored = await c.env.CARDS.get(key)
  let body: Uint8Array | string
  if (stored) {
    body = r.format === 'png' ? new Uint8Array(await stored.arrayBuffer()) : await stored.text()
    headers.set('X-Card-Cache', 'hit; r2')
  } else {
    // Free-plan deployments set RENDER_ON_REQUEST = "false": 10 ms of CPU is less than one render.
    if (String(c.env.RENDER_ON_REQUEST) === 'false') throw notRenderedYet(r)
    const format = r.format
    body = await unavailableOnFailure(r, () => storeCard(c.env.CARDS, version, model, { ...r, format }))
    headers.set('X-Card-Cache', 'miss; rendered')
  }
  remember(memoKey, body, headers)
  const res = new Response(body, { status: 200, headers })
  // Time inside the Worker, I/O included: locally an upper bound on the request's CPU time.
  res.headers.set('Server-Timing', `worker;dur=${(performance.now() - began).toFixed(1)}`)
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

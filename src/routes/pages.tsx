/**
 * HTML pages: the gallery at `/`, share pages per actor, quote and topic, and the
 * pages' one script and stylesheet. Errors are problem+json unless the request's
 * Accept prefers HTML, in which case the same problem is shown as a page.
 */
import { Hono, type Context } from 'hono'
import { accepts } from 'hono/accepts'
import type { JSX } from 'hono/jsx/jsx-runtime'
import { notFound, ProblemError } from '../errors'
import { cardAltText } from '../card/alt-text'
import { parseSize, parseTheme } from '../card/params'
import { APP_CSS, APP_JS, FAVICON_SVG } from '../pages/assets'
import { describe } from '../pages/describe'
import { ErrorPage } from '../pages/error'
import { Gallery, galleryItems, type GalleryItem, type GallerySelection } from '../pages/gallery'
import { recordStore, sliceStore } from '../read/corpus'
import { cardsStore, GALLERY_PAGE, galleryFacts, galleryPage } from '../read/gallery'
import { Layout } from '../pages/layout'
import { jsonLd, type HeadInfo } from '../pages/meta'
import { ActorPage, QuotePage, TopicPage } from '../pages/share'
import { pageData } from '../read/page-data'
import { withdrawnProblem } from '../read/withdrawn'
import { CARD_SIZES, cardPath, oembedPath, pagePath, publicOrigin, type CardKind } from '../urls'
import { knownRecord } from './known'
import { corpus, type AppEnv } from './openapi'

/**
 * Scripts and styles only from this origin, and no inline script or style at all;
 * JSON-LD blocks are data, which CSP does not execute.
 */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

const PAGE_HEADERS = {
  'Content-Security-Policy': PAGE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

function page(c: Context<AppEnv>, body: JSX.Element, status: 200 | 400 | 404 | 410 = 200): Response | Promise<Response> {
  return c.html(body, status, PAGE_HEADERS)
}

/** Throws the problem (answered as problem+json) unless the client prefers HTML. */
function fail(c: Context<AppEnv>, error: ProblemError): Response | Promise<Response> {
  const type = accepts(c, {
    header: 'Accept',
    supports: ['application/problem+json', 'application/json', 'text/html'],
    default: 'application/problem+json',
  })
  if (type !== 'text/html' || (error.status !== 400 && error.status !== 404 && error.status !== 410)) throw error
  return page(c, <ErrorPage problem={error.toProblem(c.req.path)} canonical={`${origin(c)}${c.req.path}`} />, error.status)
}

function origin(c: Context<AppEnv>): string {
  return publicOrigin(c.env.PUBLIC_ORIGIN, c.req.url)
}

const TEMPLATES = { actor: ActorPage, quote: QuotePage, topic: TopicPage }

function sharePage(kind: CardKind) {
  return async (c: Context<AppEnv>) => {
    const id = c.req.param('id') ?? ''
    const { db, version } = await corpus(c)
    // Partial quotes are shown in their sentence: the page reads the source texts too.
    const store = (await recordStore(db, version, kind, id, { texts: true })) ?? (await sliceStore(db, version, {}))
    const described = describe(store, kind, id)
    // A withdrawn quotation's page says so, with its correction (410), rather than "not found".
    if (!described) return fail(c, (kind === 'quote' ? await withdrawnProblem(db, id) : undefined) ?? notFound(kind, id))
    const base = origin(c)
    // The card's own words (issue 3): only the card knows what it shows.
    const alt = cardAltText(store, kind, id) ?? ''
    const data = pageData(store, kind, id, described.statements)
    const canonical = `${base}${pagePath(kind, id)}`
    const head: HeadInfo = {
      title: described.title,
      description: described.description,
      canonical,
      image: { url: `${base}${cardPath(kind, id)}`, ...CARD_SIZES.og, alt },
      oembed: oembedPath(base, canonical),
      type: 'article',
    }
    const Template = TEMPLATES[kind]
    return page(
      c,
      <Layout head={head} ld={jsonLd(data, base, head, described)}>
        <Template data={data} origin={base} described={described} alt={alt} />
      </Layout>,
    )
  }
}

function asset(c: Context<AppEnv>, body: string, type: string): Response {
  return c.body(body, 200, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'public, max-age=300' })
}

/** The gallery's actor and topic filters: empty means "all"; an unknown id is a 400. */
async function pick(db: D1Database, name: 'actor' | 'topic', value: string | undefined): Promise<{ id: string; name: string } | undefined> {
  return value === undefined || value === '' ? undefined : knownRecord(db, name, value)
}

/**
 * Gallery items (title, alt text, filters) by card, kept per data version in this isolate: a card's
 * item changes only when the data does, and building one reads the card's whole model.
 */
const ITEMS_KEPT = 5000
let itemCache: { version: string; items: Map<string, GalleryItem> } | undefined

async function itemsOf(db: D1Database, version: string, refs: readonly { kind: CardKind; id: string }[]): Promise<GalleryItem[]> {
  if (itemCache?.version !== version) itemCache = { version, items: new Map() }
  const { items } = itemCache
  const key = (r: { kind: CardKind; id: string }) => `${r.kind}/${r.id}`
  const missing = refs.filter((r) => !items.has(key(r)))
  if (missing.length > 0) {
    const built = galleryItems(await cardsStore(db, version, missing), missing)
    for (const item of built) items.set(key(item), item)
    for (const old of items.keys()) {
      if (items.size <= ITEMS_KEPT) break
      items.delete(old)
    }
  }
  return refs.map((r) => items.get(key(r))!)
}

function pageNumber(value: string | undefined): number {
  if (value === undefined || value === '') return 1
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new ProblemError(400, `Parameter "page" is ${JSON.stringify(value)}; allowed values: a whole number from 1.`, { extensions: { parameter: 'page', received: value } })
  return Number(value)
}

export const pages = new Hono<AppEnv>()
  .get('/', async (c) => {
    const { db, version } = await corpus(c)
    let selection: GallerySelection
    let picked: { actor?: { id: string; name: string } | undefined; topic?: { id: string; name: string } | undefined }
    let number: number
    try {
      picked = { actor: await pick(db, 'actor', c.req.query('actor')), topic: await pick(db, 'topic', c.req.query('topic')) }
      selection = { actor: picked.actor?.id, topic: picked.topic?.id, theme: parseTheme(c.req.query('theme')), size: parseSize(c.req.query('size')) }
      number = pageNumber(c.req.query('page'))
    } catch (error) {
      if (error instanceof ProblemError) return fail(c, error)
      throw error
    }
    const base = origin(c)
    const gallery = await galleryPage(db, version, selection, number)
    const items = await itemsOf(db, version, gallery.refs)
    const { actors: actorNames, topics: topicNames, speakers, cards } = await galleryFacts(db, version)
    const withSelected = (list: { id: string; name: string }[], selected: { id: string; name: string } | undefined) =>
      selected && !list.some((x) => x.id === selected.id) ? [...list, selected] : list
    const head: HeadInfo = {
      title: 'onrecord: fact cards of verbatim, attributed quotes',
      description: `${cards} cards of what ${speakers} people said, word for word, with who said it and where.`,
      canonical: `${base}/`,
      type: 'website',
    }
    return page(
      c,
      <Layout head={head}>
        <Gallery
          origin={base}
          items={items}
          paging={{ page: gallery.page, pages: gallery.pages, first: (gallery.page - 1) * GALLERY_PAGE, total: gallery.total }}
          selection={selection}
          pickers={{
            actors: withSelected(actorNames, picked.actor).map((a) => [a.id, a.name]),
            topics: withSelected(topicNames, picked.topic).map((t) => [t.id, t.name]),
          }}
        />
      </Layout>,
    )
  })
  .get('/actors/:id', sharePage('actor'))
  .get('/quotes/:id', sharePage('quote'))
  .get('/topics/:id', sharePage('topic'))
  .get('/app.js', (c) => asset(c, APP_JS, 'text/javascript; charset=utf-8'))
  .get('/app.css', (c) => asset(c, APP_CSS, 'text/css; charset=utf-8'))
  .get('/favicon.svg', (c) => asset(c, FAVICON_SVG, 'image/svg+xml'))

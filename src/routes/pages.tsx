/**
 * HTML pages: the gallery at `/`, share pages per actor, quote and topic, and the
 * pages' one script and stylesheet. Errors are problem+json unless the request's
 * Accept prefers HTML, in which case the same problem is shown as a page.
 */
import { Hono, type Context } from 'hono'
import { accepts } from 'hono/accepts'
import type { JSX } from 'hono/jsx/jsx-runtime'
import { getStore } from '../data/bundle'
import { invalidParam, notFound, ProblemError } from '../errors'
import { cardAltText } from '../card/alt-text'
import { parseSize, parseTheme } from '../card/params'
import { APP_CSS, APP_JS, FAVICON_SVG } from '../pages/assets'
import { describe } from '../pages/describe'
import { ErrorPage } from '../pages/error'
import { filterItems, Gallery, galleryItems, type GallerySelection } from '../pages/gallery'
import { Layout } from '../pages/layout'
import { jsonLd, type HeadInfo } from '../pages/meta'
import { ActorPage, QuotePage, TopicPage } from '../pages/share'
import { CARD_SIZES, cardPath, oembedPath, pagePath, publicOrigin, type CardKind } from '../pages/urls'
import type { AppEnv } from './openapi'

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

function page(c: Context<AppEnv>, body: JSX.Element, status: 200 | 400 | 404 = 200): Response | Promise<Response> {
  return c.html(body, status, PAGE_HEADERS)
}

/** Throws the problem (answered as problem+json) unless the client prefers HTML. */
function fail(c: Context<AppEnv>, error: ProblemError): Response | Promise<Response> {
  const type = accepts(c, {
    header: 'Accept',
    supports: ['application/problem+json', 'application/json', 'text/html'],
    default: 'application/problem+json',
  })
  if (type !== 'text/html' || (error.status !== 400 && error.status !== 404)) throw error
  return page(c, <ErrorPage problem={error.toProblem(c.req.path)} canonical={`${origin(c)}${c.req.path}`} />, error.status)
}

function origin(c: Context<AppEnv>): string {
  return publicOrigin(c.env.PUBLIC_ORIGIN, c.req.url)
}

const TEMPLATES = { actor: ActorPage, quote: QuotePage, topic: TopicPage }

function sharePage(kind: CardKind) {
  return (c: Context<AppEnv>) => {
    const id = c.req.param('id') ?? ''
    const store = getStore()
    const described = describe(store, kind, id)
    if (!described) return fail(c, notFound(kind, id))
    const base = origin(c)
    // The card's own words (issue 3): only the card knows what it shows.
    const alt = cardAltText(store, kind, id) ?? ''
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
      <Layout head={head} ld={jsonLd(store, base, head, described)}>
        <Template store={store} origin={base} described={described} alt={alt} />
      </Layout>,
    )
  }
}

function asset(c: Context<AppEnv>, body: string, type: string): Response {
  return c.body(body, 200, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'public, max-age=300' })
}

/** The gallery's actor and topic filters: empty means "all". */
function pick<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || value === '') return undefined
  if (!(allowed as readonly string[]).includes(value)) throw invalidParam(name, value, allowed)
  return value as T
}

export const pages = new Hono<AppEnv>()
  .get('/', (c) => {
    const store = getStore()
    let selection: GallerySelection
    try {
      selection = {
        actor: pick('actor', c.req.query('actor'), store.data.actors.map((a) => a.id)),
        topic: pick('topic', c.req.query('topic'), store.data.topics.map((t) => t.id)),
        theme: parseTheme(c.req.query('theme')),
        size: parseSize(c.req.query('size')),
      }
    } catch (error) {
      if (error instanceof ProblemError) return fail(c, error)
      throw error
    }
    const base = origin(c)
    const all = galleryItems(store)
    const items = filterItems(all, selection)
    const head: HeadInfo = {
      title: 'onrecord: fact cards of verbatim, attributed quotes',
      description: `${all.length} cards of what ${new Set(store.statements().map((s) => s.speaker)).size} people said, word for word, with who said it and where.`,
      canonical: `${base}/`,
      type: 'website',
    }
    return page(
      c,
      <Layout head={head}>
        <Gallery store={store} origin={base} items={items} total={all.length} selection={selection} />
      </Layout>,
    )
  })
  .get('/actors/:id', sharePage('actor'))
  .get('/quotes/:id', sharePage('quote'))
  .get('/topics/:id', sharePage('topic'))
  .get('/app.js', (c) => asset(c, APP_JS, 'text/javascript; charset=utf-8'))
  .get('/app.css', (c) => asset(c, APP_CSS, 'text/css; charset=utf-8'))
  .get('/favicon.svg', (c) => asset(c, FAVICON_SVG, 'image/svg+xml'))

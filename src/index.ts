/**
 * onrecord's Worker: builds the Hono app, mounts one router per resource, and answers
 * every error in one place as RFC 9457 problem+json.
 */
import { cors } from 'hono/cors'
import { HTTPException } from 'hono/http-exception'
import type { MiddlewareHandler } from 'hono'
import { ProblemError, methodNotAllowed, problemResponse } from './errors'
import { actors } from './routes/actors'
import { cards, registerCardDocs } from './routes/cards'
import { conditionalJson } from './routes/conditional'
import { allowedMethods } from './routes/methods'
import { oneValuePerParameter } from './routes/query-rules'
import { trailingSlashRedirect } from './routes/trailing-slash'
import { oembed } from './routes/oembed'
import { ArticleError } from './write/article'
import { VersionConflict } from './db/write'
import { desk } from './routes/desk'
import { editor } from './routes/editor'
import { createRouter, type AppEnv } from './routes/openapi'
import { pages } from './routes/pages'
import { quotes } from './routes/quotes'
import { sources } from './routes/sources'
import { topics } from './routes/topics'

const app = createRouter()

// /api/actors/ → 308 /api/actors: one name per resource, and never a 405 for a GET.
app.use('*', trailingSlashRedirect(() => app.routes))
// A parameter given twice is a 400 everywhere, before any handler reads the first value.
app.use('*', oneValuePerParameter)
/** Public reads only: the desk's API is for its own pages and for scripts, never for other sites. */
const publicOnly =
  (middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> =>
  (c, next) =>
    c.req.path.startsWith('/api/editor') ? next() : middleware(c, next)

// Data and images are public and meant to be embedded anywhere.
app.use('/api/*', publicOnly(cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] })))
app.use('/openapi.json', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }))
app.use('/cards/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag', 'Link', 'X-Card-Alt'] }))
// Hono's c.json() says "application/json"; the API promises the charset too.
app.use('*', async (c, next) => {
  await next()
  if (c.res.headers.get('Content-Type') === 'application/json') c.res.headers.set('Content-Type', 'application/json; charset=utf-8')
})

// Every JSON answer is a function of the data and the URL: 304 before any work.
// (Not the desk's: a draft changes without the public data version changing.)
app.use('/api/*', publicOnly(conditionalJson))
app.use('/openapi.json', conditionalJson)
// Nothing served here is meant to be sniffed into another type.
app.use('*', async (c, next) => {
  await next()
  // A response straight from the Cache API has immutable headers: copy it first.
  if (!c.res.headers.has('X-Content-Type-Options')) c.res = new Response(c.res.body, c.res)
  c.res.headers.set('X-Content-Type-Options', 'nosniff')
})

app.route('/api/actors', actors)
app.route('/api/quotes', quotes)
app.route('/api/topics', topics)
app.route('/api/sources', sources)
app.route('/api/editor', editor)
app.route('/cards', cards)
registerCardDocs(app.openAPIRegistry)
// Share pages, the gallery at / and oEmbed (issue 4).
app.route('/editor', desk)
app.route('/', pages)
app.route('/', oembed)

app.doc31('/openapi.json', {
  openapi: '3.1.0',
  info: {
    title: 'onrecord',
    version: '0.1.0',
    description: 'Verbatim, attributed statements from news articles, and fact cards built only from them.',
  },
})

app.notFound((c) => {
  const allowed = allowedMethods(app.routes, c.req.path)
  if (allowed.length > 0) throw methodNotAllowed(c.req.method, c.req.path, allowed)
  throw new ProblemError(404, `Nothing is served at ${c.req.path}. Start at / or /openapi.json.`)
})

app.onError((error, c) => {
  if (error instanceof ProblemError) return problemResponse(error.toProblem(c.req.path), error.headers)
  if (error instanceof ArticleError) return problemResponse(new ProblemError(error.status, error.message).toProblem(c.req.path))
  // Another write landed between this one's check and its commit: nothing was written; try again.
  if (error instanceof VersionConflict) return problemResponse(new ProblemError(409, `${error.message} Send the request again.`).toProblem(c.req.path), { 'Retry-After': '1' })
  // Hono's own (a malformed JSON body, a body over its limit): the same shape, its status and words.
  if (error instanceof HTTPException && error.status < 500)
    return problemResponse({ type: 'about:blank', title: error.res?.statusText || 'Error', status: error.status, detail: error.message || 'The request was refused.', instance: c.req.path })
  console.error(`${c.req.method} ${c.req.path} failed:`, error)
  return problemResponse({
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: 'The server failed to answer this request. The failure has been logged.',
    instance: c.req.path,
  })
})

export default app

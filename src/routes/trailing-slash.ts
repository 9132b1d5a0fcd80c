/**
 * A path with a trailing slash is not a second name for a resource: when the path without
 * it is served, the answer is a permanent redirect there (308, so the method is kept),
 * with the query unchanged; otherwise the request goes on to the usual 404. Never a 405:
 * the route table is matched exactly (./methods).
 */
import type { MiddlewareHandler } from 'hono'
import { allowedMethods, type RouteEntry } from './methods'

/**
 * @example
 * app.use('*', trailingSlashRedirect(() => app.routes)) // GET /api/actors/ → 308 Location: /api/actors
 */
export function trailingSlashRedirect(routes: () => readonly RouteEntry[]): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url)
    if (url.pathname.length <= 1 || !url.pathname.endsWith('/')) return next()
    const trimmed = url.pathname.replace(/\/+$/, '') || '/'
    if (allowedMethods(routes(), trimmed).length === 0) return next()
    return new Response(null, { status: 308, headers: { Location: `${trimmed}${url.search}`, 'X-Content-Type-Options': 'nosniff' } })
  }
}

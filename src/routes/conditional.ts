/**
 * Conditional GET for the JSON API. Every answer is a function of the stored data and the
 * URL, so its ETag — the data version and a hash of the path and query — is known before the
 * handler runs, and `If-None-Match` is answered with 304 without building the body.
 */
import type { MiddlewareHandler } from 'hono'
import { fingerprint } from '../data/store'
import { corpus, type AppEnv } from './openapi'

/** Scripts poll; a few minutes of staleness is harmless and a new deployment changes the ETag. */
export const API_CACHE_CONTROL = 'public, max-age=300'

/**
 * Weak comparison (RFC 9110 §13.1.2): "W/" prefixes are ignored. "*" matches any current
 * representation, so only a resource known to exist: pass `exists` once that is checked.
 * @example
 * etagMatches('*', etag) // false: existence not known yet
 * etagMatches('*', etag, true) // true
 */
export function etagMatches(header: string | undefined, etag: string, exists = false): boolean {
  if (!header) return false
  return header.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '')
    return (tag === '*' && exists) || tag === etag
  })
}

export const conditionalJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next()
  const url = new URL(c.req.url)
  const { version } = await corpus(c)
  const etag = `"${version}-${fingerprint(url.pathname + url.search)}"`
  if (etagMatches(c.req.header('If-None-Match'), etag)) {
    return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': API_CACHE_CONTROL } })
  }
  await next()
  // "*" is answered after the handler: only a 200 proves the resource exists.
  if (c.res.status === 200 && etagMatches(c.req.header('If-None-Match'), etag, true)) {
    c.res = new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': API_CACHE_CONTROL } })
    return
  }
  if (c.res.status === 200) {
    c.res.headers.set('ETag', etag)
    c.res.headers.set('Cache-Control', API_CACHE_CONTROL)
  }
}

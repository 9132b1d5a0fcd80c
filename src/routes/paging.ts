/** The one way lists page: the next page's URL keeps the request's filters and limit. */
import type { Context } from 'hono'
import type { Page } from '../read/corpus'

/**
 * @example nextLink(c, { ids, next: 'keir-starmer' }) // "/api/actors?limit=2&after=keir-starmer"
 */
export function nextLink(c: Context, page: Page): string | null {
  if (page.next === null) return null
  const url = new URL(c.req.url)
  url.searchParams.set('after', page.next)
  return `${url.pathname}?${url.searchParams}`
}

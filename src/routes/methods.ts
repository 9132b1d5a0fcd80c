/**
 * Which methods a path answers, from the app's own route table: a path that exists
 * but not for the request's method is a 405 with `Allow`, not a 404.
 */

export interface RouteEntry {
  method: string
  path: string
}

const patternCache = new Map<string, RegExp>()

function pattern(path: string): RegExp {
  let re = patternCache.get(path)
  if (!re) {
    const source = path
      .split('/')
      .map((part) =>
        part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('/')
    // Exact: a trailing slash is another path (redirected by ./trailing-slash, else a 404).
    re = new RegExp(`^${source}$`)
    patternCache.set(path, re)
  }
  return re
}

/**
 * @example
 * allowedMethods(app.routes, '/api/actors') // ['GET', 'HEAD']
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const methods = new Set<string>()
  for (const route of routes) {
    if (route.method === 'ALL') continue
    if (pattern(route.path).test(path)) methods.add(route.method)
  }
  if (methods.size === 0) return []
  if (methods.has('GET')) methods.add('HEAD')
  return [...methods].sort()
}

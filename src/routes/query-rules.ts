/**
 * One rule for query parameters everywhere — cards, API, pages, oEmbed: a parameter given
 * more than once is refused with a 400 that names it and its values, before any handler
 * runs. (Before this, cards took the first value and the API refused with a schema message.)
 */
import type { MiddlewareHandler } from 'hono'
import { ProblemError } from '../errors'

/**
 * 400 for a parameter given several times.
 * @example
 * throw repeatedParam('size', ['og', 'story']) // detail: Parameter "size" is given 2 times ("og", "story"); give it once.
 */
export function repeatedParam(name: string, values: readonly string[]): ProblemError {
  return new ProblemError(400, `Parameter "${name}" is given ${values.length} times (${values.map((v) => JSON.stringify(v)).join(', ')}); give it once.`, {
    extensions: { parameter: name, received: [...values] },
  })
}

/** Middleware: refuses the first parameter that appears more than once. */
export const oneValuePerParameter: MiddlewareHandler = async (c, next) => {
  const params = new URL(c.req.url).searchParams
  const seen = new Set<string>()
  for (const name of params.keys()) {
    if (seen.has(name)) throw repeatedParam(name, params.getAll(name))
    seen.add(name)
  }
  await next()
}

/**
 * A query parameter that names a record (`?actor=`, `?topic=`, `?source=`) must name one that
 * exists: otherwise a 400 that lists the allowed ids while they are few, and points to the list
 * endpoint once they are many. One rule for the API's filters and the gallery's.
 */
import { invalidParam, ProblemError } from '../errors'

/** How many allowed ids a 400 lists before it points to the list endpoint instead. */
const LISTED = 50
const TABLE = { actor: 'actors', topic: 'topics', source: 'sources' } as const

/**
 * The record's id and name (a source's name is its id), or a 400.
 * @example await knownRecord(env.DB, 'actor', 'keir-starmer') // { id: 'keir-starmer', name: 'Keir Starmer' }
 */
export async function knownRecord(db: D1Database, name: keyof typeof TABLE, value: string): Promise<{ id: string; name: string }> {
  const table = TABLE[name]
  const label = table === 'sources' ? 'id' : 'name'
  const found = await db.prepare(`SELECT id, ${label} AS name FROM ${table} WHERE id = ?`).bind(value).first<{ id: string; name: string }>()
  if (found) return found
  const known = await db.prepare(`SELECT id FROM ${table} ORDER BY ord LIMIT ?`).bind(LISTED + 1).all<{ id: string }>()
  if (known.results.length <= LISTED) throw invalidParam(name, value, known.results.map((k) => k.id))
  throw new ProblemError(400, `Parameter "${name}" is ${JSON.stringify(value)}, which is no ${name}'s id; the ids are listed at /api/${table}.`, {
    extensions: { parameter: name, received: value },
  })
}

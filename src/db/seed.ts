/**
 * Loading a whole dataset (data/ or a generated corpus) into an empty database: checked whole by
 * the data rules first, then written in guarded batches — sources a chunk at a time with their
 * statements, actors and topics before, positions and utterances after.
 */
import type { Dataset, RawData } from '../data/types'
import { validateData } from '../data/validate'
import { applyAdditions, dataVersion, type Additions } from './write'

/** The version of a database no data has been loaded into (migrations/0001). */
export const EMPTY_VERSION = 'empty'

export class NotEmpty extends Error {
  constructor(version: string) {
    super(`The database already holds data (data version ${version}); seeding loads data only into an empty database.`)
    this.name = 'NotEmpty'
  }
}

/**
 * @example await seedDatabase(env.DB, readRawData('data')) // the new data version
 */
export async function seedDatabase(db: D1Database, raw: RawData, options: { sourcesPerBatch?: number } = {}): Promise<string> {
  const data: Dataset = validateData(raw)
  let version = await dataVersion(db)
  if (version !== EMPTY_VERSION) throw new NotEmpty(version)
  const per = options.sourcesPerBatch ?? 20
  // Batches stay small (a few thousand statements at most): a D1 batch is one request.
  const slices = <T>(list: T[], n: number) => Array.from({ length: Math.ceil(list.length / n) }, (_, i) => list.slice(i * n, i * n + n))
  const chunks: Additions[] = [{ topics: data.topics }, ...slices(data.actors, 250).map((actors) => ({ actors }))]
  for (let i = 0; i < data.sources.length; i += per) {
    const sources = data.sources.slice(i, i + per)
    const ids = new Set(sources.map((s) => s.id))
    chunks.push({
      sources,
      texts: Object.fromEntries(sources.map((s) => [s.id, data.texts[s.id]!])),
      statements: data.statements.filter((s) => ids.has(s.source)),
      nonStatements: data.nonStatements.filter((n) => ids.has(n.source)),
    })
  }
  chunks.push(...slices(data.positions, 500).map((positions) => ({ positions })), ...slices(data.utterances, 500).map((utterances) => ({ utterances })))
  for (const chunk of chunks) version = await applyAdditions(db, chunk, version)
  return version
}

/**
 * Seeds the database only when it is empty (as `npm start` does): the new data version, or
 * undefined when it already held data.
 * @example await seedIfEmpty(env.DB, readRawData('data')) // '06c2e2be93cb386b' the first time, then undefined
 */
export async function seedIfEmpty(db: D1Database, raw: RawData): Promise<string | undefined> {
  try {
    return await seedDatabase(db, raw)
  } catch (error) {
    if (error instanceof NotEmpty) return undefined
    throw error
  }
}

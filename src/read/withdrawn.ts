/**
 * Withdrawn statements: nothing published is deleted. A withdrawn statement's id answers
 * 410 Gone with its corrections, on the API, its share page and its cards.
 */
import { ProblemError } from '../errors'
import type { Correction } from '../data/types'

/**
 * The 410 of a withdrawn statement, or undefined when the id was never withdrawn.
 * @example throw (await withdrawnProblem(db, id)) ?? notFound('quote', id)
 */
export async function withdrawnProblem(db: D1Database, id: string): Promise<ProblemError | undefined> {
  const [withdrawn, corrections] = await db.batch([
    db.prepare('SELECT record, at FROM withdrawn WHERE id = ?').bind(id),
    db.prepare('SELECT date, note FROM corrections WHERE statement = ? ORDER BY id').bind(id),
  ])
  const row = (withdrawn?.results as { record: string; at: string }[] | undefined)?.[0]
  if (!row) return undefined
  const list = (corrections?.results ?? []) as unknown as Correction[]
  const last = list.at(-1)
  const record = JSON.parse(row.record) as { speaker: string; text: string; source: string }
  return new ProblemError(410, `Statement ${JSON.stringify(id)} was withdrawn on ${last?.date ?? row.at.slice(0, 10)}: ${last?.note ?? 'no note'}`, {
    extensions: { id, withdrawn: row.at.slice(0, 10), corrections: list, speaker: record.speaker, source: record.source },
  })
}

/**
 * The read layer: everything the API, the pages and the cards show, read from D1 and returned
 * as plain data. Each function reads the part of the corpus its answer rests on (src/db/slice.ts)
 * and runs the same pure views and card models as over the whole; list functions page by a
 * cursor so no answer grows with the corpus.
 */
import { cardModel as buildCardModel, type CardKind, type CardModel } from '../card/model'
import type { Statement } from '../data/schema'
import { createStore, type Store } from '../data/store'
import { readSlice, type SliceSeed } from '../db/slice'

/** A page of ids and the cursor of the next page (the last id), or null at the end. */
export interface Page {
  ids: string[]
  next: string | null
}

export const DEFAULT_LIMIT = 100
/** The largest `?limit=` a list takes. */
export const MAX_LIMIT = 500

/** What a record's own pages and cards need to read. */
export const SEEDS: Record<CardKind | 'source', (id: string) => SliceSeed> = {
  actor: (id) => ({ actors: [id], statementsBy: [id], positionsOf: [id], mentionsOf: [id] }),
  quote: (id) => ({ statements: [id], texts: true }),
  topic: (id) => ({ topics: [id], positionsOn: [id], statementsOn: [id] }),
  source: (id) => ({ sources: [id], statementsIn: [id], texts: true }),
}

export async function sliceStore(db: D1Database, version: string, seed: SliceSeed): Promise<Store> {
  return createStore(await readSlice(db, seed), version)
}

/** The store slice for one record, or undefined when it does not exist. */
export async function recordStore(db: D1Database, version: string, kind: CardKind | 'source', id: string, more: SliceSeed = {}): Promise<Store | undefined> {
  const store = await sliceStore(db, version, { ...SEEDS[kind](id), ...more })
  const found = { actor: store.actor(id), quote: store.statement(id), topic: store.topic(id), source: store.source(id) }[kind]
  return found ? store : undefined
}

export async function cardModel(db: D1Database, version: string, kind: CardKind, id: string): Promise<CardModel | undefined> {
  const store = await recordStore(db, version, kind, id)
  return store && buildCardModel(store, kind, id)
}

/**
 * A page of a table's ids in its own order (data/*.json's order), after the id `after`.
 * @example await pageOf(env.DB, 'actors', { limit: 2 }) // { ids: ['donald-trump', 'volodymyr-zelenskyy'], next: 'volodymyr-zelenskyy' }
 */
export async function pageOf(db: D1Database, table: 'actors' | 'topics' | 'sources', { limit = DEFAULT_LIMIT, after }: { limit?: number; after?: string | undefined }): Promise<Page> {
  const rows = await db
    .prepare(`SELECT id FROM ${table} WHERE ord > coalesce((SELECT ord FROM ${table} WHERE id = ?), 0) ORDER BY ord LIMIT ?`)
    .bind(after ?? null, limit + 1)
    .all<{ id: string }>()
  return cut(rows.results.map((r) => r.id), limit)
}

function cut(ids: string[], limit: number): Page {
  const page = ids.slice(0, limit)
  return { ids: page, next: ids.length > limit ? (page[page.length - 1] ?? null) : null }
}

export interface StatementQuery {
  actor?: string | undefined
  topic?: string | undefined
  source?: string | undefined
  kind?: Statement['kind'] | undefined
}

/** Statements matching the filters in reading order (sources in order, then offset), a page at a time. */
export async function statementPage(db: D1Database, filter: StatementQuery, { limit = DEFAULT_LIMIT, after }: { limit?: number; after?: string | undefined }): Promise<Page> {
  const where: string[] = []
  const params: unknown[] = []
  const and = (sql: string, value: unknown) => {
    if (value === undefined) return
    where.push(sql)
    params.push(value)
  }
  and('s.speaker = ?', filter.actor)
  and('s.source = ?', filter.source)
  and('s.kind = ?', filter.kind)
  and('s.id IN (SELECT statement FROM statement_topics WHERE topic = ?)', filter.topic)
  and('(so.ord, s.start) > (SELECT so2.ord, s2.start FROM statements s2 JOIN sources so2 ON so2.id = s2.source WHERE s2.id = ?)', after)
  const sql = `SELECT s.id FROM statements s JOIN sources so ON so.id = s.source ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY so.ord, s.start LIMIT ?`
  const rows = await db.prepare(sql).bind(...params, limit + 1).all<{ id: string }>()
  return cut(rows.results.map((r) => r.id), limit)
}

/** Ids and names, for pickers and for naming what is allowed (a bounded number). */
export async function names(db: D1Database, table: 'actors' | 'topics' | 'sources', max = 1000): Promise<{ id: string; name: string }[]> {
  const column = table === 'sources' ? 'id' : 'name'
  const rows = await db.prepare(`SELECT id, ${column} AS name FROM ${table} ORDER BY ord LIMIT ?`).bind(max).all<{ id: string; name: string }>()
  return rows.results
}

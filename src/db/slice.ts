/**
 * Reads a self-contained part of the corpus from D1: the records asked for and everything
 * they lead to (speakers, sources, topics, continuations, utterances, evidence), so that the
 * pure code over a Dataset (views, card models, pages) runs on it exactly as on the whole.
 * Every query is by indexed key, so the cost follows the answer's size, not the corpus's.
 */
import type { Actor, NonStatement, Position, SourceMeta, Statement, Topic, Utterance } from '../data/schema'
import type { Correction, Dataset } from '../data/types'
import { actorOf, nonStatementOf, positionOf, sourceOf, statementOf, topicOf, utteranceOf } from './rows'

/** What to start from; every list is of ids. */
export interface SliceSeed {
  actors?: string[]
  topics?: string[]
  sources?: string[]
  statements?: string[]
  /** Every statement of these speakers. */
  statementsBy?: string[]
  /** Every statement of these sources. */
  statementsIn?: string[]
  /** Every statement about these topics. */
  statementsOn?: string[]
  /** Statements by others that name these actors. */
  mentionsOf?: string[]
  positionsOf?: string[]
  positionsOn?: string[]
  /** Load the texts of the sources in the slice. */
  texts?: boolean
  /** Load the non-statements of the sources in the slice. */
  nonStatements?: boolean
}

const list = (ids: Iterable<string>) => JSON.stringify([...ids])
const IN = 'IN (SELECT value FROM json_each(?))'

async function rows(db: D1Database, queries: [string, string[]][]): Promise<Record<string, unknown>[][]> {
  if (queries.length === 0) return []
  const results = await db.batch(queries.map(([sql, ids]) => db.prepare(sql).bind(list(ids))))
  return results.map((r) => r.results as Record<string, unknown>[])
}

/**
 * @example
 * const data = await readSlice(env.DB, { actors: ['keir-starmer'], statementsBy: ['keir-starmer'], positionsOf: ['keir-starmer'] })
 */
export async function readSlice(db: D1Database, seed: SliceSeed): Promise<Dataset> {
  const actors = new Map<string, Actor>()
  const topics = new Map<string, Topic>()
  const sources = new Map<string, SourceMeta & { ord: number }>()
  const statements = new Map<string, Statement & { ord: number }>()
  const positions = new Map<string, Position & { ord: number }>()
  const utterances = new Map<string, Utterance & { ord: number }>()
  const asked = { actors: new Set<string>(), topics: new Set<string>(), sources: new Set<string>(), statements: new Set<string>(), utterancesOf: new Set<string>(), continuationsOf: new Set<string>() }

  const first: [string, string[]][] = []
  const by = (column: string, ids: string[] | undefined, sql: string) => ids && ids.length > 0 && first.push([sql.replace('$', column), ids])
  by('id', seed.statements, `SELECT * FROM statements WHERE $ ${IN}`)
  by('speaker', seed.statementsBy, `SELECT * FROM statements WHERE $ ${IN}`)
  by('source', seed.statementsIn, `SELECT * FROM statements WHERE $ ${IN}`)
  by('topic', seed.statementsOn, `SELECT * FROM statements WHERE id IN (SELECT statement FROM statement_topics WHERE $ ${IN})`)
  by('actor', seed.mentionsOf, `SELECT * FROM statements WHERE id IN (SELECT statement FROM mentions WHERE $ ${IN})`)
  by('actor', seed.positionsOf, `SELECT * FROM positions WHERE $ ${IN}`)
  by('topic', seed.positionsOn, `SELECT * FROM positions WHERE $ ${IN}`)
  const wanted = {
    actors: new Set(seed.actors ?? []),
    topics: new Set(seed.topics ?? []),
    sources: new Set(seed.sources ?? []),
    statements: new Set<string>(),
    utterancesOf: new Set<string>(),
    continuationsOf: new Set<string>(),
  }

  const take = (table: string, found: Record<string, unknown>[]) => {
    for (const r of found) {
      if (table === 'statements' && !statements.has(String(r.id))) statements.set(String(r.id), { ...statementOf(r), ord: Number(r.ord) })
      if (table === 'positions') positions.set(`${r.actor}/${r.topic}`, { ...positionOf(r), ord: Number(r.ord) })
      if (table === 'actors') actors.set(String(r.id), actorOf(r))
      if (table === 'topics') topics.set(String(r.id), topicOf(r))
      if (table === 'sources') sources.set(String(r.id), { ...sourceOf(r), ord: Number(r.ord) })
      if (table === 'utterances') utterances.set(String(r.id), { ...utteranceOf(r), ord: Number(r.ord) })
    }
  }
  const tableOf = (sql: string) => /FROM (\w+)/.exec(sql)![1]!
  for (const [i, found] of (await rows(db, first)).entries()) take(tableOf(first[i]![0]), found)

  // Follow references until nothing new is needed: a few rounds at most.
  for (let round = 0; round < 8; round++) {
    for (const s of statements.values()) {
      wanted.actors.add(s.speaker)
      wanted.sources.add(s.source)
      for (const t of s.topics) wanted.topics.add(t)
      if (s.continues) wanted.statements.add(s.continues)
      wanted.utterancesOf.add(s.id)
      wanted.continuationsOf.add(s.id)
    }
    for (const p of positions.values()) {
      wanted.actors.add(p.actor)
      wanted.topics.add(p.topic)
      for (const e of p.evidence) wanted.statements.add(e)
    }
    for (const u of utterances.values()) for (const id of u.statements) wanted.statements.add(id)
    const queries: [string, string[]][] = []
    const fresh = (key: keyof typeof wanted, have: (id: string) => boolean) => {
      const ids = [...wanted[key]].filter((id) => !asked[key].has(id) && !have(id))
      for (const id of ids) asked[key].add(id)
      return ids
    }
    const add = (sql: string, ids: string[]) => ids.length > 0 && queries.push([sql, ids])
    add(`SELECT * FROM actors WHERE id ${IN}`, fresh('actors', (id) => actors.has(id)))
    add(`SELECT * FROM topics WHERE id ${IN}`, fresh('topics', (id) => topics.has(id)))
    add(`SELECT * FROM sources WHERE id ${IN}`, fresh('sources', (id) => sources.has(id)))
    add(`SELECT * FROM statements WHERE id ${IN}`, fresh('statements', (id) => statements.has(id)))
    add(`SELECT * FROM statements WHERE continues ${IN}`, fresh('continuationsOf', () => false))
    add(`SELECT * FROM utterances WHERE id IN (SELECT utterance FROM utterance_statements WHERE statement ${IN})`, fresh('utterancesOf', () => false))
    if (queries.length === 0) break
    for (const [i, found] of (await rows(db, queries)).entries()) take(tableOf(queries[i]![0]), found)
  }

  const byOrd = <T extends { ord: number }>(m: Map<string, T>) => [...m.values()].sort((a, b) => a.ord - b.ord).map(({ ord: _, ...r }) => r)
  const sourceList = byOrd(sources) as SourceMeta[]
  const texts: Record<string, string> = {}
  let nonStatements: NonStatement[] = []
  const corrections: Record<string, Correction[]> = {}
  const statementIds = [...statements.keys()]
  const ids = sourceList.map((s) => s.id)
  // Only the queries that can find something: each is one of the request's D1 queries.
  const wantedTexts = seed.texts && ids.length > 0
  const wantedNon = seed.nonStatements && ids.length > 0
  const last: [string, string[]][] = [
    ...(wantedTexts ? [[`SELECT source, text FROM source_texts WHERE source ${IN}`, ids] as [string, string[]]] : []),
    ...(wantedNon ? [[`SELECT * FROM non_statements WHERE source ${IN} ORDER BY ord`, ids] as [string, string[]]] : []),
    // Corrections are part of what a statement says in public (its JSON, its card).
    ...(statementIds.length > 0 ? [[`SELECT statement, date, note FROM corrections WHERE statement ${IN} ORDER BY id`, statementIds] as [string, string[]]] : []),
  ]
  const found = await rows(db, last)
  for (const [i, [sql]] of last.entries()) {
    const result = found[i] ?? []
    if (sql.includes('FROM source_texts')) for (const r of result) texts[String(r.source)] = String(r.text)
    else if (sql.includes('FROM non_statements')) nonStatements = result.map(nonStatementOf)
    else for (const r of result) (corrections[String(r.statement)] ??= []).push({ date: String(r.date), note: String(r.note) })
  }
  return {
    sources: sourceList,
    texts,
    actors: [...actors.values()],
    statements: byOrd(statements) as Statement[],
    topics: [...topics.values()],
    positions: byOrd(positions) as Position[],
    utterances: byOrd(utterances) as Utterance[],
    nonStatements,
    corrections,
  }
}

/** The whole corpus, in the order of data/*.json: for export and for whole-corpus checks. */
export async function readAll(db: D1Database): Promise<Dataset> {
  const [sources, texts, actors, statements, topics, positions, utterances, nonStatements] = await db.batch([
    db.prepare('SELECT * FROM sources ORDER BY ord'),
    db.prepare('SELECT source, text FROM source_texts'),
    db.prepare('SELECT * FROM actors ORDER BY ord'),
    db.prepare('SELECT * FROM statements ORDER BY ord'),
    db.prepare('SELECT * FROM topics ORDER BY ord'),
    db.prepare('SELECT * FROM positions ORDER BY ord'),
    db.prepare('SELECT * FROM utterances ORDER BY ord'),
    db.prepare('SELECT * FROM non_statements ORDER BY ord'),
  ])
  const r = (x: D1Result | undefined) => (x?.results ?? []) as Record<string, unknown>[]
  return {
    sources: r(sources).map(sourceOf),
    texts: Object.fromEntries(r(texts).map((t) => [String(t.source), String(t.text)])),
    actors: r(actors).map(actorOf),
    statements: r(statements).map(statementOf),
    topics: r(topics).map(topicOf),
    positions: r(positions).map(positionOf),
    utterances: r(utterances).map(utteranceOf),
    nonStatements: r(nonStatements).map(nonStatementOf),
  }
}

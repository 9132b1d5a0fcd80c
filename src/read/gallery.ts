/**
 * The gallery's cards, a page at a time: actors, then topics, then statements in reading order,
 * filtered by actor and topic in SQL, so a page costs the same at 20 or 20,000 cards.
 */
import type { CardKind } from '../card/model'
import type { Store } from '../data/store'
import type { SliceSeed } from '../db/slice'
import { SEEDS, sliceStore } from './corpus'

export const GALLERY_PAGE = 48

export interface GalleryPage {
  /** The cards of this page, in order. */
  refs: { kind: CardKind; id: string }[]
  total: number
  page: number
  pages: number
}

interface KindQuery {
  kind: CardKind
  /** The table and its alias, e.g. "actors a". */
  from: string
  where: string
  order: string
  join?: string
}

/** Each kind's cards under the filters (?1 actor, ?2 topic), in gallery order: one WHERE for the count and the page. */
const KINDS = ([
  {
    kind: 'actor',
    from: 'actors a',
    where: '(?1 IS NULL OR a.id = ?1) AND (?2 IS NULL OR EXISTS (SELECT 1 FROM statements s JOIN statement_topics st ON st.statement = s.id WHERE s.speaker = a.id AND st.topic = ?2))',
    order: 'a.ord',
  },
  {
    kind: 'topic',
    from: 'topics t',
    where: '(?2 IS NULL OR t.id = ?2) AND (?1 IS NULL OR EXISTS (SELECT 1 FROM statements s JOIN statement_topics st ON st.statement = s.id WHERE s.speaker = ?1 AND st.topic = t.id))',
    order: 't.ord',
  },
  {
    kind: 'quote',
    from: 'statements s',
    where: '(?1 IS NULL OR s.speaker = ?1) AND (?2 IS NULL OR s.id IN (SELECT statement FROM statement_topics WHERE topic = ?2))',
    // Reading order: sources in order, then offset.
    join: 'JOIN sources so ON so.id = s.source',
    order: 'so.ord, s.start',
  },
] satisfies KindQuery[]).map((k: KindQuery) => ({
  kind: k.kind,
  count: `SELECT count(*) AS n FROM ${k.from} WHERE ${k.where}`,
  ids: `SELECT ${k.from.split(' ')[1]}.id FROM ${k.from} ${k.join ?? ''} WHERE ${k.where} ORDER BY ${k.order} LIMIT ?3 OFFSET ?4`,
}))

async function countsOf(db: D1Database, a: string | null, t: string | null): Promise<number[]> {
  const counts = await db.batch(KINDS.map((k) => db.prepare(k.count).bind(a, t)))
  return counts.map((r) => Number((r.results[0] as { n: number } | undefined)?.n ?? 0))
}

/** What every gallery page shows of the whole corpus, and the unfiltered counts. */
export interface GalleryFacts {
  perKind: number[]
  cards: number
  speakers: number
  actors: { id: string; name: string }[]
  topics: { id: string; name: string }[]
}

/** How many actors and topics the gallery's pickers list (the first, in the data's order; a selected one is added). */
export const PICKER_LIMIT = 40

let facts: { version: string; value: Promise<GalleryFacts> } | undefined

/**
 * The gallery's whole-corpus figures, read once per data version in this isolate: they change
 * only when the data does, and counting 20,000 statements on every page view is waste.
 */
export function galleryFacts(db: D1Database, version: string): Promise<GalleryFacts> {
  if (facts?.version !== version) {
    const value = (async () => {
      const [perKind, rows] = await Promise.all([
        countsOf(db, null, null),
        db.batch([
          db.prepare('SELECT count(DISTINCT speaker) AS n FROM statements'),
          db.prepare('SELECT id, name FROM actors ORDER BY ord LIMIT ?').bind(PICKER_LIMIT),
          db.prepare('SELECT id, name FROM topics ORDER BY ord LIMIT ?').bind(PICKER_LIMIT),
        ]),
      ])
      const [speakers, actors, topics] = rows
      return {
        perKind,
        cards: perKind.reduce((x, y) => x + y, 0),
        speakers: Number((speakers?.results[0] as { n: number } | undefined)?.n ?? 0),
        actors: (actors?.results ?? []) as { id: string; name: string }[],
        topics: (topics?.results ?? []) as { id: string; name: string }[],
      }
    })()
    // A failed read is not kept: the next request reads again.
    value.catch(() => (facts = undefined))
    facts = { version, value }
  }
  return facts.value
}

function mergeSeeds(seeds: SliceSeed[]): SliceSeed {
  const out: Record<string, string[]> = {}
  for (const seed of seeds)
    for (const [k, v] of Object.entries(seed)) if (Array.isArray(v)) out[k] = [...(out[k] ?? []), ...v]
  return out
}

/**
 * @example await galleryPage(env.DB, version, { actor: 'keir-starmer' }, 1) // { refs: [{ kind: 'actor', id: 'keir-starmer' }, …], total: 6, … }
 */
export async function galleryPage(db: D1Database, version: string, filter: { actor?: string | undefined; topic?: string | undefined }, page: number): Promise<GalleryPage> {
  const a = filter.actor ?? null
  const t = filter.topic ?? null
  const n = a === null && t === null ? (await galleryFacts(db, version)).perKind : await countsOf(db, a, t)
  const total = n.reduce((x, y) => x + y, 0)
  const pages = Math.max(1, Math.ceil(total / GALLERY_PAGE))
  const first = (Math.min(page, pages) - 1) * GALLERY_PAGE
  // Which part of each kind's list falls on this page.
  const queries: D1PreparedStatement[] = []
  const kinds: CardKind[] = []
  let offset = 0
  KINDS.forEach((k, i) => {
    const from = Math.max(first - offset, 0)
    const to = Math.min(first + GALLERY_PAGE - offset, n[i]!)
    if (to > from) {
      queries.push(db.prepare(k.ids).bind(a, t, to - from, from))
      kinds.push(k.kind)
    }
    offset += n[i]!
  })
  const results = queries.length ? await db.batch(queries) : []
  const refs = results.flatMap((r, i) => (r.results as { id: string }[]).map((row) => ({ kind: kinds[i]!, id: row.id })))
  return { refs, total, page: Math.min(page, pages), pages }
}

/** A slice holding everything the given cards show. */
export function cardsStore(db: D1Database, version: string, refs: readonly { kind: CardKind; id: string }[]): Promise<Store> {
  return sliceStore(db, version, mergeSeeds(refs.map((r) => SEEDS[r.kind](r.id)).map(({ texts: _, ...s }) => s)))
}

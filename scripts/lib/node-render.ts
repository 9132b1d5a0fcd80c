/**
 * The card renderer in Node, with the Worker's own code: src/card imports its wasm and fonts the
 * way wrangler bundles them, which Node learns from the hooks in worker-modules.mjs. Used where a
 * render must not run in the Worker (the free plan's 10 ms of CPU): ingest and cards:render.
 */
import { register } from 'node:module'
import type { SizeName } from '../../src/card/params'
import type { PublishReport } from '../../src/storage/cards'
import type { CardRef } from '../../src/write/affected'

register('./worker-modules.mjs', import.meta.url)

/**
 * Renders the cards of `refs` (og by default, both themes) into the bucket, skipping those already there.
 * @example await renderInNode(env.DB, env.CARDS, version, [{ kind: 'actor', id: 'keir-starmer' }])
 */
export async function renderInNode(db: D1Database, bucket: R2Bucket, version: string, refs: readonly CardRef[], sizes?: readonly SizeName[]): Promise<PublishReport> {
  const { publishCards } = await import('../../src/storage/cards')
  return publishCards(db, bucket, version, refs, sizes)
}

/** Every card of the corpus, by the registry of kinds. */
export async function everyCard(db: D1Database): Promise<CardRef[]> {
  const { CARD_KINDS, KIND_TABLE } = await import('../../src/card/kinds')
  const refs: CardRef[] = []
  for (const kind of CARD_KINDS)
    for (const { id } of (await db.prepare(`SELECT id FROM ${KIND_TABLE[kind]} ORDER BY ord`).all<{ id: string }>()).results) refs.push({ kind, id })
  return refs
}

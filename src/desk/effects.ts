/**
 * After a change lands: the cards it touched are rendered into R2 (og size, both themes, as
 * publishing does), their superseded images are deleted from R2, and every cached copy of them
 * is purged by tag. Workers Cache gives the
 * Worker `ctx.cache.purge`; where the runtime has none (miniflare, wrangler dev) there is no
 * shared cache to purge, and card ETags change with the data anyway.
 */
import { cardPath, pagePath } from '../urls'
import { cardTag, publishCards, pruneCards } from '../storage/cards'
import type { CardRef } from '../write/affected'

interface PurgeableContext {
  waitUntil(promise: Promise<unknown>): void
  cache?: { purge?: (options: { tags: string[] }) => Promise<unknown> }
}

/** The cache tags of the cards a change touched (cards tag themselves `kind:id`, src/storage/cards.ts). */
export const purgeTags = (refs: readonly CardRef[]) => [...new Set(refs.map((r) => cardTag(r.kind, r.id)))].sort()

/** Public paths of the cards, for the desk's links and the API's answer. */
export function cardLinks(refs: readonly CardRef[]): { kind: string; id: string; card: string; page: string }[] {
  return refs.map((r) => ({ kind: r.kind, id: r.id, card: cardPath(r.kind, r.id), page: pagePath(r.kind, r.id) }))
}

/** Renders and purges in the background of the response (`waitUntil`). */
export function afterChange(ctx: PurgeableContext | undefined, env: Env, version: string, refs: readonly CardRef[]): void {
  if (refs.length === 0) return
  const work = (async () => {
    try {
      await ctx?.cache?.purge?.({ tags: purgeTags(refs) })
    } catch (error) {
      console.error('purging the changed cards failed:', error)
    }
    try {
      await publishCards(env.DB, env.CARDS, version, refs)
    } catch (error) {
      // The cards render on their first request instead.
      console.error('rendering the changed cards failed:', error)
    }
    try {
      await pruneCards(env.DB, env.CARDS, version, refs)
    } catch (error) {
      console.error('deleting the superseded card images failed:', error)
    }
  })()
  if (ctx) ctx.waitUntil(work)
}

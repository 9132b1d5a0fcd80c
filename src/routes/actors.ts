/** /api/actors: who speaks in the sources, with their roles, positions and statements. */
import { createRoute, z } from '@hono/zod-openapi'
import { notFound } from '../errors'
import { pageOf, recordStore, sliceStore } from '../read/corpus'
import { corpus, createRouter } from './openapi'
import { nextLink } from './paging'
import { ActorDetail, ActorSummary, IdParam, NextLink, PageQuery, problemReply } from './schemas'
import { actorDetail, actorSummary } from './views'

export const actors = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['actors'],
      summary: 'Every actor, a page at a time',
      request: { query: PageQuery },
      responses: {
        200: { description: 'A page of actors', content: { 'application/json': { schema: z.object({ actors: z.array(ActorSummary), next: NextLink }) } } },
        400: problemReply('A limit outside 1–500'),
      },
    }),
    async (c) => {
      const { db, version } = await corpus(c)
      const page = await pageOf(db, 'actors', c.req.valid('query'))
      const store = await sliceStore(db, version, { actors: page.ids, statementsBy: page.ids })
      return c.json({ actors: page.ids.flatMap((id) => store.actor(id) ?? []).map((a) => actorSummary(store, a)), next: nextLink(c, page) }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['actors'],
      summary: 'One actor with their positions and statements',
      request: { params: IdParam },
      responses: {
        200: { description: 'The actor', content: { 'application/json': { schema: ActorDetail } } },
        404: problemReply('No actor has this id'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const { db, version } = await corpus(c)
      const store = await recordStore(db, version, 'actor', id)
      const actor = store?.actor(id)
      if (!store || !actor) throw notFound('actor', id)
      return c.json(actorDetail(store, actor), 200)
    },
  )

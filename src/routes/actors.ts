/** /api/actors: who speaks in the sources, with their roles, positions and statements. */
import { createRoute, z } from '@hono/zod-openapi'
import { getStore } from '../data/bundle'
import { notFound } from '../errors'
import { createRouter } from './openapi'
import { ActorDetail, ActorSummary, IdParam, problemReply } from './schemas'
import { actorDetail, actorSummary } from './views'

export const actors = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['actors'],
      summary: 'Every actor',
      responses: {
        200: { description: 'All actors', content: { 'application/json': { schema: z.object({ actors: z.array(ActorSummary) }) } } },
      },
    }),
    (c) => {
      const store = getStore()
      return c.json({ actors: store.data.actors.map((a) => actorSummary(store, a)) }, 200)
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
    (c) => {
      const { id } = c.req.valid('param')
      const store = getStore()
      const actor = store.actor(id)
      if (!actor) throw notFound('actor', id)
      return c.json(actorDetail(store, actor), 200)
    },
  )

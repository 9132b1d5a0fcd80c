/** /api/topics: what the sources are about, and every actor's position on each, side by side. */
import { createRoute, z } from '@hono/zod-openapi'
import { getStore } from '../data/bundle'
import { notFound } from '../errors'
import { createRouter } from './openapi'
import { IdParam, problemReply, TopicDetail, TopicSummary } from './schemas'
import { topicDetail, topicSummary } from './views'

export const topics = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['topics'],
      summary: 'Every topic',
      responses: {
        200: { description: 'All topics', content: { 'application/json': { schema: z.object({ topics: z.array(TopicSummary) }) } } },
      },
    }),
    (c) => {
      const store = getStore()
      return c.json({ topics: store.data.topics.map((t) => topicSummary(store, t)) }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['topics'],
      summary: "One topic with every actor's position on it and the quotes behind each",
      request: { params: IdParam },
      responses: {
        200: { description: 'The topic', content: { 'application/json': { schema: TopicDetail } } },
        404: problemReply('No topic has this id'),
      },
    }),
    (c) => {
      const { id } = c.req.valid('param')
      const store = getStore()
      const topic = store.topic(id)
      if (!topic) throw notFound('topic', id)
      return c.json(topicDetail(store, topic), 200)
    },
  )

/** /api/topics: what the sources are about, and every actor's position on each, side by side. */
import { createRoute, z } from '@hono/zod-openapi'
import { notFound } from '../errors'
import { pageOf, recordStore, sliceStore } from '../read/corpus'
import { corpus, createRouter } from './openapi'
import { nextLink } from './paging'
import { IdParam, NextLink, PageQuery, problemReply, TopicDetail, TopicSummary } from './schemas'
import { topicDetail, topicSummary } from './views'

export const topics = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['topics'],
      summary: 'Every topic, a page at a time',
      request: { query: PageQuery },
      responses: {
        200: { description: 'A page of topics', content: { 'application/json': { schema: z.object({ topics: z.array(TopicSummary), next: NextLink }) } } },
        400: problemReply('A limit outside 1–500'),
      },
    }),
    async (c) => {
      const { db, version } = await corpus(c)
      const page = await pageOf(db, 'topics', c.req.valid('query'))
      const store = await sliceStore(db, version, { topics: page.ids, positionsOn: page.ids, statementsOn: page.ids })
      return c.json({ topics: page.ids.flatMap((id) => store.topic(id) ?? []).map((t) => topicSummary(store, t)), next: nextLink(c, page) }, 200)
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
    async (c) => {
      const { id } = c.req.valid('param')
      const { db, version } = await corpus(c)
      const store = await recordStore(db, version, 'topic', id)
      const topic = store?.topic(id)
      if (!store || !topic) throw notFound('topic', id)
      return c.json(topicDetail(store, topic), 200)
    },
  )

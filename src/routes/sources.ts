/** /api/sources: the stored articles, their metadata (unknown stays null) and their exact text. */
import { createRoute, z } from '@hono/zod-openapi'
import { getStore } from '../data/bundle'
import { notFound } from '../errors'
import { createRouter } from './openapi'
import { IdParam, problemReply, SourceDetail, SourceSummary } from './schemas'
import { sourceDetail, sourceSummary } from './views'

export const sources = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['sources'],
      summary: 'Every source article (metadata)',
      responses: {
        200: { description: 'All sources', content: { 'application/json': { schema: z.object({ sources: z.array(SourceSummary) }) } } },
      },
    }),
    (c) => {
      const store = getStore()
      return c.json({ sources: store.data.sources.map((s) => sourceSummary(store, s)) }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['sources'],
      summary: 'One source with its full text',
      request: { params: IdParam },
      responses: {
        200: { description: 'The source', content: { 'application/json': { schema: SourceDetail } } },
        404: problemReply('No source has this id'),
      },
    }),
    (c) => {
      const { id } = c.req.valid('param')
      const store = getStore()
      const source = store.source(id)
      if (!source) throw notFound('source', id)
      return c.json(sourceDetail(store, source), 200)
    },
  )

/** /api/quotes: every statement — direct and partial quotes and paraphrases — with its attribution chain. */
import { createRoute, z } from '@hono/zod-openapi'
import { getStore } from '../data/bundle'
import { invalidParam, notFound } from '../errors'
import { createRouter } from './openapi'
import { IdParam, problemReply, Quote, QuoteQuery } from './schemas'
import { quoteView } from './views'

export const quotes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['quotes'],
      summary: 'Every statement, filterable by actor, topic, source and kind',
      request: { query: QuoteQuery },
      responses: {
        200: { description: 'Matching statements, in source order', content: { 'application/json': { schema: z.object({ quotes: z.array(Quote) }) } } },
        400: problemReply('A filter names an actor, topic, source or kind that does not exist'),
      },
    }),
    (c) => {
      const filter = c.req.valid('query')
      const store = getStore()
      const known = {
        actor: store.data.actors.map((a) => a.id),
        topic: store.data.topics.map((t) => t.id),
        source: store.data.sources.map((s) => s.id),
      }
      for (const name of ['actor', 'topic', 'source'] as const) {
        const value = filter[name]
        if (value !== undefined && !known[name].includes(value)) throw invalidParam(name, value, known[name])
      }
      return c.json({ quotes: store.statements(filter).map((s) => quoteView(store, s)) }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags: ['quotes'],
      summary: 'One statement',
      request: { params: IdParam },
      responses: {
        200: { description: 'The statement', content: { 'application/json': { schema: Quote } } },
        404: problemReply('No statement has this id'),
      },
    }),
    (c) => {
      const { id } = c.req.valid('param')
      const store = getStore()
      const statement = store.statement(id)
      if (!statement) throw notFound('quote', id)
      return c.json(quoteView(store, statement), 200)
    },
  )

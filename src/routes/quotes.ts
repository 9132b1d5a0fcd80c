/** /api/quotes: every statement — direct and partial quotes and paraphrases — with its attribution chain. */
import { createRoute, z } from '@hono/zod-openapi'
import { notFound } from '../errors'
import { recordStore, sliceStore, statementPage } from '../read/corpus'
import { knownRecord } from './known'
import { corpus, createRouter } from './openapi'
import { nextLink } from './paging'
import { IdParam, NextLink, PageQuery, problemReply, Quote, QuoteQuery } from './schemas'
import { quoteView } from './views'
import { withdrawnProblem } from '../read/withdrawn'

export const quotes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['quotes'],
      summary: 'Every statement, filterable by actor, topic, source and kind, a page at a time',
      request: { query: QuoteQuery.extend(PageQuery.shape) },
      responses: {
        200: { description: 'Matching statements, in source order', content: { 'application/json': { schema: z.object({ quotes: z.array(Quote), next: NextLink }) } } },
        400: problemReply('A filter names an actor, topic, source or kind that does not exist'),
      },
    }),
    async (c) => {
      const { limit, after, ...filter } = c.req.valid('query')
      const { db, version } = await corpus(c)
      for (const name of ['actor', 'topic', 'source'] as const) {
        const value = filter[name]
        if (value !== undefined) await knownRecord(db, name, value)
      }
      const page = await statementPage(db, filter, { limit, after })
      const store = await sliceStore(db, version, { statements: page.ids })
      return c.json({ quotes: page.ids.flatMap((id) => store.statement(id) ?? []).map((s) => quoteView(store, s)), next: nextLink(c, page) }, 200)
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
        410: problemReply('The statement was withdrawn; the answer carries its corrections'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const { db, version } = await corpus(c)
      const store = await recordStore(db, version, 'quote', id)
      const statement = store?.statement(id)
      if (!store || !statement) throw (await withdrawnProblem(db, id)) ?? notFound('quote', id)
      return c.json(quoteView(store, statement), 200)
    },
  )

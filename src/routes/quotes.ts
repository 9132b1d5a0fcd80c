/** /api/quotes: every statement — direct and partial quotes and paraphrases — with its attribution chain. */
import { createRoute, z } from '@hono/zod-openapi'
import { invalidParam, notFound, ProblemError } from '../errors'
import { exists, names, recordStore, sliceStore, statementPage } from '../read/corpus'
import { corpus, createRouter } from './openapi'
import { nextLink } from './paging'
import { IdParam, NextLink, PageQuery, problemReply, Quote, QuoteQuery } from './schemas'
import { quoteView } from './views'
import { withdrawnProblem } from '../read/withdrawn'

/** How many allowed ids a 400 lists before it points to the list endpoint instead. */
const LISTED = 50

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
      const tables = { actor: 'actors', topic: 'topics', source: 'sources' } as const
      for (const name of ['actor', 'topic', 'source'] as const) {
        const value = filter[name]
        if (value === undefined || (await exists(db, name === 'source' ? 'source' : name, value))) continue
        const known = await names(db, tables[name], LISTED + 1)
        if (known.length <= LISTED) throw invalidParam(name, value, known.map((k) => k.id))
        throw new ProblemError(400, `Parameter "${name}" is ${JSON.stringify(value)}, which is no ${name}'s id; the ids are listed at /api/${tables[name]}.`, {
          extensions: { parameter: name, received: value },
        })
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

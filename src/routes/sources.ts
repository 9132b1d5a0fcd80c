/** /api/sources: the stored articles, their metadata (unknown stays null) and their exact text. */
import { createRoute, z } from '@hono/zod-openapi'
import { notFound } from '../errors'
import { pageOf, recordStore, sliceStore } from '../read/corpus'
import { corpus, createRouter } from './openapi'
import { nextLink } from './paging'
import { IdParam, NextLink, PageQuery, problemReply, SourceDetail, SourceSummary } from './schemas'
import { sourceDetail, sourceSummary } from './views'

export const sources = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags: ['sources'],
      summary: 'Every source article (metadata), a page at a time',
      request: { query: PageQuery },
      responses: {
        200: { description: 'A page of sources', content: { 'application/json': { schema: z.object({ sources: z.array(SourceSummary), next: NextLink }) } } },
        400: problemReply('A limit outside 1–500'),
      },
    }),
    async (c) => {
      const { db, version } = await corpus(c)
      const page = await pageOf(db, 'sources', c.req.valid('query'))
      const store = await sliceStore(db, version, { sources: page.ids })
      const counts = await db
        .prepare('SELECT so.id, so.length, (SELECT count(*) FROM statements s WHERE s.source = so.id) AS n FROM sources so WHERE so.id IN (SELECT value FROM json_each(?))')
        .bind(JSON.stringify(page.ids))
        .all<{ id: string; length: number; n: number }>()
      const byId = new Map(counts.results.map((r) => [r.id, r]))
      const list = page.ids.flatMap((id) => store.source(id) ?? []).map((s) => sourceSummary(s, byId.get(s.id)?.n ?? 0, byId.get(s.id)?.length ?? 0))
      return c.json({ sources: list, next: nextLink(c, page) }, 200)
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
    async (c) => {
      const { id } = c.req.valid('param')
      const { db, version } = await corpus(c)
      const store = await recordStore(db, version, 'source', id)
      const source = store?.source(id)
      if (!store || !source) throw notFound('source', id)
      return c.json(sourceDetail(store, source), 200)
    },
  )

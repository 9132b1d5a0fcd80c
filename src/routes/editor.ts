/**
 * /api/editor: the newsroom's desk as JSON — drafts, review, positions, publishing,
 * corrections and the audit log. Every route needs an editor (src/desk/auth.ts); the desk's
 * HTML (src/routes/desk.tsx) calls the same functions, so there is one path for each change.
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { StatementKind } from '../data/schema'
import { readAudit } from '../desk/audit'
import { limitBody, requireEditor, type DeskEnv } from '../desk/auth'
import { actorNames, createDraft, listDrafts, loadDraft, type Draft, type DraftStatement } from '../desk/drafts'
import { afterChange, cardLinks } from '../desk/effects'
import { publishDraft, putPosition } from '../desk/publish'
import { publishedEtag, reviewStatement, type ReviewPatch } from '../desk/review'
import { dataVersion } from '../db/write'
import { sliceStore } from '../read/corpus'
import { ProblemError } from '../errors'
import { problemReply } from './schemas'

/** Validation failures name the field, what was received and, for enums, what is allowed. */
export function createDeskRouter() {
  return new OpenAPIHono<DeskEnv>({
    defaultHook: (result) => {
      if (result.success) return
      const issue = result.error.issues[0]
      const path = issue?.path.map(String) ?? []
      let received: unknown = (result as { data?: unknown }).data
      for (const key of path) received = (received as Record<string, unknown> | undefined)?.[key]
      const name = path.join('.') || '(body)'
      const where = result.target === 'json' ? 'Field' : 'Parameter'
      const allowed = issue && 'values' in issue && Array.isArray(issue.values) ? issue.values.map(String) : undefined
      const shown = received === undefined ? 'missing' : JSON.stringify(received)?.slice(0, 120)
      throw new ProblemError(400, `${where} "${name}" is ${shown}: ${allowed ? `allowed values: ${allowed.join(', ')}` : (issue?.message ?? 'invalid')}.`, {
        extensions: { parameter: name, received: received ?? null, ...(allowed ? { allowed } : {}) },
      })
    },
  })
}

const security: Record<string, string[]>[] = [{ editorToken: [] }, { cloudflareAccess: [] }]
const unauthorized = { description: 'No editor credentials, or wrong ones (WWW-Authenticate names the scheme)', content: { 'application/problem+json': { schema: z.object({}).passthrough() } } }

const Speaker = z.object({ id: z.string(), name: z.string(), new: z.boolean() }).openapi('DraftSpeaker')
export const DraftStatementView = z
  .object({
    id: z.string(),
    text: z.string(),
    kind: StatementKind,
    speaker: Speaker.nullable().openapi({ description: 'null: the extractor could not tell who said it ("speaker unknown"); see candidates.' }),
    candidates: z.array(z.string()),
    conduit: z.string().nullable(),
    confidence: z.number().nullable().openapi({ description: 'The extractor\'s confidence; null for a statement that did not come through the desk.' }),
    rule: z.string().nullable(),
    status: z.enum(['proposed', 'approved', 'rejected', 'published', 'withdrawn']),
    etag: z.string().openapi({ description: 'Send as If-Match to change the statement.' }),
    start: z.number().int(),
    attribution: z.string(),
    topics: z.array(z.string()),
  })
  .openapi('DraftStatement')

export const DraftView = z
  .object({
    id: z.string(),
    status: z.enum(['draft', 'published']),
    source: z.object({}).passthrough(),
    text: z.string(),
    statements: z.array(DraftStatementView),
    positions: z.array(z.object({ actor: z.string(), topic: z.string(), summary: z.string(), evidence: z.array(z.string()) })),
    createdAt: z.string(),
    createdBy: z.string(),
    publishedAt: z.string().nullable(),
    publishedBy: z.string().nullable(),
  })
  .openapi('Draft')

export async function draftView(db: D1Database, draft: Draft): Promise<z.infer<typeof DraftView>> {
  const names = await actorNames(db, draft)
  const published = draft.status === 'published'
  let statements = draft.statements.map((s) => statementView(s, names, published))
  if (published) {
    // Once published, a statement is the public one: its ETag (for corrections) and whether it was withdrawn.
    const store = await sliceStore(db, await dataVersion(db), { statements: statements.map((s) => s.id) })
    const out = []
    for (const v of statements) {
      const live = store.statement(v.id)
      if (live) out.push({ ...v, conduit: live.conduit, kind: live.kind, speaker: { id: live.speaker, name: store.actor(live.speaker)?.name ?? live.speaker, new: false }, etag: await publishedEtag(db, live) })
      else out.push(v.status === 'published' ? { ...v, status: 'withdrawn' as const } : v)
    }
    statements = out
  }
  return {
    id: draft.id,
    status: draft.status,
    source: draft.source,
    text: draft.text,
    statements,
    positions: draft.positions,
    createdAt: draft.createdAt,
    createdBy: draft.createdBy,
    publishedAt: draft.publishedAt,
    publishedBy: draft.publishedBy,
  }
}

export function statementView(s: DraftStatement, names: Map<string, { name: string; new: boolean }>, published = false): z.infer<typeof DraftStatementView> {
  const r = s.record
  const who = r.speaker === '' ? undefined : names.get(r.speaker)
  return {
    id: r.id, text: r.text, kind: r.kind,
    speaker: r.speaker === '' ? null : { id: r.speaker, name: who?.name ?? r.speaker, new: who?.new ?? false },
    candidates: s.candidates, conduit: r.conduit, confidence: s.confidence, rule: s.rule,
    status: published && s.status === 'approved' ? 'published' : s.status,
    etag: s.etag, start: r.start, attribution: r.attribution, topics: r.topics,
  }
}

/** An article published without the desk (npm run ingest), in the desk's shape. */
async function publishedView(db: D1Database, id: string): Promise<z.infer<typeof DraftView> | undefined> {
  const store = await sliceStore(db, await dataVersion(db), { sources: [id], statementsIn: [id], texts: true })
  const source = store.source(id)
  if (!source) return undefined
  const statements = []
  for (const s of store.statements({ source: id })) {
    const speaker = store.actor(s.speaker)
    statements.push({
      id: s.id, text: s.text, kind: s.kind, speaker: { id: s.speaker, name: speaker?.name ?? s.speaker, new: speaker?.new ?? false }, candidates: [],
      conduit: s.conduit, confidence: null, rule: null, status: 'published' as const, etag: await publishedEtag(db, s), start: s.start, attribution: s.attribution, topics: s.topics,
    })
  }
  return { id, status: 'published', source, text: store.text(id) ?? '', statements, positions: [], createdAt: '', createdBy: 'npm run ingest', publishedAt: null, publishedBy: null }
}

const ArticleBody = z
  .object({
    text: z.string().openapi({ description: 'The article, plain UTF-8 text, at most 200,000 characters.' }),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD').nullable().optional(),
    publisher: z.string().min(1).nullable().optional(),
    url: z.string().url().nullable().optional(),
    title: z.string().min(1).nullable().optional(),
  })
  .openapi('ArticleSubmission')

const ReviewBody = z
  .object({
    status: z.enum(['approved', 'rejected', 'withdrawn']).optional().openapi({ description: 'withdrawn (or rejected) on a published statement withdraws it; needs "correction".' }),
    speaker: z.union([z.string(), z.object({ name: z.string().min(1), role: z.string().min(1).nullable().optional() })]).optional().openapi({ description: 'An actor id, or a new actor whose name and role the article states.' }),
    conduit: z.string().nullable().optional(),
    kind: StatementKind.optional(),
    correction: z.string().optional().openapi({ description: 'Required for a published statement: what is changed and why.' }),
  })
  .openapi('Review')

const PositionBody = z.object({ summary: z.string().min(1), evidence: z.array(z.string()).min(1) }).openapi('PositionSubmission')

const IdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) })
const DraftAnswer = { 'application/json': { schema: DraftView } }

/** The same draft creation for JSON and for the desk's form: one function, one audit row. */
export async function submitArticle(c: Context<DeskEnv>, body: z.infer<typeof ArticleBody>, origin: string) {
  return createDraft(c.env.DB, { text: body.text, origin, date: body.date ?? null, publisher: body.publisher ?? null, url: body.url ?? null, title: body.title ?? null }, c.get('editor'))
}

export const editor = createDeskRouter()
editor.use('*', requireEditor)
editor.use('*', limitBody)
editor.openAPIRegistry.registerComponent('securitySchemes', 'editorToken', { type: 'http', scheme: 'bearer', description: 'A token from EDITOR_TOKENS.' })
editor.openAPIRegistry.registerComponent('securitySchemes', 'cloudflareAccess', { type: 'apiKey', in: 'header', name: 'Cf-Access-Jwt-Assertion', description: 'Set by Cloudflare Access in front of the Worker.' })

editor
  .openapi(
    createRoute({
      method: 'post', path: '/articles', tags: ['editor'], security,
      summary: 'Send an article to the desk: the extractor proposes its statements, nothing is public',
      request: { body: { required: true, content: { 'application/json': { schema: ArticleBody } } } },
      responses: {
        201: { description: 'A new draft', content: DraftAnswer },
        200: { description: 'The same text was a draft already: that draft', content: DraftAnswer },
        400: problemReply('Empty, not plain text, or a field outside its allowed values'),
        401: unauthorized,
        409: problemReply('The text is published already'),
        413: problemReply('Over 200,000 characters'),
        422: problemReply('No quotation found'),
      },
    }),
    async (c) => {
      const { draft, created } = await submitArticle(c, c.req.valid('json'), 'desk')
      return c.json(await draftView(c.env.DB, draft), created ? 201 : 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/articles', tags: ['editor'], security,
      summary: 'The articles at the desk, newest first, with how many statements are still to review',
      responses: {
        200: { description: 'Drafts and published drafts', content: { 'application/json': { schema: z.object({ articles: z.array(z.object({ id: z.string(), status: z.string(), title: z.string().nullable(), createdAt: z.string(), proposed: z.number(), approved: z.number(), rejected: z.number() })) }) } } },
        401: unauthorized,
      },
    }),
    async (c) => c.json({ articles: await listDrafts(c.env.DB) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get', path: '/articles/{id}', tags: ['editor'], security,
      summary: 'A draft or published article with its statements, their review status and ETags',
      request: { params: IdParam },
      responses: { 200: { description: 'The article', content: DraftAnswer }, 401: unauthorized, 404: problemReply('No draft or published article has this id') },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const draft = await loadDraft(c.env.DB, id)
      if (draft) return c.json(await draftView(c.env.DB, draft), 200)
      // Published by the operators' ingest, never a draft: its statements, ready for corrections.
      const published = await publishedView(c.env.DB, id)
      if (!published) throw new ProblemError(404, `No draft or published article has the id ${JSON.stringify(id)}.`, { extensions: { kind: 'article', id } })
      return c.json(published, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'patch', path: '/statements/{id}', tags: ['editor'], security,
      summary: 'Approve, reject or fix a proposed statement; correct or withdraw a published one',
      request: {
        params: IdParam,
        headers: z.object({ 'if-match': z.string().optional().openapi({ param: { name: 'if-match', in: 'header' }, description: 'The statement\'s ETag as read.' }) }),
        body: { required: true, content: { 'application/json': { schema: ReviewBody } } },
      },
      responses: {
        200: { description: 'The statement as it is now (ETag header: its new ETag)', content: { 'application/json': { schema: z.object({}).passthrough() } } },
        400: problemReply('A field outside its allowed values, or a published statement changed without "correction"'),
        401: unauthorized,
        404: problemReply('No statement has this id'),
        409: problemReply('Other records rest on the statement to withdraw'),
        410: problemReply('The statement was withdrawn'),
        412: problemReply('If-Match is not the statement\'s current ETag'),
        422: problemReply('The change breaks a data rule'),
        428: problemReply('No If-Match'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const done = await reviewStatement(c.env.DB, id, c.req.valid('json') as ReviewPatch, c.req.header('If-Match'), c.get('editor'))
      if (done.state === 'draft') {
        const names = await actorNames(c.env.DB, done.draft)
        return c.json(statementView(done.statement, names), 200, { ETag: done.statement.etag })
      }
      afterChange(ctxOf(c), c.env, done.version, done.affected)
      if (done.state === 'withdrawn') return c.json({ id: done.id, status: 'withdrawn', cards: cardLinks(done.affected) }, 200)
      return c.json({ ...done.statement, status: 'published', etag: done.etag, cards: cardLinks(done.affected) }, 200, { ETag: done.etag })
    },
  )
  .openapi(
    createRoute({
      method: 'put', path: '/positions/{actor}/{topic}', tags: ['editor'], security,
      summary: 'Write a position: a one-sentence summary resting on the actor\'s statements on the topic',
      request: {
        params: z.object({ actor: z.string().openapi({ param: { name: 'actor', in: 'path' } }), topic: z.string().openapi({ param: { name: 'topic', in: 'path' } }) }),
        body: { required: true, content: { 'application/json': { schema: PositionBody } } },
      },
      responses: {
        200: { description: 'Written (published evidence) or kept with its draft until it is published', content: { 'application/json': { schema: z.object({}).passthrough() } } },
        400: problemReply('A field outside its allowed values'),
        401: unauthorized,
        422: problemReply('The evidence breaks the evidence rules'),
      },
    }),
    async (c) => {
      const { actor, topic } = c.req.valid('param')
      const done = await putPosition(c.env.DB, { actor, topic, ...c.req.valid('json') }, c.get('editor'))
      if (done.state === 'draft') return c.json({ status: 'draft', draft: done.draft, position: done.position }, 200)
      afterChange(ctxOf(c), c.env, done.version, done.affected)
      return c.json({ status: 'published', position: done.position, cards: cardLinks(done.affected) }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post', path: '/articles/{id}/publish', tags: ['editor'], security,
      summary: 'Publish a reviewed draft: its approved statements, new actors and positions become public; cards are rendered, caches purged',
      request: { params: IdParam },
      responses: {
        200: { description: 'Published; the cards it changed', content: { 'application/json': { schema: z.object({ id: z.string(), status: z.literal('published'), dataVersion: z.string(), cards: z.array(z.object({ kind: z.string(), id: z.string(), card: z.string(), page: z.string() })) }) } } },
        401: unauthorized,
        404: problemReply('No draft has this id'),
        409: problemReply('Statements still proposed, or published already'),
        422: problemReply('The publication breaks a data rule'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      const done = await publishDraft(c.env.DB, id, c.get('editor'))
      afterChange(ctxOf(c), c.env, done.version, done.affected)
      return c.json({ id, status: 'published' as const, dataVersion: done.version, cards: cardLinks(done.affected) }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get', path: '/audit', tags: ['editor'], security,
      summary: 'Every change made through the desk: when, who, what, before and after',
      request: {
        query: z.object({
          since: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'must be an ISO date or time such as 2026-11-25 or 2026-11-25T14:00:00Z').optional().openapi({ param: { name: 'since', in: 'query' } }),
          after: z.coerce.number().int().min(0).optional().openapi({ param: { name: 'after', in: 'query' }, description: 'Cursor: the id after which the page starts (from `next`).' }),
          limit: z.coerce.number().int().min(1).max(500).optional().openapi({ param: { name: 'limit', in: 'query' } }),
        }),
      },
      responses: {
        200: { description: 'Changes, oldest first', content: { 'application/json': { schema: z.object({ entries: z.array(z.object({}).passthrough()), next: z.number().nullable() }) } } },
        400: problemReply('since is not an ISO date or time'),
        401: unauthorized,
      },
    }),
    async (c) => {
      const { since, after, limit } = c.req.valid('query')
      return c.json(await readAudit(c.env.DB, { since, after, limit: limit ?? 100 }), 200)
    },
  )

/** The execution context, when there is one (a router tested alone has none). */
export function ctxOf(c: Context<DeskEnv>) {
  try {
    return c.executionCtx as ExecutionContext & { cache?: { purge?: (o: { tags: string[] }) => Promise<unknown> } }
  } catch {
    return undefined
  }
}

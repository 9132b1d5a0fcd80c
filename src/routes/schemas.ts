/**
 * Response schemas of the JSON API. The routes declare them, `/openapi.json` is generated
 * from them, and the views are typed by them: what is documented is what is served.
 */
import { DEFAULT_LIMIT, MAX_LIMIT } from '../read/corpus'
import { z } from '@hono/zod-openapi'
import { Actor, Position, SourceMeta, Statement, StatementKind, Topic } from '../data/schema'

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
  })
  .catchall(z.unknown())
  .openapi('Problem', { description: 'RFC 9457 problem details (application/problem+json).' })

export const Links = z
  .object({
    self: z.string(),
    page: z.string().optional(),
    card: z.string().optional(),
    cardSvg: z.string().optional(),
    source: z.string().optional(),
  })
  .openapi('Links', { description: 'Paths of this record in the API, as a share page and as a card.' })

export const Chain = z
  .object({
    speaker: z.object({ id: z.string(), name: z.string(), role: z.string().nullable() }),
    conduit: z.object({ name: z.string(), relation: z.enum(['told', 'quoted by', 'reported by']) }).nullable(),
    source: z.object({ id: z.string(), publisher: z.string().nullable(), title: z.string().nullable(), date: z.string().nullable() }),
    attribution: z.string(),
    occasion: z.string().nullable(),
  })
  .openapi('AttributionChain', { description: 'Who said it → through which outlet → in which source.' })

export const WordingOp = z.object({ op: z.enum(['same', 'only-first', 'only-second']), text: z.string() })

export const UtteranceView = z
  .object({
    id: z.string(),
    confidence: z.enum(['certain', 'likely']),
    note: z.string(),
    versions: z.array(z.object({ source: z.string(), statements: z.array(z.string()), text: z.string() })),
    differences: z
      .array(z.object({ first: z.string(), second: z.string(), ops: z.array(WordingOp) }))
      .openapi({ description: 'Word-level differences between the first version and each other one.' }),
  })
  .openapi('Utterance')

export const Correction = z
  .object({ date: z.string().openapi({ example: '2026-11-25' }), note: z.string().openapi({ description: 'What was changed and why.' }) })
  .openapi('Correction')

export const Quote = z.object({
  ...Statement.shape,
  end: z.number().int().openapi({ description: 'Index just past the last character (start + text length).' }),
  speakerName: z.string(),
  speakerRole: z.string().nullable(),
  credit: z.string().openapi({ description: 'Short credit line, e.g. "Keir Starmer, quoted by The Telegraph".' }),
  chain: Chain,
  chainText: z.string(),
  continuedBy: z.string().nullable(),
  utterance: UtteranceView.nullable(),
  corrections: z.array(Correction).openapi({ description: 'Corrections made after publication, oldest first; empty when none.' }),
  links: Links,
}).openapi('Quote')

export const ActorSummary = z.object({
  ...Actor.shape,
  statementCount: z.number().int(),
  topics: z.array(z.string()),
  links: Links,
}).openapi('ActorSummary')

export const PositionView = z.object({
  ...Position.shape,
  actorName: z.string(),
  topicName: z.string(),
}).openapi('PositionView')

export const ActorDetail = z.object({
  ...ActorSummary.shape,
  positions: z.array(PositionView),
  statements: z.array(Quote),
  mentionedIn: z.array(z.string()).openapi({ description: 'Ids of statements by others whose words name this actor.' }),
}).openapi('ActorDetail')

export const TopicSummary = z.object({
  ...Topic.shape,
  actors: z.array(z.string()),
  statementCount: z.number().int(),
  links: Links,
}).openapi('TopicSummary')

export const TopicDetail = z.object({
  ...TopicSummary.shape,
  positions: z.array(z.object({
  ...PositionView.shape, quotes: z.array(Quote) })),
}).openapi('TopicDetail')

export const SourceSummary = z.object({
  ...SourceMeta.shape,
  statementCount: z.number().int(),
  length: z.number().int().openapi({ description: 'Length of the text in JavaScript string units.' }),
  links: Links,
}).openapi('SourceSummary')

export const SourceDetail = z.object({
  ...SourceSummary.shape,
  text: z.string().openapi({ description: 'The article text, exactly as stored.' }),
  statements: z.array(z.string()),
}).openapi('SourceDetail')

export const QuoteQuery = z.object({
  actor: z.string().optional().openapi({ param: { name: 'actor', in: 'query' }, example: 'donald-trump' }),
  topic: z.string().optional().openapi({ param: { name: 'topic', in: 'query' }, example: 'nato-membership' }),
  source: z.string().optional().openapi({ param: { name: 'source', in: 'query' } }),
  kind: StatementKind.optional().openapi({ param: { name: 'kind', in: 'query' } }),
})

/** Paging of every list: `?limit=` (1–MAX_LIMIT, default DEFAULT_LIMIT) and `?after=<id>`, the cursor `next` gives. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional().openapi({ param: { name: 'limit', in: 'query' }, description: `Records per page: 1 to ${MAX_LIMIT}, default ${DEFAULT_LIMIT}.` }),
  after: z.string().min(1).optional().openapi({ param: { name: 'after', in: 'query' }, description: 'Cursor: the id after which the page starts (from `next`).' }),
})

/** The URL of the next page, or null on the last page. */
export const NextLink = z.string().nullable().openapi({ description: 'URL of the next page, or null when this is the last.' })

export const IdParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) })

/** An OpenAPI response entry for a problem+json answer. */
export const problemReply = (description: string) => ({ description, content: { 'application/problem+json': { schema: Problem } } })

/**
 * The record schemas of onrecord's data (`data/*.json`), in zod.
 *
 * They are the single definition of the data format: the loader validates with them,
 * the OpenAPI document is generated from them, and the ingest CLI writes records that
 * must pass them. Offsets are JavaScript string indices (UTF-16 code units) into the
 * source text exactly as stored in `data/sources/<id>.txt`.
 */
import { z } from '@hono/zod-openapi'

/** A readable slug: lowercase letters, digits and single hyphens. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "donald-trump"')

/** A calendar date, YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')

/** A verbatim span of a source: the exact text found at `start` in the source. */
export const Span = z.object({
  source: Slug.openapi({ description: 'Id of the source the text comes from.' }),
  start: z.number().int().nonnegative().openapi({ description: 'JavaScript string index of the first character.' }),
  text: z.string().min(1).openapi({ description: 'Exact characters of the source from `start`.' }),
})
export type Span = z.infer<typeof Span>

/** A link shown to readers: http: or https: only, never javascript:, data: or file:. */
function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

export const HttpUrl = z
  .string()
  .refine(isHttpUrl, { error: (issue) => `must be an http: or https: URL, received ${JSON.stringify(issue.input)}` })
  .openapi({ format: 'uri', description: 'An http: or https: URL.' })

export const SourceMeta = z
  .object({
    id: Slug,
    title: z.string().nullable().openapi({ description: 'Headline, or null when the source gives none.' }),
    publisher: z.string().nullable().openapi({ description: 'Publisher, or null when unknown. Never guessed.' }),
    url: HttpUrl.nullable(),
    date: IsoDate.nullable().openapi({ description: 'Publication or event date, or null when neither is given.' }),
    dateBasis: z
      .string()
      .nullable()
      .openapi({ description: 'Where the date comes from (e.g. the text\'s own "date" line), or null.' }),
    language: z.string().default('en'),
    origin: z.string().nullable().openapi({ description: 'Where the text was received from (e.g. a seed file name).' }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).openapi({ description: 'SHA-256 of the stored text (UTF-8).' }),
  })
  .openapi('SourceMeta')
export type SourceMeta = z.infer<typeof SourceMeta>

export const Actor = z
  .object({
    id: Slug,
    name: z.string().min(1),
    role: z.string().nullable().openapi({ description: 'Role exactly as a source states it, or null when no source states one.' }),
    roleEvidence: z.array(Span).openapi({ description: 'Where the sources state the role (verbatim spans).' }),
    names: z.array(z.string().min(1)).min(1).openapi({ description: 'Names and descriptions the sources use for the actor.' }),
    kind: z.enum(['person', 'organization']).default('person'),
    new: z.boolean().optional().openapi({ description: 'Set by ingest on actors it created, until reviewed.' }),
  })
  .openapi('Actor')
export type Actor = z.infer<typeof Actor>

export const StatementKind = z.enum(['direct', 'partial', 'paraphrase'])
export type StatementKind = z.infer<typeof StatementKind>

export const Statement = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    speaker: Slug.openapi({ description: 'Actor id of who said it.' }),
    kind: StatementKind.openapi({
      description:
        'direct: a whole quoted utterance; partial: quoted words inside the writer\'s sentence; paraphrase: the writer\'s sentence reporting it (text is that sentence, verbatim).',
    }),
    text: z.string().min(1).openapi({ description: 'For direct and partial: the exact characters between the quotation marks.' }),
    source: Slug,
    start: z.number().int().nonnegative(),
    attribution: z.string().min(1).openapi({ description: 'The source\'s own words that attribute it, verbatim (e.g. "he told the BBC").' }),
    conduit: z
      .string()
      .nullable()
      .openapi({ description: 'Outlet through which the words reached the article ("BBC"), or null when the source names none.' }),
    occasion: z.string().nullable().openapi({ description: 'Venue or occasion as the source gives it, or null.' }),
    topics: z.array(Slug).min(1),
    continues: z.string().nullable().default(null).openapi({ description: 'Id of the statement this one continues (a quote split around its attribution).' }),
    note: z.string().nullable().default(null),
  })
  .openapi('Statement')
export type Statement = z.infer<typeof Statement>

export const Topic = z
  .object({
    id: Slug,
    name: z.string().min(1),
    description: z.string().min(1),
  })
  .openapi('Topic')
export type Topic = z.infer<typeof Topic>

export const Position = z
  .object({
    actor: Slug,
    topic: Slug,
    summary: z.string().min(1).openapi({ description: 'One neutral sentence summarising the stated position.' }),
    evidence: z.array(z.string()).min(1).openapi({ description: 'Ids of the statements this summary rests on.' }),
  })
  .openapi('Position')
export type Position = z.infer<typeof Position>

export const Utterance = z
  .object({
    id: Slug,
    statements: z.array(z.string()).min(2).openapi({ description: 'Statements, from different sources, reporting the same utterance.' }),
    confidence: z.enum(['certain', 'likely']),
    note: z.string().min(1),
  })
  .openapi('Utterance')
export type Utterance = z.infer<typeof Utterance>

/** A quoted span of a source that is deliberately not a statement: scare quotes, titles, words nobody said. */
export const NonStatement = z
  .object({
    source: Slug,
    start: z.number().int().nonnegative(),
    text: z.string().min(1),
    reason: z.string().min(1).openapi({ description: 'Why these quoted words are not anyone’s statement.' }),
  })
  .openapi('NonStatement')
export type NonStatement = z.infer<typeof NonStatement>

/**
 * The data check: every record against its zod schema, then the rules that make the
 * data trustworthy — every quoted text is found, character for character, at its offset
 * in its stored source; every id reference resolves; every position cites evidence of its
 * own actor on its own topic; roles and names are the sources' own words.
 *
 * Pure: it takes the raw records (as parsed JSON) and the source texts, and returns the
 * validated dataset or the list of problems, each naming the record and what is wrong.
 * The Worker, the tests and `npm run check:data` all call it.
 */
import { z } from '@hono/zod-openapi'
import { Actor, NonStatement, Position, SourceMeta, Statement, Topic, Utterance } from './schema'
import { quotedSpans } from './quoted-spans'
import { textSha256 } from './ids'
import type { Dataset, RawData } from './types'

/** How far (in characters) an attribution may stand from the words it attributes. */
export const ATTRIBUTION_WINDOW = 400

/** One broken rule: the record, the rule, and the whole sentence naming both. */
export interface Problem {
  /** The record as messages name it: `statement "ca7c55e2-q01"`, `position "donald-trump/peace-deal"`. */
  record: string
  rule: Rule
  message: string
}

export type Rule =
  | 'schema' | 'unique-id' | 'text-stored' | 'text-hash' | 'verbatim' | 'role' | 'name-in-source' | 'reference'
  | 'quotation-marks' | 'attribution-near' | 'conduit-near' | 'continues' | 'evidence' | 'utterance' | 'completeness'

export class DataError extends Error {
  readonly problems: string[]
  constructor(readonly details: Problem[]) {
    const problems = details.map((d) => d.message)
    super(`The data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`)
    this.name = 'DataError'
    this.problems = problems
  }
}

/** The problems found so far; each names its record and rule. */
class Problems {
  readonly list: Problem[] = []
  /** `record` is the message's own opening words, so the message and the record never disagree. */
  add(record: string, rule: Rule, detail: string): void {
    this.list.push({ record, rule, message: `${record}: ${detail}` })
  }
}

function parseAll<T extends z.ZodType>(schema: T, label: string, value: unknown, problems: Problems): z.infer<T>[] {
  if (!Array.isArray(value)) {
    problems.add(label, 'schema', `expected an array of records, received ${value === null ? 'null' : typeof value}`)
    return []
  }
  const out: z.infer<T>[] = []
  value.forEach((record: unknown, index) => {
    const result = schema.safeParse(record)
    const id = (record as { id?: unknown } | null)?.id
    const name = typeof id === 'string' ? `${label} "${id}"` : `${label}[${index}]`
    if (result.success) out.push(result.data)
    else for (const issue of result.error.issues) problems.add(name, 'schema', `${issue.path.join('.') || '(record)'} ${issue.message}`)
  })
  return out
}

function duplicates(label: string, ids: string[], problems: Problems) {
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) problems.add(`${label} "${id}"`, 'unique-id', 'the id is used more than once')
    seen.add(id)
  }
}

/**
 * Validates raw records and returns the dataset, or throws a DataError listing every problem.
 * @example
 * const data = validateData({ sources, texts, actors, statements, topics, positions, utterances })
 */
export function validateData(raw: RawData): Dataset {
  const { problems, dataset } = inspect(raw)
  if (problems.length > 0) throw new DataError(problems)
  return dataset
}

/** Returns every problem of the raw records; an empty list means the data is sound. */
export function checkData(raw: RawData): string[] {
  return inspect(raw).problems.map((p) => p.message)
}

/** Every problem with its record and rule (the write path answers with these). */
export function findProblems(raw: RawData): Problem[] {
  return inspect(raw).problems
}

function inspect(raw: RawData): { problems: Problem[]; dataset: Dataset } {
  const problems = new Problems()
    const sources = parseAll(SourceMeta, 'source', raw.sources, problems)
  const actors = parseAll(Actor, 'actor', raw.actors, problems)
  const statements = parseAll(Statement, 'statement', raw.statements, problems)
  const topics = parseAll(Topic, 'topic', raw.topics, problems)
  const positions = parseAll(Position, 'position', raw.positions, problems)
  const utterances = parseAll(Utterance, 'utterance', raw.utterances, problems)
  const nonStatements = parseAll(NonStatement, 'non-statement', raw.nonStatements, problems)

  duplicates('source', sources.map((s) => s.id), problems)
  duplicates('actor', actors.map((a) => a.id), problems)
  duplicates('statement', statements.map((s) => s.id), problems)
  duplicates('topic', topics.map((t) => t.id), problems)
  duplicates('utterance', utterances.map((u) => u.id), problems)
  duplicates('position', positions.map((p) => `${p.actor}/${p.topic}`), problems)

  const textOf = (source: string) => raw.texts[source]
  for (const s of sources) if (textOf(s.id) === undefined) problems.add(`source "${s.id}"`, 'text-stored', `no text is stored for it (data/sources/${s.id}.txt)`)
  // The stored text is the one the record and the id were made from: not a byte added or changed.
  for (const s of sources) {
    const text = textOf(s.id)
    if (text === undefined) continue
    const digest = textSha256(text)
    if (digest !== s.sha256) problems.add(`source "${s.id}"`, 'text-hash', `the stored text's SHA-256 is ${digest}, the record says ${s.sha256}`)
    if (!s.id.endsWith(`-${digest.slice(0, 8)}`)) problems.add(`source "${s.id}"`, 'text-hash', `the id must end with the first 8 hex digits of the text's SHA-256, "${digest.slice(0, 8)}"`)
  }
  for (const id of Object.keys(raw.texts)) if (!sources.some((s) => s.id === id)) problems.add(`source text "${id}"`, 'text-stored', 'it has no record in data/sources.json')

  const verbatim = (label: string, source: string, start: number, text: string) => {
    const body = textOf(source)
    if (body === undefined) return problems.add(label, 'reference', `source "${source}" does not exist`)
    const found = body.slice(start, start + text.length)
    if (found !== text) {
      const elsewhere = body.indexOf(text)
      problems.add(
        label,
        'verbatim',
        `text is not at offset ${start} of source "${source}" (found ${JSON.stringify(found.slice(0, 60))})` +
          (elsewhere >= 0 ? `; it occurs at offset ${elsewhere}` : '; it occurs nowhere in the source'),
      )
    }
  }

  const actorIds = new Set(actors.map((a) => a.id))
  const topicIds = new Set(topics.map((t) => t.id))
  for (const a of actors) {
    a.roleEvidence.forEach((span, i) => verbatim(`actor "${a.id}" roleEvidence[${i}]`, span.source, span.start, span.text))
    if (a.role !== null && !a.roleEvidence.some((span) => span.text.includes(a.role!)))
      problems.add(`actor "${a.id}"`, 'role', `role ${JSON.stringify(a.role)} is not in the words of any of its roleEvidence spans`)
    for (const name of a.names)
      if (!Object.values(raw.texts).some((t) => t.includes(name))) problems.add(`actor "${a.id}"`, 'name-in-source', `name ${JSON.stringify(name)} occurs in no source`)
  }

  const statementById = new Map(statements.map((s) => [s.id, s]))
  for (const s of statements) {
    const label = `statement "${s.id}"`
    if (!actorIds.has(s.speaker)) problems.add(label, 'reference', `speaker "${s.speaker}" is not an actor`)
    for (const t of s.topics) if (!topicIds.has(t)) problems.add(label, 'reference', `topic "${t}" does not exist`)
    verbatim(label, s.source, s.start, s.text)
    const body = textOf(s.source)
    if (body !== undefined) {
      if (s.kind !== 'paraphrase') {
        const open = body[s.start - 1]
        const close = body[s.start + s.text.length]
        if (open === undefined || !'“"'.includes(open) || close === undefined || !'”"'.includes(close))
          problems.add(label, 'quotation-marks', `a ${s.kind} quote must be the exact text between quotation marks, but it is preceded by ${JSON.stringify(open ?? '')} and followed by ${JSON.stringify(close ?? '')}`)
      }
      const near = body.slice(Math.max(0, s.start - ATTRIBUTION_WINDOW), s.start + s.text.length + ATTRIBUTION_WINDOW)
      if (!near.includes(s.attribution))
        problems.add(label, 'attribution-near', `attribution ${JSON.stringify(s.attribution)} is not within ${ATTRIBUTION_WINDOW} characters of the text in source "${s.source}"`)
      if (s.conduit !== null && !near.toLowerCase().includes(s.conduit.toLowerCase()))
        problems.add(label, 'conduit-near', `conduit ${JSON.stringify(s.conduit)} is not named within ${ATTRIBUTION_WINDOW} characters of the text in source "${s.source}"`)
    }
    if (s.continues !== null) {
      const prev = statementById.get(s.continues)
      if (!prev) problems.add(label, 'continues', `continues "${s.continues}", which is not a statement`)
      else if (prev.speaker !== s.speaker || prev.source !== s.source)
        problems.add(label, 'continues', `continues "${s.continues}", which has another speaker or source`)
    }
  }

  for (const p of positions) {
    const label = `position "${p.actor}/${p.topic}"`
    if (!actorIds.has(p.actor)) problems.add(label, 'reference', `actor "${p.actor}" does not exist`)
    if (!topicIds.has(p.topic)) problems.add(label, 'reference', `topic "${p.topic}" does not exist`)
    for (const id of p.evidence) {
      const s = statementById.get(id)
      if (!s) problems.add(label, 'evidence', `evidence "${id}" is not a statement`)
      else if (s.speaker !== p.actor) problems.add(label, 'evidence', `evidence "${id}" was said by "${s.speaker}", not "${p.actor}"`)
      else if (!s.topics.includes(p.topic)) problems.add(label, 'evidence', `evidence "${id}" is not about topic "${p.topic}"`)
    }
  }

  for (const u of utterances) {
    const label = `utterance "${u.id}"`
    const members = u.statements.map((id) => statementById.get(id))
    u.statements.forEach((id, i) => {
      if (!members[i]) problems.add(label, 'utterance', `"${id}" is not a statement`)
    })
    const present = members.filter((m) => m !== undefined)
    if (new Set(present.map((m) => m.speaker)).size > 1) problems.add(label, 'utterance', 'its statements have different speakers')
    if (present.length === u.statements.length && new Set(present.map((m) => m.source)).size < 2)
      problems.add(label, 'utterance', 'its statements must come from at least two sources')
  }
  for (const n of nonStatements) verbatim(`non-statement "${n.source}@${n.start}"`, n.source, n.start, n.text)

  // Completeness: every quotation of every source is a statement or is explained as not one.
  for (const source of sources) {
    const body = textOf(source.id)
    if (body === undefined) continue
    for (const span of quotedSpans(body)) {
      const recorded =
        statements.some((s) => s.source === source.id && s.start === span.start && s.text === span.text) ||
        nonStatements.some((n) => n.source === source.id && n.start === span.start && n.text === span.text)
      if (!recorded)
        problems.add(
          `source "${source.id}"`,
          'completeness',
          `the quotation ${JSON.stringify(span.text.length > 60 ? `${span.text.slice(0, 60)}…` : span.text)} at offset ${span.start} is neither a statement nor listed in data/non-statements.json`,
        )
    }
  }
  return { problems: problems.list, dataset: { sources, texts: raw.texts, actors, statements, topics, positions, utterances, nonStatements } }
}

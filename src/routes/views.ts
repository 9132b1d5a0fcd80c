/**
 * Records → the JSON the API serves. Typed by the response schemas, so a view that
 * drifts from the documented shape does not compile.
 */
import type { z } from '@hono/zod-openapi'
import { chainSentence, creditLine } from '../data/attribution'
import type { Actor, Position, SourceMeta, Statement, Topic } from '../data/schema'
import type { Store } from '../data/store'
import { wordDiff } from '../data/wording'
import { paths } from '../urls'
import type { ActorDetail, ActorSummary, PositionView, Quote, SourceDetail, SourceSummary, TopicDetail, TopicSummary, UtteranceView } from './schemas'


export function utteranceView(store: Store, statementId: string): z.infer<typeof UtteranceView> | null {
  const u = store.utteranceOf(statementId)
  if (!u) return null
  const bySource = new Map<string, Statement[]>()
  for (const id of u.statements) {
    const s = store.statement(id)
    if (!s) continue
    bySource.set(s.source, [...(bySource.get(s.source) ?? []), s])
  }
  const versions = [...bySource].map(([source, parts]) => ({
    source,
    statements: parts.map((p) => p.id),
    text: parts.map((p) => p.text).join(' '),
  }))
  const [first, ...others] = versions
  const differences = first
    ? others.map((v) => ({ first: first.source, second: v.source, ops: wordDiff(first.text, v.text) }))
    : []
  return { id: u.id, confidence: u.confidence, note: u.note, versions, differences }
}

export function quoteView(store: Store, s: Statement): z.infer<typeof Quote> {
  const chain = store.chain(s)
  return {
    ...s,
    end: s.start + s.text.length,
    speakerName: chain.speaker.name,
    speakerRole: chain.speaker.role,
    credit: creditLine(chain),
    chain,
    chainText: chainSentence(chain),
    continuedBy: store.continuationOf(s.id)?.id ?? null,
    utterance: utteranceView(store, s.id),
    corrections: store.corrections(s.id),
    links: { ...paths.quote(s.id), source: paths.source(s.source).self },
  }
}

export function actorSummary(store: Store, a: Actor): z.infer<typeof ActorSummary> {
  const statements = store.statements({ actor: a.id })
  return {
    ...a,
    statementCount: statements.length,
    topics: [...new Set(statements.flatMap((s) => s.topics))],
    links: paths.actor(a.id),
  }
}

export function positionView(store: Store, p: Position): z.infer<typeof PositionView> {
  return { ...p, actorName: store.actor(p.actor)?.name ?? p.actor, topicName: store.topic(p.topic)?.name ?? p.topic }
}

export function actorDetail(store: Store, a: Actor): z.infer<typeof ActorDetail> {
  return {
    ...actorSummary(store, a),
    positions: store.positionsOf(a.id).map((p) => positionView(store, p)),
    statements: store.statements({ actor: a.id }).map((s) => quoteView(store, s)),
    mentionedIn: store.mentionsOf(a.id).map((s) => s.id),
  }
}

export function topicSummary(store: Store, t: Topic): z.infer<typeof TopicSummary> {
  return {
    ...t,
    actors: store.positionsOn(t.id).map((p) => p.actor),
    statementCount: store.statements({ topic: t.id }).length,
    links: paths.topic(t.id),
  }
}

export function topicDetail(store: Store, t: Topic): z.infer<typeof TopicDetail> {
  return {
    ...topicSummary(store, t),
    positions: store.positionsOn(t.id).map((p) => ({
      ...positionView(store, p),
      quotes: p.evidence.flatMap((id) => {
        const s = store.statement(id)
        return s ? [quoteView(store, s)] : []
      }),
    })),
  }
}

export function sourceSummary(s: SourceMeta, statementCount: number, length: number): z.infer<typeof SourceSummary> {
  return { ...s, statementCount, length, links: paths.source(s.id) }
}

/** A source with its text; `store` holds the source's text and all its statements. */
export function sourceDetail(store: Store, s: SourceMeta): z.infer<typeof SourceDetail> {
  return {
    ...sourceSummary(s, store.statements({ source: s.id }).length, store.text(s.id)?.length ?? 0),
    text: store.text(s.id) ?? '',
    statements: store.statements({ source: s.id }).map((st) => st.id),
  }
}

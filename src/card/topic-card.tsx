/** @jsxImportSource satori/jsx */
/**
 * The topic card: who said what on one topic. Each actor's stated position (onrecord's
 * summary) side by side — in columns on the wide card, in rows on the tall ones — with the
 * strongest short quotation behind it, credited.
 */
import type { JSXNode } from 'satori/jsx'
import type { TopicCardModel } from './model'
import { Frame, QuoteColumn, TextBlock, bodyBox, type Ctx } from './parts'

/** Entries one card can hold side by side; more are counted in a note, never squeezed. */
const MAX_ENTRIES = { og: 4, square: 4, story: 5 } as const

/** Largest font size (px) per role an entry may use; the entries of one card share them. */
type Caps = Partial<Record<'name' | 'summary' | 'quote', number>>
const capped = (sizes: readonly number[], cap: number | undefined) => (cap === undefined ? sizes : sizes.filter((x) => x <= cap))

function Entry(ctx: Ctx, entry: TopicCardModel['entries'][number], width: number, height: number, wide: boolean, caps: Caps): JSXNode {
  const { s, palette: p } = ctx
  const gap = Math.round(10 * s)
  // Wide card: one column per actor. Tall cards: one row per actor, who on the left, what on the right.
  const whoWidth = wide ? width : Math.round(width * 0.3)
  const whatWidth = wide ? width : width - whoWidth - Math.round(24 * s)
  const name = TextBlock(ctx, entry.name, { width: whoWidth, height: Math.round(2 * 24 * s * 1.2), sizes: capped([24, 22, 20, 18].map((x) => Math.round(x * s)), caps.name), weight: 700, lineHeight: 1.2 }, 'name')
  const role = entry.role
    ? TextBlock(ctx, entry.role, { width: whoWidth, height: Math.round(2 * 15 * s * 1.3), sizes: [15, 14].map((x) => Math.round(x * s)), color: p.muted }, 'role')
    : { height: 0, node: null }
  const rest = wide ? height - name.height - role.height - gap : height
  const summary = TextBlock(ctx, entry.summary, { width: whatWidth, height: Math.round(rest * (wide ? 0.45 : 0.4)), sizes: capped([19, 18, 17, 16].map((x) => Math.round(x * s)), caps.summary) }, 'summary')
  const quoteHeight = rest - summary.height - gap
  const noneSize = Math.round(15 * s)
  const quote = entry.quote
    ? QuoteColumn(ctx, [entry.quote], { width: whatWidth, height: quoteHeight, sizes: capped([20, 19, 18, 17, 16].map((x) => Math.round(x * s)), caps.quote), creditSize: Math.round(14 * s), max: 1, gap: 0 })
    : { height: 0, node: null }
  const none = !entry.quote && quoteHeight >= noneSize * 1.3 * 2
  if (none) ctx.drawn.push({ role: 'note', text: 'No quotation on this topic in the sources.' })
  const what = (
    <div style={{ display: 'flex', flexDirection: 'column', width: whatWidth }}>
      {summary.node}
      <div style={{ display: 'flex', marginTop: gap }}>
        {quote.node ??
          (none ? <div style={{ display: 'flex', fontSize: noneSize, lineHeight: 1.3, color: p.muted }}>No quotation on this topic in the sources.</div> : null)}
      </div>
    </div>
  )
  const who = (
    <div style={{ display: 'flex', flexDirection: 'column', width: whoWidth }}>
      {name.node}
      {role.node}
    </div>
  )
  return wide ? (
    <div style={{ display: 'flex', flexDirection: 'column', width, height }}>
      {who}
      <div style={{ display: 'flex', marginTop: gap }}>{what}</div>
    </div>
  ) : (
    <div style={{ display: 'flex', width, height, justifyContent: 'space-between' }}>
      {who}
      {what}
    </div>
  )
}

export function topicCard(model: TopicCardModel, ctx: Ctx): JSXNode {
  const { s, palette: p } = ctx
  const body = bodyBox(ctx)
  const gap = Math.round(22 * s)
  const title = TextBlock(ctx, model.name, { width: body.width, height: Math.round(50 * s * 1.15), sizes: [50, 44, 38, 34].map((x) => Math.round(x * s)), weight: 700, lineHeight: 1.15 }, 'name')
  const description = TextBlock(ctx, model.description, { width: body.width, height: Math.round(2 * 20 * s * 1.3), sizes: [20, 18].map((x) => Math.round(x * s)), color: p.muted }, 'summary')
  const max = MAX_ENTRIES[ctx.size]
  const hidden = Math.max(0, model.entries.length - max)
  const entries = model.entries.slice(0, hidden > 0 ? max - 1 : max)
  const hiddenCount = model.entries.length - entries.length
  const noteSize = Math.round(16 * s)
  const noteHeight = hiddenCount > 0 ? noteSize * 1.3 + gap : 0
  const areaHeight = body.height - title.height - Math.round(6 * s) - description.height - gap - noteHeight
  const wide = ctx.size === 'og'
  const n = Math.max(1, entries.length)
  const entryGap = Math.round(32 * s)
  const entryWidth = wide ? (body.width - (n - 1) * entryGap) / n : body.width
  const entryHeight = wide ? areaHeight : (areaHeight - (n - 1) * entryGap) / n
  // Side by side, the entries share one size per role: each is laid out once at its own best
  // fit, then again at the smallest of those, so no column's text looks louder than another's.
  const mark = ctx.drawn.length
  entries.forEach((e) => Entry(ctx, e, entryWidth, entryHeight, wide, {}))
  const caps: Caps = {}
  for (const role of ['name', 'summary', 'quote'] as const) {
    const sizes = ctx.drawn.slice(mark).flatMap((d) => (d.role === role && d.size !== undefined ? [d.size] : []))
    if (sizes.length) caps[role] = Math.min(...sizes)
  }
  ctx.drawn.length = mark
  if (hiddenCount > 0) ctx.drawn.push({ role: 'note', text: `+ ${hiddenCount} more` })
  const content = (
    <div style={{ display: 'flex', flexDirection: 'column', width: body.width, height: body.height }}>
      {title.node}
      <div style={{ display: 'flex', marginTop: Math.round(6 * s) }}>{description.node}</div>
      <div style={{ display: 'flex', flexDirection: wide ? 'row' : 'column', marginTop: gap, width: body.width }}>
        {entries.length === 0 ? (
          <div style={{ display: 'flex', fontSize: Math.round(24 * s), color: p.muted }}>No stated positions on this topic in the sources.</div>
        ) : (
          entries.map((e, i) => (
            <div
              style={{
                display: 'flex',
                marginLeft: wide && i > 0 ? entryGap : 0,
                marginTop: !wide && i > 0 ? entryGap : 0,
              }}
            >
              {Entry(ctx, e, entryWidth, entryHeight, wide, caps)}
            </div>
          ))
        )}
      </div>
      {hiddenCount > 0 ? (
        <div style={{ display: 'flex', marginTop: gap, fontSize: noteSize, color: p.muted }}>{`+ ${hiddenCount} more on this topic`}</div>
      ) : null}
    </div>
  )
  if (entries.length === 0) ctx.drawn.push({ role: 'note', text: 'No stated positions on this topic in the sources.' })
  return Frame({ ctx, kind: 'Topic', date: model.date, sources: model.sources, children: content })
}

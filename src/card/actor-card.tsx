/** @jsxImportSource satori/jsx */
/**
 * The actor card: name, role, topic chips, the actor's stated positions (curated summaries,
 * labelled as such) and their strongest quotations, each credited. An actor with no words
 * of their own in the sources gets a card that says so, with who names them — never a quote.
 */
import type { JSXNode } from 'satori/jsx'
import type { ActorCardModel } from './model'
import { Chips, Frame, QuoteColumn, TextBlock, bodyBox, type Block, type Ctx } from './parts'
import { fitCount, wrapLines } from './fit'

const MAX_QUOTES = { og: 2, square: 2, story: 3 } as const
/** Largest first; the last is the floor below which a quote is shortened rather than shrunk. */
const QUOTE_SIZES = { og: [30, 28, 26, 24, 22], square: [42, 38, 35, 32, 30, 28], story: [56, 52, 48, 44, 40, 37] } as const

function Positions(ctx: Ctx, model: ActorCardModel, width: number, height: number): Block {
  if (model.positions.length === 0 || height <= 0) return { height: 0, node: null }
  const { palette: p, s, measure } = ctx
  const label = Math.round(14 * s)
  const topic = Math.round(15 * s)
  const size = Math.round(17 * s)
  const gap = Math.round(12 * s)
  const head = label * 1.3 + gap
  const more = Math.round(15 * s) * 1.3 + gap
  const itemHeight = (i: ActorCardModel['positions'][number]) =>
    topic * 1.3 + wrapLines(i.summary, width, size, 400, measure).length * size * 1.3
  let count = fitCount(model.positions, itemHeight, height - head, gap)
  if (count < model.positions.length) count = fitCount(model.positions, itemHeight, height - head - more, gap)
  if (count === 0) return { height: 0, node: null }
  const shown = model.positions.slice(0, count)
  const hidden = model.positions.length - count
  for (const item of shown) ctx.drawn.push({ role: 'topic', text: item.topicName }, { role: 'summary', text: item.summary })
  if (hidden > 0) ctx.drawn.push({ role: 'note', text: `+ ${hidden} more position${hidden === 1 ? '' : 's'}` })
  return {
    height: head + shown.reduce((h, i) => h + itemHeight(i), 0) + (count - 1) * gap + (hidden > 0 ? more : 0),
    node: (
      <div style={{ display: 'flex', flexDirection: 'column', width }}>
        <div style={{ display: 'flex', fontSize: label, lineHeight: 1.3, fontWeight: 700, color: p.accent, marginBottom: gap }}>
          Stated positions (onrecord’s summary)
        </div>
        {shown.map((item, i) => (
          <div style={{ display: 'flex', flexDirection: 'column', marginTop: i === 0 ? 0 : gap }}>
            <div style={{ display: 'flex', fontSize: topic, lineHeight: 1.3, fontWeight: 700, color: p.muted }}>{item.topicName}</div>
            <div style={{ display: 'flex', fontSize: size, lineHeight: 1.3 }}>{item.summary}</div>
          </div>
        ))}
        {hidden > 0 ? (
          <div style={{ display: 'flex', marginTop: gap, fontSize: Math.round(15 * s), lineHeight: 1.3, color: p.muted }}>
            {`+ ${hidden} more position${hidden === 1 ? '' : 's'}`}
          </div>
        ) : null}
      </div>
    ),
  }
}

/** For an actor with no quotation of their own: say so, and show who names them. */
function NoWords(ctx: Ctx, model: ActorCardModel, width: number, height: number, quoteSizes: readonly number[], creditSize: number): Block {
  const { palette: p, s } = ctx
  const size = Math.round(24 * s)
  const note =
    model.statementCount === 0 ? `No statement by ${model.name} in the sources.` : `No quotation of ${model.name}’s own words in the sources.`
  const named = model.mentions.length > 0 ? `Named by others:` : `Not named by anyone quoted in the sources.`
  const gap = Math.round(18 * s)
  ctx.drawn.push({ role: 'note', text: note }, { role: 'note', text: named })
  const head = 2 * size * 1.3 + gap
  const quotes = QuoteColumn(ctx, model.mentions, { width, height: height - head - gap, sizes: quoteSizes, creditSize, max: 2, gap })
  return {
    height: head + gap + quotes.height,
    node: (
      <div style={{ display: 'flex', flexDirection: 'column', width }}>
        <div style={{ display: 'flex', fontSize: size, lineHeight: 1.3, fontWeight: 700 }}>{note}</div>
        <div style={{ display: 'flex', fontSize: size, lineHeight: 1.3, color: p.muted, marginTop: gap }}>{named}</div>
        <div style={{ display: 'flex', marginTop: gap }}>{quotes.node}</div>
      </div>
    ),
  }
}

export function actorCard(model: ActorCardModel, ctx: Ctx): JSXNode {
  const { s, palette: p } = ctx
  const body = bodyBox(ctx)
  const wide = ctx.size === 'og'
  const gap = Math.round(22 * s)
  const columnGap = 48
  const left = wide ? 400 : body.width
  const right = wide ? body.width - left - columnGap : body.width
  const quoteSizes = QUOTE_SIZES[ctx.size]
  const creditSize = Math.round(17 * s)

  const name = TextBlock(ctx, model.name, { width: left, height: Math.round(2 * 52 * s * 1.1), sizes: [52, 46, 40, 36].map((x) => Math.round(x * s)), weight: 700, lineHeight: 1.1 }, 'name')
  const roleText = model.role ?? 'Role not stated in the sources'
  const role = TextBlock(ctx, roleText, { width: left, height: Math.round(2 * 21 * s * 1.3), sizes: [21, 19].map((x) => Math.round(x * s)), color: p.muted }, 'role')
  const chips = Chips(ctx, model.topics.map((t) => t.name), left, 2)
  const headHeight = name.height + Math.round(8 * s) + role.height + (chips.height > 0 ? gap + chips.height : 0)

  const quotesHeight = wide ? body.height : Math.round((body.height - headHeight - gap) * (model.positions.length > 0 ? 0.62 : 1))
  const quotes =
    model.quotes.length > 0
      ? QuoteColumn(ctx, model.quotes, { width: right, height: quotesHeight, sizes: quoteSizes, creditSize, max: MAX_QUOTES[ctx.size], gap: Math.round(26 * s) })
      : NoWords(ctx, model, right, quotesHeight, quoteSizes, creditSize)
  const positionsHeight = wide ? body.height - headHeight - gap : body.height - headHeight - gap - quotes.height - gap
  const positions = Positions(ctx, model, left, positionsHeight)

  const head = (
    <div style={{ display: 'flex', flexDirection: 'column', width: left }}>
      {name.node}
      <div style={{ display: 'flex', marginTop: Math.round(8 * s) }}>{role.node}</div>
      {chips.node ? <div style={{ display: 'flex', marginTop: gap }}>{chips.node}</div> : null}
    </div>
  )
  const content = wide ? (
    <div style={{ display: 'flex', width: body.width, height: body.height }}>
      <div style={{ display: 'flex', flexDirection: 'column', width: left }}>
        {head}
        {positions.node ? <div style={{ display: 'flex', marginTop: gap }}>{positions.node}</div> : null}
      </div>
      <div style={{ display: 'flex', width: right, marginLeft: columnGap, alignItems: 'center' }}>{quotes.node}</div>
    </div>
  ) : (
    <div style={{ display: 'flex', flexDirection: 'column', width: body.width, height: body.height, justifyContent: 'space-between' }}>
      {head}
      <div style={{ display: 'flex', marginTop: gap }}>{quotes.node}</div>
      {positions.node ? <div style={{ display: 'flex', marginTop: gap }}>{positions.node}</div> : null}
    </div>
  )
  return Frame({ ctx, kind: 'Actor', date: model.date, sources: model.sources, children: content })
}

/** @jsxImportSource satori/jsx */
/**
 * Pieces every card template shares: the frame (brand, kind, date, sources footer), quote
 * blocks and topic chips. Pure: data and a measure in, satori elements out. Every text a
 * template draws from the data is also recorded in `drawn`, which tests check against the
 * sources (satori turns text into paths, so the SVG cannot be read back).
 */
import type { JSXNode } from 'satori/jsx'
import { longDate } from './alt-text'
import { FAMILY, type Measure, type Weight } from './fonts'
import { fitText, wrapLines, type Fitted } from './fit'
import type { CardQuote, CardSource } from './model'
import { SIZES, type SizeName, type ThemeName } from './params'
import { PALETTES, SCALES, type Palette } from './theme'

/** A text drawn on a card, with the statements it quotes (if any). */
export interface Drawn {
  role: 'quote' | 'paraphrase' | 'credit' | 'name' | 'role' | 'summary' | 'topic' | 'note' | 'source' | 'date'
  text: string
  statements?: string[]
  /** Font size it was drawn at, in pixels. */
  size?: number
}

export interface Ctx {
  size: SizeName
  width: number
  height: number
  pad: number
  /** Type scale of this size. */
  s: number
  palette: Palette
  measure: Measure
  drawn: Drawn[]
}

export function context(size: SizeName, theme: ThemeName, measure: Measure): Ctx {
  const { width, height } = SIZES[size]
  const { pad, s } = SCALES[size]
  return { size, width, height, pad, s, palette: PALETTES[theme], measure, drawn: [] }
}

const LINE = 1.3

/** Header and footer sizes, so templates know the body box before drawing. */
export function chrome(ctx: Ctx) {
  const header = Math.round(22 * ctx.s)
  const footerSize = Math.round(15 * ctx.s)
  const footerLines = 2
  const footer = Math.ceil(footerLines * footerSize * LINE) + Math.round(14 * ctx.s)
  const gap = Math.round(24 * ctx.s)
  const accent = Math.round(10 * ctx.s)
  return { header, footerSize, footerLines, footer, gap, accent }
}

/** The box the template's body gets. */
export function bodyBox(ctx: Ctx): { width: number; height: number } {
  const c = chrome(ctx)
  return { width: ctx.width - 2 * ctx.pad, height: ctx.height - 2 * ctx.pad - c.accent - c.header - c.footer - 2 * c.gap }
}

/** Whole source labels, as many as the footer's lines hold, then "and N more". */
function sourcesLine(ctx: Ctx, sources: CardSource[], width: number, size: number, lines: number): string {
  const label = (list: CardSource[], more: number) =>
    `${list.length + more === 1 ? 'Source' : 'Sources'}: ${list.map((s) => `${s.label} [${s.id}]`).join('; ')}${more > 0 ? `; and ${more} more` : ''}`
  for (let n = sources.length; n > 0; n--) {
    const text = label(sources.slice(0, n), sources.length - n)
    if (wrapLines(text, width, size, 400, ctx.measure).length <= lines) return text
  }
  return sources.length === 0 ? 'No source' : `${sources.length} sources`
}

export function Frame(props: { ctx: Ctx; kind: string; date: string | null; sources: CardSource[]; children: JSXNode }) {
  const { ctx } = props
  const c = chrome(ctx)
  const { palette: p } = ctx
  const brand = 'onrecord'
  const tagline = 'Verbatim quotes, attributed'
  const taglineWidth = ctx.measure(tagline, c.footerSize, 400) + 8
  const sources = sourcesLine(ctx, props.sources, ctx.width - 2 * ctx.pad - taglineWidth - 32 * ctx.s, c.footerSize, c.footerLines)
  const date = longDate(props.date)
  ctx.drawn.push({ role: 'source', text: sources }, { role: 'date', text: date })
  return (
    <div
      style={{
        width: ctx.width,
        height: ctx.height,
        display: 'flex',
        flexDirection: 'column',
        padding: ctx.pad,
        backgroundColor: p.background,
        color: p.ink,
        fontFamily: FAMILY,
        borderTop: `${c.accent}px solid ${p.accent}`,
      }}
    >
      <div style={{ display: 'flex', height: c.header, alignItems: 'center', justifyContent: 'space-between', fontSize: Math.round(18 * ctx.s) }}>
        <div style={{ display: 'flex', alignItems: 'center' }}>
          <div style={{ width: Math.round(14 * ctx.s), height: Math.round(14 * ctx.s), backgroundColor: p.accent, marginRight: Math.round(10 * ctx.s) }} />
          <div style={{ fontWeight: 700, letterSpacing: 1 }}>{brand}</div>
          <div style={{ color: p.muted, marginLeft: Math.round(14 * ctx.s) }}>{props.kind}</div>
        </div>
        <div style={{ color: p.muted }}>{date}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', marginTop: c.gap, marginBottom: c.gap, height: bodyBox(ctx).height, width: bodyBox(ctx).width }}>
        {props.children}
      </div>
      <div
        style={{
          display: 'flex',
          height: c.footer,
          paddingTop: Math.round(14 * ctx.s),
          borderTop: `1px solid ${p.rule}`,
          justifyContent: 'space-between',
          fontSize: c.footerSize,
          lineHeight: LINE,
          color: p.muted,
        }}
      >
        <div style={{ display: 'flex', flexShrink: 1 }}>{sources}</div>
        <div style={{ display: 'flex', flexShrink: 0, marginLeft: Math.round(32 * ctx.s) }}>{tagline}</div>
      </div>
    </div>
  )
}

export interface Block {
  height: number
  node: JSXNode
}

/** A plain text block fitted to a box (never overflowing: it is shortened with "…" if it must). */
export function TextBlock(
  ctx: Ctx,
  text: string,
  box: { width: number; height: number; sizes: readonly number[]; weight?: Weight; color?: string; lineHeight?: number },
  role: Drawn['role'],
): Block & { fitted: Fitted } {
  const lineHeight = box.lineHeight ?? LINE
  const fitted = fitText(text, { ...box, lineHeight, weight: box.weight ?? 400 }, ctx.measure)
  if (fitted.overflow) return { height: 0, node: null, fitted }
  ctx.drawn.push({ role, text: fitted.text, size: fitted.size })
  return {
    height: fitted.height,
    fitted,
    node: (
      <div style={{ display: 'flex', width: box.width, fontSize: fitted.size, lineHeight, fontWeight: box.weight ?? 400, color: box.color ?? ctx.palette.ink }}>
        {fitted.text}
      </div>
    ),
  }
}

/** Height of a credit line: credits are never shortened, so the quote gives way to them. */
function creditHeight(ctx: Ctx, text: string, width: number, size: number): number {
  return wrapLines(text, width, size, 700, ctx.measure).length * size * LINE
}

/**
 * A quotation with its credit under it: quote marks, the verbatim text (shortened only as
 * fitText allows), "— credit". Returns null when not even its first words fit.
 */
export function QuoteBlock(
  ctx: Ctx,
  quote: CardQuote,
  box: { width: number; height: number; sizes: readonly number[]; creditSize: number },
): (Block & { fitted: Fitted }) | null {
  const bar = Math.max(4, Math.round(5 * ctx.s))
  const inset = Math.round(22 * ctx.s)
  const width = box.width - bar - inset
  const credit = `— ${quote.credit}`
  const creditGap = Math.round(10 * ctx.s)
  const ch = creditHeight(ctx, credit, width, box.creditSize)
  const fitted = fitText(quote.text, { width, height: box.height - ch - creditGap, sizes: box.sizes, lineHeight: LINE, weight: 400, open: '“', close: '”' }, ctx.measure)
  if (fitted.overflow) return null
  ctx.drawn.push({ role: 'quote', text: fitted.text, statements: quote.statements, size: fitted.size }, { role: 'credit', text: credit, statements: quote.statements, size: box.creditSize })
  const { palette: p } = ctx
  return {
    height: fitted.height + creditGap + ch,
    fitted,
    node: (
      <div style={{ display: 'flex', width: box.width }}>
        <div style={{ width: bar, backgroundColor: p.accent, marginRight: inset }} />
        <div style={{ display: 'flex', flexDirection: 'column', width }}>
          <div style={{ display: 'flex', fontSize: fitted.size, lineHeight: LINE, color: p.ink }}>{`“${fitted.text}”`}</div>
          <div style={{ display: 'flex', marginTop: creditGap, fontSize: box.creditSize, lineHeight: LINE, fontWeight: 700, color: p.muted }}>{credit}</div>
        </div>
      </div>
    ),
  }
}

/**
 * Quotes stacked in a column: as many of `quotes` (up to `max`) as fit with at least a
 * meaningful part each; fewer, fuller quotes win over many stumps.
 */
export function QuoteColumn(
  ctx: Ctx,
  quotes: CardQuote[],
  box: { width: number; height: number; sizes: readonly number[]; creditSize: number; max: number; gap: number },
): Block {
  for (let n = Math.min(box.max, quotes.length); n >= 1; n--) {
    const mark = ctx.drawn.length
    const each = (box.height - (n - 1) * box.gap) / n
    const blocks = quotes.slice(0, n).map((q) => QuoteBlock(ctx, q, { ...box, height: each }))
    const full = blocks.every((b, i) => b !== null && (!b.fitted.cut || b.fitted.text.split(' ').length >= Math.min(12, quotes[i]!.text.split(' ').length)))
    if (n > 1 && !full) {
      ctx.drawn.length = mark
      continue
    }
    const shown = blocks.filter((b): b is Block & { fitted: Fitted } => b !== null)
    return {
      height: shown.reduce((h, b) => h + b.height, 0) + (shown.length - 1) * box.gap,
      node: (
        <div style={{ display: 'flex', flexDirection: 'column', width: box.width }}>
          {shown.map((b, i) => (
            <div style={{ display: 'flex', marginTop: i === 0 ? 0 : box.gap }}>{b.node}</div>
          ))}
        </div>
      ),
    }
  }
  return { height: 0, node: null }
}

/** Topic chips in as many rows as allowed; the rest are counted ("+2"), never cut. */
export function Chips(ctx: Ctx, names: string[], width: number, rows: number): Block {
  const size = Math.round(15 * ctx.s)
  const padX = Math.round(12 * ctx.s)
  const gap = Math.round(8 * ctx.s)
  const chipHeight = Math.round(size * LINE + 2 * Math.round(5 * ctx.s))
  const chipWidth = (t: string) => ctx.measure(t, size, 700) + 2 * padX
  // Each chip takes its width and a right margin; a row breaks where satori's wrap would.
  const rowsOf = (list: string[]) => {
    let row = 1
    let x = 0
    for (const t of list) {
      const w = chipWidth(t) + gap
      if (x > 0 && x + w > width) {
        row++
        x = w
      } else x += w
    }
    return row
  }
  const fits = (list: string[]) => rowsOf(list) <= rows
  let shown = names
  let more = 0
  while (shown.length > 0 && !fits(more > 0 ? [...shown, `+${more}`] : shown)) {
    shown = shown.slice(0, -1)
    more = names.length - shown.length
  }
  const labels = more > 0 ? [...shown, `+${more}`] : shown
  if (labels.length === 0) return { height: 0, node: null }
  for (const t of shown) ctx.drawn.push({ role: 'topic', text: t })
  const rowCount = rowsOf(labels)
  const { palette: p } = ctx
  return {
    height: rowCount * (chipHeight + gap),
    node: (
      <div style={{ display: 'flex', flexWrap: 'wrap', width }}>
        {labels.map((t) => (
          <div
            style={{
              display: 'flex',
              height: chipHeight,
              alignItems: 'center',
              paddingLeft: padX,
              paddingRight: padX,
              marginRight: gap,
              marginBottom: gap,
              borderRadius: chipHeight / 2,
              backgroundColor: p.chip,
              color: p.chipInk,
              fontSize: size,
              fontWeight: 700,
            }}
          >
            {t}
          </div>
        ))}
      </div>
    ),
  }
}

/** @jsxImportSource satori/jsx */
/**
 * The quote card: one statement large, then who said it, their role, the occasion, the
 * outlet that carried it, the date and the source. A paraphrase is drawn as what it is —
 * the article's sentence, without quotation marks, labelled "not a quotation".
 */
import type { JSXNode } from 'satori/jsx'
import { fitText, wrapLines } from './fit'
import type { QuoteCardModel } from './model'
import { Chips, Frame, bodyBox, type Ctx } from './parts'

const LINE = 1.25

export function quoteCard(model: QuoteCardModel, ctx: Ctx): JSXNode {
  const { s, palette: p, measure } = ctx
  const body = bodyBox(ctx)
  const paraphrase = model.statementKind === 'paraphrase'
  const labelSize = Math.round(16 * s)
  let label = paraphrase
    ? `Paraphrase: the article’s words about ${model.speakerName}, not a quotation`
    : model.statementKind === 'partial'
      ? 'Partial quote: words quoted within the article’s sentence'
      : 'Direct quote'
  // A corrected statement says so where the eye lands first, on every card of it.
  if (model.corrected) label = `${label} · Corrected ${model.corrected}`
  const credit = paraphrase ? `Reported about ${model.speakerName}` : `— ${model.credit}`
  const creditSize = Math.round(26 * s)
  const meta = [model.role, model.occasion].filter((x): x is string => x !== null).join(' · ')
  const metaSize = Math.round(19 * s)
  const gap = Math.round(20 * s)
  const creditHeight = wrapLines(credit, body.width, creditSize, 700, measure).length * creditSize * 1.3
  const metaHeight = meta === '' ? 0 : wrapLines(meta, body.width, metaSize, 400, measure).length * metaSize * 1.3
  const chips = Chips(ctx, model.topics.map((t) => t.name), body.width, 1)
  const reserved = labelSize * 1.3 + gap + gap + creditHeight + (metaHeight > 0 ? 8 * s + metaHeight : 0) + (chips.height > 0 ? gap + chips.height : 0)
  const quoteSizes = ctx.size === 'og' ? [60, 54, 48, 44, 40, 36, 32] : [72, 64, 58, 52, 48, 44, 40].map((x) => Math.round(x * s * 0.8))
  // The writer's sentence is context, not the speaker's words: it never gets a quote's billing.
  const sizes = paraphrase ? quoteSizes.map((x) => Math.round(x * 0.6)) : quoteSizes
  const fitted = fitText(
    model.text,
    { width: body.width, height: body.height - reserved, sizes, lineHeight: LINE, weight: paraphrase ? 400 : 700, ...(paraphrase ? {} : { open: '“', close: '”' }) },
    measure,
  )
  ctx.drawn.push(
    { role: 'note', text: label },
    { role: paraphrase ? 'paraphrase' : 'quote', text: fitted.text, statements: [model.id] },
    { role: 'credit', text: credit, statements: [model.id] },
  )
  if (meta) ctx.drawn.push({ role: 'role', text: meta })
  const content = (
    <div style={{ display: 'flex', flexDirection: 'column', width: body.width, height: body.height, justifyContent: 'space-between' }}>
      <div style={{ display: 'flex', flexDirection: 'column', width: body.width }}>
        <div style={{ display: 'flex', fontSize: labelSize, lineHeight: 1.3, fontWeight: 700, color: p.accent }}>{label}</div>
        <div style={{ display: 'flex', marginTop: gap, fontSize: fitted.size, lineHeight: LINE, fontWeight: paraphrase ? 400 : 700, color: paraphrase ? p.muted : p.ink }}>
          {paraphrase ? fitted.text : `“${fitted.text}”`}
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', width: body.width }}>
        <div style={{ display: 'flex', fontSize: creditSize, lineHeight: 1.3, fontWeight: 700 }}>{credit}</div>
        {meta ? <div style={{ display: 'flex', marginTop: Math.round(8 * s), fontSize: metaSize, lineHeight: 1.3, color: p.muted }}>{meta}</div> : null}
        {chips.node ? <div style={{ display: 'flex', marginTop: gap }}>{chips.node}</div> : null}
      </div>
    </div>
  )
  return Frame({ ctx, kind: 'Quote', date: model.date, sources: [model.source], children: content })
}

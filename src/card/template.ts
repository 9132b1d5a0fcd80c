/**
 * One entry to the three templates: a card model, a size and a theme in; the satori element
 * and every text it draws out. Pure — fitting measures with the measure it is given.
 */
import type { JSXNode } from 'satori/jsx'
import { actorCard } from './actor-card'
import type { Measure } from './fonts'
import type { CardModel } from './model'
import type { SizeName, ThemeName } from './params'
import { context, type Drawn } from './parts'
import { quoteCard } from './quote-card'
import { topicCard } from './topic-card'

export interface Laid {
  element: JSXNode
  /** Every text drawn from the data, in drawing order, with the statements a quote comes from. */
  drawn: Drawn[]
}

/**
 * @example
 * const { element, drawn } = layCard(model, 'og', 'dark', measure)
 * drawn.filter((d) => d.role === 'quote') // the quotations exactly as drawn
 */
export function layCard(model: CardModel, size: SizeName, theme: ThemeName, measure: Measure): Laid {
  const ctx = context(size, theme, measure)
  const element = model.kind === 'actor' ? actorCard(model, ctx) : model.kind === 'quote' ? quoteCard(model, ctx) : topicCard(model, ctx)
  return { element, drawn: ctx.drawn }
}

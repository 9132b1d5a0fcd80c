/**
 * A card from its request parameters to bytes: model → layout → SVG → PNG with provenance.
 * Used by the /cards routes and by the benchmark; no HTTP here beyond the bytes.
 */
import { fingerprint } from '../data/store'
import { modelAltText } from './alt-text'
import { fontMeasure } from './fonts'
import type { CardKind, CardModel } from './model'
import { SIZES, type Format, type SizeName, type ThemeName } from './params'
import { inRenderQueue } from './queue'
import { RENDERER_VERSION, pngOf, svgOf } from './render'
import { layCard, type Laid } from './template'

export interface CardRequest {
  kind: CardKind
  id: string
  size: SizeName
  theme: ThemeName
  format: Format
}

/**
 * The content hash of a card's model: everything the card says, nothing else. Two data
 * versions that give a card the same model give it the same hash, so it is not rendered again.
 */
export function modelHash(model: CardModel): string {
  return fingerprint(JSON.stringify(model))
}

/**
 * The strong validator of a card: a function of its model, the renderer and the parameters
 * only, so it is known before rendering and a 304 costs no rendering.
 */
export function cardEtag(hash: string, r: Omit<CardRequest, 'id' | 'kind'>): string {
  return `"${fingerprint(`${RENDERER_VERSION}|${hash}|${r.size}|${r.theme}|${r.format}`)}"`
}

export async function layOut(model: CardModel, r: CardRequest): Promise<Laid> {
  return layCard(model, r.size, r.theme, await fontMeasure())
}

/** Statement ids drawn on the card, in drawing order, without repeats. */
export function drawnStatements(laid: Laid): string[] {
  return [...new Set(laid.drawn.flatMap((d) => d.statements ?? []))]
}

/** What the PNG carries about itself in `tEXt` chunks. */
export function provenance(version: string, model: CardModel, laid: Laid, r: CardRequest): Record<string, string> {
  const sources = model.kind === 'quote' ? [model.source.id] : model.sources.map((s) => s.id)
  return {
    Software: `onrecord card renderer ${RENDERER_VERSION}`,
    'onrecord:kind': model.kind,
    'onrecord:id': model.id,
    'onrecord:statements': drawnStatements(laid).join(' '),
    'onrecord:sources': sources.join(' '),
    'onrecord:data-version': version,
    'onrecord:params': `size=${r.size} theme=${r.theme}`,
    Description: modelAltText(model),
  }
}

export interface Rendered {
  body: Uint8Array | string
  contentType: string
  /** Milliseconds spent laying out, in satori and in resvg. */
  timing: { layout: number; svg: number; png: number }
}

/**
 * Renders one card, in the isolate's render queue from layout to the last byte: a burst of
 * requests renders one card after another, so memory holds one card's pixels at a time.
 * `version` is the data version the model was read at (it goes into the PNG's provenance).
 * @example
 * const { body } = await renderCard(version, model, { kind: 'actor', id: 'donald-trump', size: 'og', theme: 'light', format: 'png' })
 */
export function renderCard(version: string, model: CardModel, r: CardRequest): Promise<Rendered> {
  return inRenderQueue(() => renderNow(version, model, r))
}

async function renderNow(version: string, model: CardModel, r: CardRequest): Promise<Rendered> {
  const { width, height } = SIZES[r.size]
  const t0 = performance.now()
  const laid = await layOut(model, r)
  const t1 = performance.now()
  const svg = await svgOf(laid.element, width, height)
  const t2 = performance.now()
  if (r.format === 'svg') return { body: svg, contentType: 'image/svg+xml; charset=utf-8', timing: { layout: t1 - t0, svg: t2 - t1, png: 0 } }
  const png = await pngOf(svg, provenance(version, model, laid, r))
  return { body: png, contentType: 'image/png', timing: { layout: t1 - t0, svg: t2 - t1, png: performance.now() - t2 } }
}

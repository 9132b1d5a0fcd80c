/**
 * A card that fails to render — wasm that will not start, fonts that will not parse — is a
 * passing condition of this isolate, not a broken URL: every format (PNG, SVG, the JSON
 * description, which lays the card out too) answers 503 problem+json with Retry-After and
 * no-store, so that neither a crawler nor a cache keeps the failure. Never a 500.
 */
import type { CardRequest } from '../card/card'
import { ProblemError } from '../errors'

/** Seconds a client should wait before asking again. */
export const RENDER_RETRY_AFTER = 30

/**
 * Runs the rendering work of a card request; a failure is logged and becomes the 503.
 * @example
 * const rendered = await unavailableOnFailure(r, () => renderCard(store, model, r))
 */
export async function unavailableOnFailure<T>(r: Pick<CardRequest, 'kind' | 'id' | 'size' | 'theme' | 'format'>, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    console.error(`rendering ${r.kind} card ${JSON.stringify(r.id)} (${r.size}, ${r.theme}, ${r.format}) failed:`, error)
    throw new ProblemError(503, `The ${r.kind} card ${JSON.stringify(r.id)} could not be rendered just now. The failure has been logged; try again shortly.`, {
      headers: { 'Retry-After': String(RENDER_RETRY_AFTER), 'Cache-Control': 'no-store' },
    })
  }
}

/**
 * 503 for a card not in R2 on a deployment that never renders in the Worker (RENDER_ON_REQUEST =
 * "false", the free plan): the operator renders it in Node.
 */
export function notRenderedYet(r: Pick<CardRequest, 'kind' | 'id' | 'size' | 'theme' | 'format'>): ProblemError {
  return new ProblemError(503, `The ${r.kind} card ${JSON.stringify(r.id)} (${r.size}, ${r.theme}, ${r.format}) has not been rendered yet; the operator renders cards with \`npm run cards:render -- --remote\`.`, {
    headers: { 'Retry-After': String(RENDER_RETRY_AFTER), 'Cache-Control': 'no-store' },
  })
}

/**
 * Rendered cards in R2, content-addressed: the key is the kind and id, the renderer version,
 * the hash of the card's model, the size, the theme and the format. A change of the data that
 * changes what a card says gives it a new key; one that does not leaves the stored card valid.
 * Cards are rendered when a change is published (the og size in both themes, which crawlers and
 * the gallery fetch) and otherwise on the first request, then kept.
 */
import { cardEtag, modelHash, renderCard, type CardRequest } from '../card/card'
import { modelAltText } from '../card/alt-text'
import type { CardKind, CardModel } from '../card/model'
import { THEMES, type Format, type SizeName, type ThemeName } from '../card/params'
import { RENDERER_VERSION } from '../card/render'
import { cardModel } from '../read/corpus'
import type { CardRef } from '../write/affected'

export const CONTENT_TYPES: Record<Exclude<Format, 'json'>, string> = { png: 'image/png', svg: 'image/svg+xml; charset=utf-8' }

/** Where every stored image of one card lives: `cards/<kind>/<id>/`. */
export function cardPrefix(kind: CardKind, id: string): string {
  return `cards/${kind}/${encodeURIComponent(id)}/`
}

/** The part of a key that names one model of a card, whatever its size, theme and format. */
function modelStem(hash: string): string {
  return `r${RENDERER_VERSION}-${hash}-`
}

/**
 * @example cardKey('actor', 'keir-starmer', '0f3a…', { size: 'og', theme: 'dark', format: 'png' })
 * // "cards/actor/keir-starmer/r7-0f3a…-og-dark.png"
 */
export function cardKey(kind: CardKind, id: string, hash: string, p: { size: SizeName; theme: ThemeName; format: Format }): string {
  return `${cardPrefix(kind, id)}${modelStem(hash)}${p.size}-${p.theme}.${p.format}`
}

/** The cache tag of one record: `actor:keir-starmer`. A card carries its own and those of what it draws on. */
export function cardTag(kind: CardKind | 'source', id: string): string {
  return `${kind}:${id}`
}

/** The `Cache-Tag`s of a card: every actor, topic, quote and source it draws on, so a change purges exactly it. */
export function cacheTags(model: CardModel): string[] {
  const tags = new Set<string>([cardTag(model.kind, model.id)])
  const quotes = model.kind === 'actor' ? [...model.quotes, ...model.mentions] : model.kind === 'topic' ? model.entries.flatMap((e) => (e.quote ? [e.quote] : [])) : []
  for (const q of quotes) {
    tags.add(cardTag('actor', q.speaker))
    for (const s of q.statements) tags.add(cardTag('quote', s))
    for (const t of q.topics) tags.add(cardTag('topic', t))
  }
  if (model.kind === 'quote') {
    tags.add(cardTag('actor', model.speaker))
    tags.add(cardTag('source', model.source.id))
    for (const t of model.topics) tags.add(cardTag('topic', t.id))
  } else for (const s of model.sources) tags.add(cardTag('source', s.id))
  if (model.kind === 'topic') for (const e of model.entries) tags.add(cardTag('actor', e.actor))
  if (model.kind === 'actor') for (const t of model.topics) tags.add(cardTag('topic', t.id))
  return [...tags].sort()
}

export interface StoredCard {
  key: string
  etag: string
  /** Whether this call rendered it (false: it was in R2 already). */
  rendered: boolean
}

/**
 * Renders the card and stores it under its key; returns the bytes it stored.
 * @example const body = await storeCard(env.CARDS, version, model, { kind: 'quote', id, size: 'og', theme: 'dark', format: 'png' })
 */
export async function storeCard(bucket: R2Bucket, version: string, model: CardModel, r: CardRequest & { format: 'png' | 'svg' }): Promise<Uint8Array | string> {
  const hash = modelHash(model)
  const etag = cardEtag(hash, r)
  const { body } = await renderCard(version, model, r)
  await bucket.put(cardKey(r.kind, r.id, hash, r), body, {
    httpMetadata: { contentType: CONTENT_TYPES[r.format], cacheControl: 'public, max-age=31536000, immutable' },
    customMetadata: { alt: modelAltText(model), etag, tags: cacheTags(model).join(',') },
  })
  return body
}

/** Renders the card into R2 unless its key is there already. */
export async function ensureCard(bucket: R2Bucket, version: string, model: CardModel, r: CardRequest & { format: 'png' | 'svg' }): Promise<StoredCard> {
  const hash = modelHash(model)
  const key = cardKey(r.kind, r.id, hash, r)
  const etag = cardEtag(hash, r)
  if (await bucket.head(key)) return { key, etag, rendered: false }
  await storeCard(bucket, version, model, r)
  return { key, etag, rendered: true }
}

export interface PublishReport {
  rendered: string[]
  kept: string[]
  missing: CardRef[]
}

/**
 * Renders what crawlers and the gallery fetch first — the og PNG in both themes — for each card
 * a change touched (or, with `sizes`, more sizes), one at a time (a render holds megabytes of
 * wasm memory). A card already in R2 is kept, not rendered again.
 * @example await publishCards(env.DB, env.CARDS, version, [{ kind: 'actor', id: 'keir-starmer' }])
 */
export async function publishCards(db: D1Database, bucket: R2Bucket, version: string, refs: readonly CardRef[], sizes: readonly SizeName[] = ['og']): Promise<PublishReport> {
  const report: PublishReport = { rendered: [], kept: [], missing: [] }
  for (const ref of refs) {
    const model = await cardModel(db, version, ref.kind, ref.id)
    if (!model) {
      report.missing.push(ref)
      continue
    }
    for (const size of sizes)
      for (const theme of THEMES) {
        const stored = await ensureCard(bucket, version, model, { ...ref, size, theme, format: 'png' })
        ;(stored.rendered ? report.rendered : report.kept).push(stored.key)
      }
  }
  return report
}

/**
 * Deletes the stored images of a card that no longer show what it says: every object under the
 * card's prefix whose key is not of its current model (all of them when the record is gone, e.g.
 * a withdrawn quotation). Content addressing keeps old keys unreachable anyway; this keeps R2
 * from holding what was corrected.
 * @example await pruneCards(env.DB, env.CARDS, version, [{ kind: 'quote', id: 'ca7c55e2-q01' }]) // keys deleted
 */
export async function pruneCards(db: D1Database, bucket: R2Bucket, version: string, refs: readonly CardRef[]): Promise<string[]> {
  const deleted: string[] = []
  for (const ref of refs) {
    const model = await cardModel(db, version, ref.kind, ref.id)
    const prefix = cardPrefix(ref.kind, ref.id)
    const keep = model ? `${prefix}${modelStem(modelHash(model))}` : null
    let cursor: string | undefined
    do {
      const page = await bucket.list({ prefix, ...(cursor ? { cursor } : {}) })
      const old = page.objects.map((o) => o.key).filter((key) => keep === null || !key.startsWith(keep))
      if (old.length > 0) await bucket.delete(old)
      deleted.push(...old)
      cursor = page.truncated ? page.cursor : undefined
    } while (cursor)
  }
  return deleted
}

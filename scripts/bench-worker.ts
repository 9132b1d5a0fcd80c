/**
 * The benchmark's Worker: the production app plus `/__bench/render/...`, which renders a
 * card without any cache, onrecord's way or with workers-og, and `/__bench/burst`, which
 * renders many cards at once and reports the wasm memory left behind. Only `npm run bench`
 * runs it (scripts/bench.wrangler.toml); it is never deployed, so production has no
 * uncached render endpoint.
 *
 * workers-og (the usual Workers wrapper of satori + resvg) draws the very same element tree
 * with the very same fonts array, so that it parses the fonts once, as onrecord does: the
 * comparison is of the pipelines, not of a handicap.
 */
import { ImageResponse } from 'workers-og'
import { renderCard, type CardRequest } from '../src/card/card'
import { FONTS, fontMeasure } from '../src/card/fonts'
import type { CardKind, CardModel } from '../src/card/model'
import { SIZES, SIZE_NAMES, THEMES, parseSize, parseTheme } from '../src/card/params'
import { layCard } from '../src/card/template'
import { wasmMemoryBytes } from '../src/card/wasm'
import { dataVersion } from '../src/db/write'
import app from '../src/index'
import { cardModel } from '../src/read/corpus'

/** A card's model read from D1 (outside every timed span: the bench compares render pipelines). */
async function modelOf(env: Env, kind: CardKind, id: string): Promise<{ version: string; model: CardModel }> {
  const version = await dataVersion(env.DB)
  const model = await cardModel(env.DB, version, kind, id)
  if (!model) throw new Error(`no ${kind} ${id}`)
  return { version, model }
}

/** The same card drawn by workers-og: its own satori (0.15) and resvg (2.4), PNG out. */
async function workersOg(model: CardModel, size: ReturnType<typeof parseSize>, theme: ReturnType<typeof parseTheme>): Promise<Uint8Array> {
  const { element } = layCard(model, size, theme, await fontMeasure())
  const res = new ImageResponse(element as never, { ...SIZES[size], fonts: FONTS, format: 'png' })
  return new Uint8Array(await res.arrayBuffer())
}

/**
 * n concurrent first renders of different cards (the largest first), then the renderer's
 * wasm memory: what a burst of cache misses leaves behind in a fresh isolate.
 */
async function burst(env: Env, n: number): Promise<{ renders: number; wasmMemoryBytes: number; ms: number }> {
  const ids = async (table: string) => (await env.DB.prepare(`SELECT id FROM ${table} ORDER BY ord`).all<{ id: string }>()).results.map((r) => r.id)
  const cards = [
    ...(await ids('actors')).map((id) => ['actor', id] as const),
    ...(await ids('statements')).map((id) => ['quote', id] as const),
    ...(await ids('topics')).map((id) => ['topic', id] as const),
  ]
  const requests: CardRequest[] = [...SIZE_NAMES]
    .reverse()
    .flatMap((size) => cards.flatMap(([kind, id]) => THEMES.map((theme) => ({ kind, id, size, theme, format: 'png' as const }))))
    .slice(0, n)
  const models = new Map<string, { version: string; model: CardModel }>()
  for (const r of requests) if (!models.has(`${r.kind}/${r.id}`)) models.set(`${r.kind}/${r.id}`, await modelOf(env, r.kind, r.id))
  const t0 = performance.now()
  await Promise.all(requests.map((r) => {
    const { version, model } = models.get(`${r.kind}/${r.id}`)!
    return renderCard(version, model, r)
  }))
  return { renders: requests.length, wasmMemoryBytes: wasmMemoryBytes(), ms: performance.now() - t0 }
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url)
    // The floor: what any answer costs through wrangler dev on this machine.
    if (url.pathname === '/__bench/noop') return new Response(null, { status: 204 })
    // The same floor with a body as large as a card: what moving the bytes through it costs.
    if (url.pathname === '/__bench/bytes') return new Response(new Uint8Array(Number(url.searchParams.get('n') ?? 0)), { headers: { 'Content-Type': 'image/png' } })
    // Cache hits measured inside the Worker, without wrangler dev's HTTP in between: the mean of
    // n requests to the public card route, answered from the isolate's cache after the first.
    const hits = /^\/__bench\/hits\/(actors|quotes|topics)\/([^/]+)$/.exec(url.pathname)
    if (hits) {
      const card = new Request(`${url.origin}/cards/${hits[1]}/${hits[2]}.png`)
      await (await app.fetch(card.clone(), env, ctx)).arrayBuffer()
      const n = Number(url.searchParams.get('n') ?? 100)
      const t0 = performance.now()
      for (let i = 0; i < n; i++) {
        const res = await app.fetch(card.clone(), env, ctx)
        if (!res.headers.get('X-Card-Cache')?.startsWith('hit')) throw new Error('a cache miss in the hit loop')
        await res.arrayBuffer()
      }
      return Response.json({ meanMs: (performance.now() - t0) / n })
    }
    if (url.pathname === '/__bench/burst') return Response.json(await burst(env, Number(url.searchParams.get('n') ?? 64)))
    if (url.pathname === '/__bench/memory') return Response.json({ wasmMemoryBytes: wasmMemoryBytes() })
    const match = /^\/__bench\/render\/(actor|quote|topic)\/([^/]+)$/.exec(url.pathname)
    if (!match) return app.fetch(request, env, ctx)
    const kind = match[1] as CardKind
    const id = match[2]!
    const size = parseSize(url.searchParams.get('size') ?? undefined)
    const theme = parseTheme(url.searchParams.get('theme') ?? undefined)
    const { version, model } = await modelOf(env, kind, id)
    const t0 = performance.now()
    let body: Uint8Array
    let steps = ''
    const mode = url.searchParams.get('mode')
    if (mode === 'workers-og') body = await workersOg(model, size, theme)
    else {
      const rendered = await renderCard(version, model, { kind, id, size, theme, format: 'png' })
      body = rendered.body as Uint8Array
      steps = `, layout;dur=${rendered.timing.layout.toFixed(1)}, svg;dur=${rendered.timing.svg.toFixed(1)}, png;dur=${rendered.timing.png.toFixed(1)}`
    }
    return new Response(body, { headers: { 'Content-Type': 'image/png', 'Server-Timing': `render;dur=${(performance.now() - t0).toFixed(1)}${steps}` } })
  },
}

/**
 * The benchmark's Worker: the production app plus `/__bench/render/...`, which renders a
 * card without any cache, either onrecord's way or the naive way. Only `npm run bench`
 * runs it (scripts/bench.wrangler.toml); it is never deployed, so production has no
 * uncached or naive render endpoint.
 *
 * The naive way is what workers-og and @vercel/og users commonly do: a fresh fonts array
 * on every call (satori caches parsed fonts by the array's identity, so it re-parses them),
 * resvg with default options, no ETag, no Cache API, no provenance.
 */
import { Resvg } from '@resvg/resvg-wasm'
import satori from 'satori/standalone'
import { renderCard } from '../src/card/card'
import { FONTS, fontMeasure } from '../src/card/fonts'
import type { CardKind } from '../src/card/model'
import { SIZES, parseSize, parseTheme } from '../src/card/params'
import { layCard } from '../src/card/template'
import { wasmReady } from '../src/card/wasm'
import { dataVersion } from '../src/db/write'
import app from '../src/index'
import { cardModel } from '../src/read/corpus'

async function naive(env: Env, kind: CardKind, id: string, size: ReturnType<typeof parseSize>, theme: ReturnType<typeof parseTheme>): Promise<Uint8Array> {
  await wasmReady()
  const model = await cardModel(env.DB, await dataVersion(env.DB), kind, id)
  if (!model) throw new Error(`no ${kind} ${id}`)
  const { element } = layCard(model, size, theme, await fontMeasure())
  const fonts = FONTS.map((f) => ({ ...f, data: f.data.slice(0) }))
  const svg = await satori(element as Parameters<typeof satori>[0], { ...SIZES[size], fonts })
  return new Resvg(svg).render().asPng()
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
    const match = /^\/__bench\/render\/(actor|quote|topic)\/([^/]+)$/.exec(url.pathname)
    if (!match) return app.fetch(request, env, ctx)
    const kind = match[1] as CardKind
    const id = match[2]!
    const size = parseSize(url.searchParams.get('size') ?? undefined)
    const theme = parseTheme(url.searchParams.get('theme') ?? undefined)
    const t0 = performance.now()
    let body: Uint8Array
    if (url.searchParams.get('mode') === 'naive') body = await naive(env, kind, id, size, theme)
    else {
      const version = await dataVersion(env.DB)
      const model = (await cardModel(env.DB, version, kind, id))!
      body = (await renderCard(version, model, { kind, id, size, theme, format: 'png' })).body as Uint8Array
    }
    return new Response(body, { headers: { 'Content-Type': 'image/png', 'Server-Timing': `render;dur=${(performance.now() - t0).toFixed(1)}` } })
  },
}

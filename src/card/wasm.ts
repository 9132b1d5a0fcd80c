/**
 * The two WebAssembly modules of the renderer, initialized once per isolate.
 *
 * Both are imported as compiled modules (wrangler's `CompiledWasm` rule) because workerd
 * refuses to compile WebAssembly from bytes at run time ("Wasm code generation disallowed
 * by embedder"). resvg's `initWasm` throws "Already initialized" on a second call, so each
 * module keeps one promise at module level and every request awaits the same ones.
 *
 * The linear memory of each instance is kept so that its size can be reported: wasm memory
 * grows and never shrinks, and an isolate on Cloudflare has 128 MB in all.
 */
import { initWasm } from '@resvg/resvg-wasm'
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm'
// satori is pinned to exactly 0.32.0 in package.json: from 0.33 it bundles harfbuzzjs, which
// needs `fs` or `self.location` at module load and does not run in workerd. The workerd tests
// render cards, so a bump that breaks this fails the suite.
import { init as initSatori } from 'satori/standalone'
import yogaWasm from 'satori/yoga.wasm'

let yoga: Promise<void> | undefined
let resvg: Promise<void> | undefined

/**
 * A failed init must not poison the isolate for good: the next request tries again. The
 * failure is marked handled here, since a caller may wait for the other module only.
 */
function once(start: () => Promise<void>, reset: () => void): Promise<void> {
  const started = start().catch((error: unknown) => {
    reset()
    throw error
  })
  started.catch(() => undefined)
  return started
}

const memories = new Set<WebAssembly.Memory>()

function keepMemories(instance: WebAssembly.Instance): void {
  for (const value of Object.values(instance.exports)) if (value instanceof WebAssembly.Memory) memories.add(value)
}

const instantiate = WebAssembly.instantiate.bind(WebAssembly)
let initsRunning = 0

/**
 * Runs `start` while noting the memory of every instance it creates. Neither resvg's nor
 * satori's loader hands its instance out, but both create it with `WebAssembly.instantiate`,
 * so that function is wrapped while any init runs and put back when the last one settles.
 */
function noting(start: () => Promise<void>): Promise<void> {
  if (initsRunning++ === 0) {
    WebAssembly.instantiate = (async (...args: Parameters<typeof instantiate>) => {
      const result = (await instantiate(...args)) as WebAssembly.Instance | { instance: WebAssembly.Instance }
      keepMemories(result instanceof WebAssembly.Instance ? result : result.instance)
      return result
    }) as typeof WebAssembly.instantiate
  }
  return start().finally(() => {
    if (--initsRunning === 0) WebAssembly.instantiate = instantiate
  })
}

/**
 * Resolves when the named module — or both, yoga (satori's layout engine) and resvg — is ready
 * in this isolate. Both inits start on the first call whichever is asked for; an SVG waits
 * only for yoga, so it never waits on, or fails with, resvg.
 * @example
 * await wasmReady('yoga') // before satori
 */
export function wasmReady(which?: 'yoga' | 'resvg'): Promise<void> {
  yoga ??= once(() => noting(() => initSatori(yogaWasm)), () => (yoga = undefined))
  resvg ??= once(() => noting(() => initWasm(resvgWasm)), () => (resvg = undefined))
  if (which === 'yoga') return yoga
  if (which === 'resvg') return resvg
  return Promise.all([yoga, resvg]).then(() => undefined)
}

/**
 * Bytes of WebAssembly linear memory held by the renderer in this isolate (yoga and resvg),
 * 0 before the first render.
 * @example
 * await renderCard(store, model, request)
 * wasmMemoryBytes() // 19_267_584
 */
export function wasmMemoryBytes(): number {
  let bytes = 0
  for (const memory of memories) bytes += memory.buffer.byteLength
  return bytes
}

/**
 * The two WebAssembly modules of the renderer, initialized once per isolate.
 *
 * Both are imported as compiled modules (wrangler's `CompiledWasm` rule) because workerd
 * refuses to compile WebAssembly from bytes at run time ("Wasm code generation disallowed
 * by embedder"). resvg's `initWasm` throws "Already initialized" on a second call, so each
 * module keeps one promise at module level and every request awaits the same ones.
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

/** A failed init must not poison the isolate for good: the next request tries again. */
function once(start: () => Promise<void>, reset: () => void): Promise<void> {
  return start().catch((error: unknown) => {
    reset()
    throw error
  })
}

/** Resolves when yoga (satori's layout engine) and resvg are ready in this isolate. */
export function wasmReady(): Promise<void> {
  yoga ??= once(() => initSatori(yogaWasm), () => (yoga = undefined))
  resvg ??= once(() => initWasm(resvgWasm), () => (resvg = undefined))
  return Promise.all([yoga, resvg]).then(() => undefined)
}

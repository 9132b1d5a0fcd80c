// Node module hooks that load what wrangler's module rules load in the Worker: `.wasm` as a
// compiled WebAssembly.Module (CompiledWasm) and font files as an ArrayBuffer (Data), so the
// card renderer (src/card) runs unchanged in Node for `npm run cards:render` and `npm run ingest`.
import { readFile } from 'node:fs/promises'
import { URL } from 'node:url'

const DATA = /\.(woff|ttf|otf)$/

export async function load(url, context, nextLoad) {
  if (url.endsWith('.wasm')) {
    return {
      format: 'module',
      shortCircuit: true,
      source: `import { readFileSync } from 'node:fs'\nexport default new WebAssembly.Module(readFileSync(new URL(${JSON.stringify(url)})))\n`,
    }
  }
  if (DATA.test(url)) {
    const bytes = await readFile(new URL(url))
    return {
      format: 'module',
      shortCircuit: true,
      source: `const b = Uint8Array.from(atob(${JSON.stringify(bytes.toString('base64'))}), (c) => c.charCodeAt(0))\nexport default b.buffer\n`,
    }
  }
  return nextLoad(url, context)
}

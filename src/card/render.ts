/**
 * The pipeline: satori element → SVG (satori, fonts parsed once) → PNG (resvg) → PNG with
 * provenance. Fonts and wasm come from their own modules, initialized once per isolate.
 */
import { Resvg } from '@resvg/resvg-wasm'
import satori from 'satori/standalone'
import type { JSXNode } from 'satori/jsx'
import { FONTS } from './fonts'
import { encodePng } from './png'
import { wasmReady } from './wasm'

/** Bump when the look of a card changes: it is part of every card's ETag. */
export const RENDERER_VERSION = '6'

export async function toSvg(element: JSXNode, width: number, height: number): Promise<string> {
  await wasmReady()
  // satori's types name React's ReactNode; its own JSX runtime builds the same shape.
  return satori(element as Parameters<typeof satori>[0], { width, height, fonts: FONTS })
}

/**
 * The SVG holds text as paths, so resvg needs no fonts: system fonts are off (there are
 * none in workerd, and looking for them costs time).
 */
export async function toPng(svg: string, provenance: Record<string, string>): Promise<Uint8Array> {
  await wasmReady()
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false }, shapeRendering: 2, imageRendering: 0 })
  try {
    const image = resvg.render()
    try {
      // resvg's own asPng() deflates inside wasm; the runtime's native zlib is faster.
      return await encodePng(image.pixels, image.width, image.height, provenance)
    } finally {
      image.free()
    }
  } finally {
    resvg.free()
  }
}

/**
 * The pipeline: satori element → SVG (satori, fonts parsed once) → PNG (resvg) → PNG with
 * provenance. Fonts and wasm come from their own modules, initialized once per isolate.
 *
 * Every entry here goes through the isolate's render queue (./queue), so callers — the card
 * routes, a publish-time renderer, the bench — never have two renders in flight, and every
 * wasm object (the `Resvg` tree, the rendered image) is freed before anything is awaited.
 */
import { Resvg } from '@resvg/resvg-wasm'
import satori from 'satori/standalone'
import type { JSXNode } from 'satori/jsx'
import { FONTS } from './fonts'
import { installFastPathData } from './path-data'
import { encodePngSync } from './png'
import { inRenderQueue } from './queue'
import { wasmReady } from './wasm'

// satori writes glyph outlines with opentype's Path#toPathData; the same characters, faster.
installFastPathData()

/** Bump when the look or the bytes of a card change: it is part of every card's ETag. */
export const RENDERER_VERSION = '8'

/** SVG from satori, outside the queue: for callers that already hold the queue. */
export async function svgOf(element: JSXNode, width: number, height: number): Promise<string> {
  // satori needs only yoga; resvg's init is not awaited, so an SVG never waits on (or fails with) resvg.
  await wasmReady('yoga')
  // satori's types name React's ReactNode; its own JSX runtime builds the same shape.
  return satori(element as Parameters<typeof satori>[0], { width, height, fonts: FONTS })
}

/**
 * PNG from SVG, outside the queue. Everything after the init is synchronous, so the wasm
 * objects are freed before control returns to the event loop.
 */
export async function pngOf(svg: string, provenance: Record<string, string>): Promise<Uint8Array> {
  await wasmReady('resvg')
  const { pixels, width, height } = rasterise(svg)
  // resvg's own asPng() deflates inside wasm; the runtime's native zlib is faster.
  return encodePngSync(pixels, width, height, provenance)
}

/**
 * The RGBA pixels of an SVG, copied out of wasm memory; every wasm object it made is freed
 * when it returns. Needs `wasmReady('resvg')` first.
 * @example
 * const { pixels, width, height } = rasterise(svg) // pixels.length === width * height * 4
 */
export function rasterise(svg: string): { pixels: Uint8Array; width: number; height: number } {
  let pixels: Uint8Array
  let width: number
  let height: number
  // The SVG holds text as paths, so resvg needs no fonts: system fonts are off (there are none
  // in workerd, and looking for them costs time).
  const resvg = new Resvg(svg, { font: { loadSystemFonts: false }, shapeRendering: 2, imageRendering: 0 })
  try {
    const image = resvg.render()
    try {
      // `pixels` copies the image out of wasm memory into a JavaScript array.
      pixels = image.pixels
      width = image.width
      height = image.height
    } finally {
      image.free()
    }
  } finally {
    resvg.free()
  }
  return { pixels, width, height }
}

/**
 * @example
 * const svg = await toSvg(laid.element, 1200, 630)
 */
export function toSvg(element: JSXNode, width: number, height: number): Promise<string> {
  return inRenderQueue(() => svgOf(element, width, height))
}

/**
 * @example
 * const png = await toPng(svg, { 'onrecord:kind': 'actor' })
 */
export function toPng(svg: string, provenance: Record<string, string>): Promise<Uint8Array> {
  return inRenderQueue(() => pngOf(svg, provenance))
}

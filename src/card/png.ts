/**
 * PNG bytes: the encoder of the cards (RGBA pixels → PNG with provenance chunks), chunk
 * surgery (`tEXt`/`iTXt` after IHDR) and a reader for tests and tools. No dependencies: the
 * compression is the runtime's own zlib (`node:zlib`, native in workerd with nodejs_compat
 * and in Node), which is faster than the deflate compiled into resvg's wasm and, unlike
 * `CompressionStream`, lets us choose the level.
 *
 * Measured on the cards (all kinds, sizes, themes; inside workerd and in Node, Nov 2026):
 * - indexed colour (≤ 256 colours, which every card has) halves the bytes of RGB and
 *   deflates a quarter of the input;
 * - for indexed rows, filter None beats Up by 15–25% (Sub/Up/Paeth turn antialiasing ramps
 *   into noise; identical rows are long matches for deflate either way);
 * - level 6 is 1–2 ms slower than level 5 on an OG card and 2–4% smaller; levels 7–9 cost
 *   10× the time for another 5%; level 1–3 are 15–25% larger, which puts topic cards over the
 *   50 KB budget for an OG image.
 */
import { deflateSync } from 'node:zlib'
import { indexColours } from './palette'

/** The deflate level of every card (see the measurements above). */
export const DEFLATE_LEVEL = 6

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

const isLatin1 = (text: string) => /^[\x20-\x7e\xa0-\xff]*$/.test(text)
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0))
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, data.length)
  out.set(latin1(type), 4)
  out.set(data, 8)
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)))
  return out
}

function textChunks(entries: Record<string, string>): Uint8Array[] {
  const zero = new Uint8Array(1)
  return Object.entries(entries).map(([key, value]) =>
    isLatin1(value)
      ? chunk('tEXt', concat(latin1(key), zero, latin1(value)))
      : chunk('iTXt', concat(latin1(key), new Uint8Array(5), new TextEncoder().encode(value))),
  )
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)

function zlib(data: Uint8Array): Uint8Array {
  return deflateSync(data, { level: DEFLATE_LEVEL })
}

/** Truecolour scanlines, each with the Sub filter: a flat colour field becomes runs of zeros. */
function truecolourRows(rgba: Uint8Array, width: number, height: number, channels: 3 | 4): Uint8Array {
  const stride = width * channels + 1
  const raw = new Uint8Array(height * stride)
  for (let y = 0, o = 0; y < height; y++) {
    raw[o++] = 1 // filter type 1, Sub: each byte minus the same channel of the pixel to its left
    const row = y * width * 4
    for (let c = 0; c < channels; c++) raw[o + c] = rgba[row + c]!
    for (let x = 1; x < width; x++) {
      const p = row + x * 4
      const q = o + x * channels
      for (let c = 0; c < channels; c++) raw[q + c] = (rgba[p + c]! - rgba[p - 4 + c]!) & 0xff
    }
    o += width * channels
  }
  return raw
}

function isOpaque(rgba: Uint8Array): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 255) return false
  return true
}

/** PNG colour types (IHDR byte 9). */
const TRUECOLOUR = 2
const INDEXED = 3
const TRUECOLOUR_ALPHA = 6

/**
 * Encodes RGBA pixels as a lossless PNG: indexed colour (PLTE, and tRNS when a pixel is not
 * opaque) when the image has at most 256 colours, as every card does; otherwise 8-bit RGB
 * when every pixel is opaque, RGBA when not. Text chunks go right after IHDR. The pixels are
 * read synchronously: the caller may free them as soon as the promise is created.
 * @example
 * const png = await encodePng(image.pixels, image.width, image.height, { 'onrecord:kind': 'actor' })
 */
export async function encodePng(rgba: Uint8Array, width: number, height: number, text: Record<string, string> = {}): Promise<Uint8Array> {
  return encodePngSync(rgba, width, height, text)
}

/** encodePng without the promise, for callers that must finish before their next await. */
export function encodePngSync(rgba: Uint8Array, width: number, height: number, text: Record<string, string> = {}): Uint8Array {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA for ${width}×${height}, received ${rgba.length}`)
  const ihdr = new Uint8Array(13)
  const view = new DataView(ihdr.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  ihdr[8] = 8 // bit depth
  const indexed = indexColours(rgba, width, height)
  if (indexed) {
    ihdr[9] = INDEXED
    const palette = [chunk('PLTE', indexed.plte), ...(indexed.trns ? [chunk('tRNS', indexed.trns)] : [])]
    return concat(SIGNATURE, chunk('IHDR', ihdr), ...textChunks(text), ...palette, chunk('IDAT', zlib(indexed.rows)), chunk('IEND', new Uint8Array(0)))
  }
  const opaque = isOpaque(rgba)
  ihdr[9] = opaque ? TRUECOLOUR : TRUECOLOUR_ALPHA
  const rows = truecolourRows(rgba, width, height, opaque ? 3 : 4)
  return concat(SIGNATURE, chunk('IHDR', ihdr), ...textChunks(text), chunk('IDAT', zlib(rows)), chunk('IEND', new Uint8Array(0)))
}

/** Every `tEXt` and uncompressed `iTXt` chunk of a PNG, keyword → text; throws on a bad CRC. */
export function readText(png: Uint8Array): Record<string, string> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const out: Record<string, string> = {}
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8))
    const data = png.subarray(at + 8, at + 8 + length)
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== view.getUint32(at + 8 + length)) throw new Error(`bad CRC in ${type} chunk`)
    const nul = data.indexOf(0)
    const key = String.fromCharCode(...data.subarray(0, nul))
    if (type === 'tEXt') out[key] = String.fromCharCode(...data.subarray(nul + 1))
    if (type === 'iTXt') {
      // keyword\0, compression flag and method, language\0, translated keyword\0, text
      const language = data.indexOf(0, nul + 3)
      const translated = data.indexOf(0, language + 1)
      out[key] = new TextDecoder().decode(data.subarray(translated + 1))
    }
    at += 12 + length
  }
  return out
}

/**
 * Width and height from IHDR; throws when the bytes are not a PNG.
 * @example
 * pngSize(bytes) // { width: 1200, height: 630 }
 */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  if (png.length < 24 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG')
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/**
 * PNG bytes: the encoder of the cards (RGBA pixels → PNG with provenance chunks), chunk
 * surgery (`tEXt`/`iTXt` after IHDR) and a reader for tests and tools. No dependencies: the
 * compression is the runtime's own zlib (`CompressionStream`), which is native code and
 * faster than the deflate compiled into resvg's wasm.
 */

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

async function zlib(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/**
 * Encodes RGBA pixels as a PNG: 8-bit RGB when every pixel is opaque (a quarter fewer bytes
 * to compress), RGBA otherwise; each row with the "Sub" filter, which turns the flat colour
 * fields of a card into runs of zeros; text chunks right after IHDR.
 * @example
 * const png = await encodePng(image.pixels, image.width, image.height, { 'onrecord:kind': 'actor' })
 */
export async function encodePng(rgba: Uint8Array, width: number, height: number, text: Record<string, string> = {}): Promise<Uint8Array> {
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA for ${width}×${height}, received ${rgba.length}`)
  let opaque = true
  for (let i = 3; i < rgba.length; i += 4) {
    if (rgba[i] !== 255) {
      opaque = false
      break
    }
  }
  const channels = opaque ? 3 : 4
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
  const ihdr = new Uint8Array(13)
  const view = new DataView(ihdr.buffer)
  view.setUint32(0, width)
  view.setUint32(4, height)
  ihdr[8] = 8 // bit depth
  ihdr[9] = opaque ? 2 : 6 // colour type: truecolour, or truecolour with alpha
  return concat(SIGNATURE, chunk('IHDR', ihdr), ...textChunks(text), chunk('IDAT', await zlib(raw)), chunk('IEND', new Uint8Array(0)))
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

/**
 * Lossless colour indexing for PNG: a card is flat colour fields plus antialiased text, about
 * 60–130 distinct RGBA values, so a palette of ≤ 256 entries holds every pixel exactly and the
 * image shrinks from 4 bytes a pixel to 1 before deflate. An image with more colours (a
 * gradient, a photograph) is not indexed: the caller keeps truecolour.
 */

/** An indexed image: PNG scanlines (filter byte 0 then one palette index a pixel) and its palette. */
export interface Indexed {
  /** height × (1 + width) bytes: each row starts with filter type 0 (None). */
  rows: Uint8Array
  /** Three bytes (R, G, B) per palette entry, in order of first appearance. */
  plte: Uint8Array
  /** One alpha byte per palette entry, or undefined when every pixel is opaque (no tRNS). */
  trns: Uint8Array | undefined
}

const SLOTS = 1024 // open addressing, load factor ≤ 1/4 at 256 colours

/**
 * Indexes RGBA pixels, or returns undefined as soon as a 257th colour appears.
 *
 * Most pixels repeat the one to their left or above, so those are copied without a lookup;
 * the rest go through a small hash table keyed by the pixel's 32 bits (byte order does not
 * matter: the palette itself is written from the pixel's bytes).
 * @example
 * const indexed = indexColours(image.pixels, 1200, 630) // undefined for a photograph
 */
export function indexColours(rgba: Uint8Array, width: number, height: number): Indexed | undefined {
  // A 32-bit view needs a 4-byte aligned start; resvg's pixels always have one, a subarray may not.
  const pixels = rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, width * height) : new Uint32Array(rgba.slice().buffer)
  const keys = new Uint32Array(SLOTS)
  const values = new Int16Array(SLOTS).fill(-1)
  const plte = new Uint8Array(256 * 3)
  const alpha = new Uint8Array(256)
  const stride = width + 1
  const rows = new Uint8Array(height * stride)
  let count = 0
  let opaque = true
  let last = 0
  let lastIndex = -1
  for (let y = 0, p = 0; y < height; y++) {
    let o = y * stride + 1
    for (let x = 0; x < width; x++, p++, o++) {
      const c = pixels[p]!
      if (c === last && lastIndex >= 0) {
        rows[o] = lastIndex
        continue
      }
      if (y > 0 && c === pixels[p - width]) {
        lastIndex = rows[o - stride]!
      } else {
        let slot = Math.imul(c, 0x9e3779b1) >>> 22
        while (values[slot] !== -1 && keys[slot] !== c) slot = (slot + 1) & (SLOTS - 1)
        if (values[slot] === -1) {
          if (count === 256) return undefined
          keys[slot] = c
          values[slot] = count
          plte[count * 3] = rgba[p * 4]!
          plte[count * 3 + 1] = rgba[p * 4 + 1]!
          plte[count * 3 + 2] = rgba[p * 4 + 2]!
          alpha[count] = rgba[p * 4 + 3]!
          if (alpha[count] !== 255) opaque = false
          count++
        }
        lastIndex = values[slot]!
      }
      last = c
      rows[o] = lastIndex
    }
  }
  return { rows, plte: plte.slice(0, count * 3), trns: opaque ? undefined : alpha.slice(0, count) }
}

/**
 * PNG chunk surgery: provenance as `tEXt`/`iTXt` chunks inserted after IHDR, and a reader for tests
 * and tools. Pure byte work, no dependencies.
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

/**
 * Inserts one text chunk per entry right after IHDR (so readers that stop early see them):
 * `tEXt` when the value is Latin-1 (ids, versions), `iTXt` (UTF-8) otherwise (the alt text).
 * Keywords must be Latin-1, 1–79 characters.
 * @example
 * withText(png, { 'onrecord:kind': 'actor' })
 */
export function withText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8)
  const zero = new Uint8Array(1)
  const chunks = Object.entries(entries).map(([key, value]) =>
    isLatin1(value)
      ? chunk('tEXt', concat(latin1(key), zero, latin1(value)))
      : chunk('iTXt', concat(latin1(key), new Uint8Array(5), new TextEncoder().encode(value))),
  )
  return concat(png.subarray(0, ihdrEnd), ...chunks, png.subarray(ihdrEnd))
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

/** Width and height from IHDR. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

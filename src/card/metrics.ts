/**
 * Advance widths read from the bundled WOFF fonts, so that text fitting measures with the
 * very glyphs satori will draw. Reads only `head`, `hhea`, `hmtx` and `cmap`; ignores
 * kerning and ligatures, which only ever make satori's line narrower than this measure,
 * so a line that fits here fits on the card.
 */

/** Advance width in em of each code point a font maps. */
export type Advances = Map<number, number>

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  // WOFF tables are zlib streams: the Compression Streams "deflate" format.
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

async function woffTables(buffer: ArrayBuffer, wanted: readonly string[]): Promise<Map<string, DataView>> {
  const view = new DataView(buffer)
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF font (signature is not "wOFF")')
  const tables = new Map<string, DataView>()
  const count = view.getUint16(12)
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3))
    if (!wanted.includes(tag)) continue
    const offset = view.getUint32(at + 4)
    const compressed = view.getUint32(at + 8)
    const length = view.getUint32(at + 12)
    const raw = new Uint8Array(buffer, offset, compressed)
    const bytes = compressed < length ? await inflate(raw) : raw.slice()
    tables.set(tag, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  }
  for (const tag of wanted) if (!tables.has(tag)) throw new Error(`WOFF font has no "${tag}" table`)
  return tables
}

/** Code point → glyph id, from the best Unicode subtable (format 12, else format 4). */
function readCmap(cmap: DataView): Map<number, number> {
  const map = new Map<number, number>()
  const subtables: { format: number; offset: number }[] = []
  for (let i = 0; i < cmap.getUint16(2); i++) {
    const platform = cmap.getUint16(4 + i * 8)
    const encoding = cmap.getUint16(6 + i * 8)
    const offset = cmap.getUint32(8 + i * 8)
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))
      subtables.push({ format: cmap.getUint16(offset), offset })
  }
  const best = subtables.find((s) => s.format === 12) ?? subtables.find((s) => s.format === 4)
  if (!best) throw new Error('font has no Unicode cmap subtable of format 4 or 12')
  const o = best.offset
  if (best.format === 12) {
    for (let g = 0; g < cmap.getUint32(o + 12); g++) {
      const at = o + 16 + g * 12
      const first = cmap.getUint32(at)
      const last = cmap.getUint32(at + 4)
      const glyph = cmap.getUint32(at + 8)
      for (let c = first; c <= last; c++) map.set(c, glyph + c - first)
    }
    return map
  }
  const segments = cmap.getUint16(o + 6) / 2
  const ends = o + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const ranges = deltas + segments * 2
  for (let s = 0; s < segments; s++) {
    const end = cmap.getUint16(ends + s * 2)
    const start = cmap.getUint16(starts + s * 2)
    const delta = cmap.getInt16(deltas + s * 2)
    const range = cmap.getUint16(ranges + s * 2)
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number
      if (range === 0) glyph = (c + delta) & 0xffff
      else {
        const raw = cmap.getUint16(ranges + s * 2 + range + (c - start) * 2)
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff
      }
      if (glyph !== 0) map.set(c, glyph)
    }
  }
  return map
}

/**
 * @example
 * const advances = await readAdvances(interLatin400)
 * advances.get(0x41) // 0.652… (the em width of "A")
 */
export async function readAdvances(buffer: ArrayBuffer): Promise<Advances> {
  const t = await woffTables(buffer, ['head', 'hhea', 'hmtx', 'cmap'])
  const unitsPerEm = t.get('head')!.getUint16(18)
  const metrics = t.get('hhea')!.getUint16(34)
  const hmtx = t.get('hmtx')!
  const width = (glyph: number) => hmtx.getUint16(Math.min(glyph, metrics - 1) * 4)
  const advances: Advances = new Map()
  for (const [codePoint, glyph] of readCmap(t.get('cmap')!)) advances.set(codePoint, width(glyph) / unitsPerEm)
  return advances
}

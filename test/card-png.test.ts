/**
 * The cards' PNG encoder, checked with an independent decoder (fast-png): what it writes
 * decodes to exactly the pixels resvg rendered — indexed when there are at most 256 colours,
 * truecolour otherwise — and every card kind, size and theme the Worker serves decodes to the
 * RGBA rendering of its own SVG.
 */
import { Resvg } from '@resvg/resvg-wasm'
import { convertIndexedToRgb, decode, type DecodedPng } from 'fast-png'
import { describe, expect, it } from 'vitest'
import { SIZES, SIZE_NAMES, THEMES } from '../src/card/params'
import { encodePng, encodePngSync, readText } from '../src/card/png'
import { rasterise } from '../src/card/render'
import { wasmReady } from '../src/card/wasm'
import { get } from './helpers/fetch'

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="40">
  <rect width="64" height="40" fill="#f6f3ee"/><circle cx="20" cy="20" r="14" fill="#b4231f"/>
  <path d="M36 6 L60 34 L36 34 Z" fill="#1b1b1f"/></svg>`

/** RGBA of a decoded PNG of any colour type, by fast-png's own palette expansion. */
function rgbaOf(png: DecodedPng): Uint8Array {
  const data = png.palette ? convertIndexedToRgb(png) : png.data
  const channels = png.palette ? png.palette[0]!.length : png.channels
  if (channels === 4) return Uint8Array.from(data)
  const out = new Uint8Array(png.width * png.height * 4).fill(255)
  for (let i = 0, o = 0; i < data.length; i += 3, o += 4) out.set([data[i]!, data[i + 1]!, data[i + 2]!], o)
  return out
}

/** The first differing pixel, or undefined: a readable failure instead of two 3 MB arrays. */
function firstDifference(a: Uint8Array, b: Uint8Array): string | undefined {
  if (a.length !== b.length) return `lengths ${a.length} and ${b.length}`
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `pixel ${Math.floor(i / 4)}: [${a.subarray(i & ~3, (i & ~3) + 4).join()}] vs [${b.subarray(i & ~3, (i & ~3) + 4).join()}]`
  return undefined
}

describe('encodePng', () => {
  it('writes a picture of few colours as an indexed PNG, pixel for pixel, with its text chunks', async () => {
    await wasmReady()
    const image = new Resvg(SVG).render()
    const pixels = image.pixels.slice()
    const theirs = decode(image.asPng())
    image.free()
    const bytes = await encodePng(pixels, 64, 40, { 'onrecord:kind': 'test', Description: 'Zelenskyy — Зеленський' })
    const ours = decode(bytes)
    expect([ours.width, ours.height, ours.channels, ours.depth]).toEqual([64, 40, 1, 8])
    expect(ours.palette!.length).toBeLessThanOrEqual(256)
    expect(ours.palette![0]).toHaveLength(3) // every pixel is opaque: no tRNS chunk
    expect(firstDifference(rgbaOf(ours), pixels)).toBeUndefined()
    // resvg's own encoder agrees about the picture.
    expect(firstDifference(rgbaOf(theirs), pixels)).toBeUndefined()
    expect(ours.text['onrecord:kind']).toBe('test') // tEXt, read by fast-png; the Cyrillic goes in iTXt
    expect(readText(bytes)).toEqual({ 'onrecord:kind': 'test', Description: 'Zelenskyy — Зеленський' })
  })

  it('keeps transparency in tRNS', () => {
    const pixels = Uint8Array.of(200, 200, 200, 255, 10, 20, 30, 128, 1, 2, 3, 0, 200, 200, 200, 255)
    const png = decode(encodePngSync(pixels, 2, 2))
    expect(png.channels).toBe(1)
    expect(png.palette).toEqual([[200, 200, 200, 255], [10, 20, 30, 128], [1, 2, 3, 0]])
    expect([...rgbaOf(png)]).toEqual([...pixels])
  })

  it('falls back to truecolour above 256 colours: RGB when opaque, RGBA when not', () => {
    const width = 300
    const opaque = new Uint8Array(width * 2 * 4)
    for (let i = 0; i < width * 2; i++) opaque.set([i % width, (i * 7) % 256, i < width ? 0 : 255, 255], i * 4)
    const rgb = decode(encodePngSync(opaque, width, 2))
    expect([rgb.channels, rgb.palette]).toEqual([3, undefined])
    expect(firstDifference(rgbaOf(rgb), opaque)).toBeUndefined()
    const translucent = opaque.slice()
    translucent[3] = 17
    const rgba = decode(encodePngSync(translucent, width, 2))
    expect(rgba.channels).toBe(4)
    expect(firstDifference(rgbaOf(rgba), translucent)).toBeUndefined()
  })

  it('indexes pixels that start at an unaligned offset', () => {
    const backing = new Uint8Array(1 + 16)
    backing.set([9, 9, 9, 255, 9, 9, 9, 255, 4, 4, 4, 255, 9, 9, 9, 255], 1)
    const pixels = backing.subarray(1)
    expect([...rgbaOf(decode(encodePngSync(pixels, 2, 2)))]).toEqual([...pixels])
  })

  it('refuses pixels that do not match the size', async () => {
    await expect(encodePng(new Uint8Array(10), 2, 2)).rejects.toThrow('expected 16 bytes of RGBA for 2×2, received 10')
  })
})

// One card of each kind with the most to draw: a long actor card, a long quote, a topic of many entries.
const CARDS = [
  ['actors', 'donald-trump'],
  ['quotes', 'ca7c55e2-q09'],
  ['topics', 'peace-deal'],
] as const

describe('every card kind, size and theme', () => {
  for (const [plural, id] of CARDS) {
    for (const size of SIZE_NAMES) {
      for (const theme of THEMES) {
        it(`${plural}/${id} ${size} ${theme}: the PNG decodes to the RGBA rendering of the card's SVG`, async () => {
          const query = `?size=${size}&theme=${theme}`
          const [pngRes, svgRes] = await Promise.all([get(`/cards/${plural}/${id}.png${query}`), get(`/cards/${plural}/${id}.svg${query}`)])
          expect([pngRes.status, svgRes.status]).toEqual([200, 200])
          const bytes = new Uint8Array(await pngRes.arrayBuffer())
          const png = decode(bytes)
          await wasmReady('resvg')
          const rendered = rasterise(await svgRes.text())
          expect([png.width, png.height]).toEqual([SIZES[size].width, SIZES[size].height])
          expect(png.channels).toBe(1) // indexed: cards have far fewer than 256 colours
          expect(firstDifference(rgbaOf(png), rendered.pixels)).toBeUndefined()
          expect(readText(bytes)).toMatchObject({ 'onrecord:id': id, 'onrecord:params': `size=${size} theme=${theme}` })
        })
      }
    }
  }

  it('gives every card a PNG an independent decoder reads, with its provenance', async () => {
    const res = await get('/cards/actors/keir-starmer.png?size=square&theme=dark')
    expect(res.status).toBe(200)
    const bytes = new Uint8Array(await res.arrayBuffer())
    const png = decode(bytes)
    expect([png.width, png.height]).toEqual([1080, 1080])
    expect(png.text['onrecord:id']).toBe('keir-starmer')
    expect(readText(bytes)['onrecord:kind']).toBe('actor')
  })
})

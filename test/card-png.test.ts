/**
 * The cards' PNG encoder, checked with an independent decoder (fast-png): what it writes
 * decodes to exactly the pixels resvg rendered, and to the same picture as resvg's own encoder.
 */
import { Resvg } from '@resvg/resvg-wasm'
import { decode } from 'fast-png'
import { describe, expect, it } from 'vitest'
import { encodePng, readText } from '../src/card/png'
import { wasmReady } from '../src/card/wasm'
import { get } from './helpers/fetch'

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="40">
  <rect width="64" height="40" fill="#f6f3ee"/><circle cx="20" cy="20" r="14" fill="#b4231f"/>
  <path d="M36 6 L60 34 L36 34 Z" fill="#1b1b1f"/></svg>`

function rgb(rgba: ArrayLike<number>): number[] {
  const out: number[] = []
  for (let i = 0; i < rgba.length; i += 4) out.push(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!)
  return out
}

describe('encodePng', () => {
  it('writes the rendered pixels losslessly, as RGB when opaque, with its text chunks', async () => {
    await wasmReady()
    const image = new Resvg(SVG).render()
    const pixels = image.pixels.slice()
    const ours = decode(await encodePng(pixels, image.width, image.height, { 'onrecord:kind': 'test', Description: 'Zelenskyy — Зеленський' }))
    const theirs = decode(image.asPng())
    image.free()
    expect([ours.width, ours.height, ours.channels, ours.depth]).toEqual([64, 40, 3, 8])
    expect([...ours.data]).toEqual(rgb(pixels))
    expect(rgb(theirs.data.length === 64 * 40 * 4 ? theirs.data : [])).toEqual([...ours.data])
    expect(ours.text['onrecord:kind']).toBe('test')
  })

  it('keeps the alpha channel when a pixel is not opaque', async () => {
    const pixels = new Uint8Array(2 * 2 * 4).fill(200)
    pixels[3] = 0
    const png = decode(await encodePng(pixels, 2, 2))
    expect(png.channels).toBe(4)
    expect([...png.data]).toEqual([...pixels])
  })

  it('refuses pixels that do not match the size', async () => {
    await expect(encodePng(new Uint8Array(10), 2, 2)).rejects.toThrow('expected 16 bytes of RGBA for 2×2, received 10')
  })

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

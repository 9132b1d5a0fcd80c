import { Hono } from 'hono'
import a from '../data/sources/2025-02-26-ca7c55e2.txt'
import yoga from 'satori/yoga.wasm'
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm'
import { init } from 'satori/standalone'
import satori from 'satori/standalone'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import font from '@fontsource/inter/files/inter-latin-400-normal.woff'
let ready: Promise<unknown> | undefined
const app = new Hono()
app.get('/', (c) => c.text(String(a.length)))
app.get('/png', async (c) => {
  ready ??= Promise.all([init(yoga), initWasm(resvgWasm)])
  await ready
  const svg = await satori({ type: 'div', props: { style: { display: 'flex', fontSize: 40 }, children: 'Hello ’ “x”' } } as any, { width: 1200, height: 630, fonts: [{ name: 'Inter', data: font, weight: 400, style: 'normal' }] })
  const png = new Resvg(svg).render().asPng()
  return c.body(png, 200, { 'content-type': 'image/png' })
})
export default app

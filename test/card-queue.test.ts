/**
 * Bounded memory under a burst: renders in one isolate go one at a time through the render
 * queue, so 64 concurrent first renders leave the renderer's wasm memory within 64 MiB
 * (without the queue the same burst grew it past 300 MiB, and wasm memory never shrinks).
 */
import { describe, expect, it } from 'vitest'
import { renderCard } from '../src/card/card'
import { cardModel } from '../src/card/model'
import { SIZE_NAMES, THEMES } from '../src/card/params'
import { inRenderQueue, renderQueueLength } from '../src/card/queue'
import { wasmMemoryBytes } from '../src/card/wasm'
import { seedStore as getStore } from './helpers/seed'
import { everyCard } from './helpers/cards'

const MiB = 1024 * 1024

describe('the render queue', () => {
  it('runs tasks one at a time, in the order they came, and a failure does not stop the next', async () => {
    let running = 0
    let most = 0
    const order: number[] = []
    const task = (n: number) => async () => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, 2))
      order.push(n)
      running--
      if (n === 3) throw new Error('task 3 failed')
      return n
    }
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => inRenderQueue(task(n))))
    expect(most).toBe(1)
    expect(order).toEqual([1, 2, 3, 4, 5])
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([1, 2, 'task 3 failed', 4, 5])
    expect(renderQueueLength()).toBe(0)
  })

  it('keeps wasm memory within 64 MiB after 64 concurrent first renders', async () => {
    const store = getStore()
    const requests = everyCard()
      .flatMap(([plural, id]) => SIZE_NAMES.flatMap((size) => THEMES.map((theme) => ({ kind: plural.slice(0, -1) as 'actor' | 'quote' | 'topic', id, size, theme, format: 'png' as const }))))
      // The largest first: story cards (8.3 MB of pixels each) of every kind.
      .sort((a, b) => Number(b.size === 'story') - Number(a.size === 'story'))
      .slice(0, 64)
    expect(requests).toHaveLength(64)
    const renders = requests.map((r) => renderCard(store.version, cardModel(store, r.kind, r.id)!, r))
    expect(renderQueueLength()).toBe(64)
    const bodies = await Promise.all(renders)
    expect(bodies.every((b) => b.body instanceof Uint8Array && b.body.length > 1000)).toBe(true)
    const bytes = wasmMemoryBytes()
    console.log(`wasm memory after 64 concurrent renders: ${(bytes / MiB).toFixed(1)} MiB`)
    expect(bytes).toBeGreaterThan(0)
    expect(bytes).toBeLessThanOrEqual(64 * MiB)
  }, 120_000)
})

/**
 * D1 allows 50 queries per invocation on the Workers free plan (1,000 on paid). Every page, API
 * answer and card here is counted: each statement prepared is one query, batched or not.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import app from '../src/index'

function counting(db: D1Database): { db: D1Database; count: () => number } {
  let n = 0
  const proxy = new Proxy(db, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown
      if (prop === 'prepare') return (sql: string) => (n++, target.prepare(sql))
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    },
  })
  return { db: proxy, count: () => n }
}

const PATHS = [
  '/',
  '/?actor=donald-trump',
  '/actors/donald-trump',
  '/quotes/ca7c55e2-q08',
  '/topics/security-guarantees',
  '/api/actors',
  '/api/actors/donald-trump',
  '/api/quotes?actor=donald-trump',
  '/api/topics/security-guarantees',
  '/api/sources/2025-02-26-ca7c55e2',
  '/cards/actors/keir-starmer.json',
  '/oembed?url=http%3A%2F%2Fx%2Factors%2Fkeir-starmer',
]

describe('queries per request', () => {
  it.each(PATHS)('%s stays within the free plan’s 50 queries', async (path) => {
    const { db, count } = counting(env.DB)
    const ctx = createExecutionContext()
    const res = await app.fetch(new Request(`http://x${path}`), { ...env, DB: db }, ctx)
    await waitOnExecutionContext(ctx)
    expect(res.status, await res.clone().text()).toBe(200)
    expect(count()).toBeGreaterThan(0)
    expect(count()).toBeLessThanOrEqual(50)
  })
})

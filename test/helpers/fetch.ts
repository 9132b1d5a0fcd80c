/** Shared helpers for the workerd tests: every test talks to the Worker through a Request. */
import { exports } from 'cloudflare:workers'
import { expect, vi } from 'vitest'

export const ORIGIN = 'http://onrecord.test'

export function get(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, init))
}

export async function getJson<T = any>(path: string): Promise<T> {
  const res = await get(path)
  expect(res.status, `${path} answered ${res.status}: ${await res.clone().text()}`).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
  return (await res.json()) as T
}

/** Asserts an RFC 9457 answer and returns its body. */
export async function expectProblem(res: Response, status: number): Promise<Record<string, any>> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
  const body = (await res.json()) as Record<string, any>
  expect(body).toMatchObject({ type: 'about:blank', status })
  expect(typeof body.title).toBe('string')
  expect(typeof body.detail).toBe('string')
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/)
  return body
}

let fresh = false
/**
 * The Worker's app imported anew by this test file, so that the file's `vi.mock`s apply (the
 * main module behind `exports` was loaded before the file's mocks, by the D1 setup).
 */
export async function getFromApp(path: string, init?: RequestInit): Promise<Response> {
  if (!fresh) {
    vi.resetModules()
    fresh = true
  }
  const [{ default: app }, { env, createExecutionContext, waitOnExecutionContext }] = await Promise.all([import('../../src/index'), import('cloudflare:test')])
  const ctx = createExecutionContext()
  const res = await app.fetch(new Request(`${ORIGIN}${path}`, init), env, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

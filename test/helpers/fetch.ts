/** Shared helpers for the workerd tests: every test talks to the Worker through a Request. */
import { exports } from 'cloudflare:workers'
import { expect } from 'vitest'

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

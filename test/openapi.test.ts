/**
 * /openapi.json must describe what the routes really return: every documented GET path is
 * called with real ids and its answer validated against the document's own schema, with
 * undocumented fields refused (additionalProperties: false is added to every object schema).
 */
import { Validator } from '@cfworker/json-schema'
import { describe, expect, it } from 'vitest'
import { get, getJson } from './helpers/fetch'

type Schema = Record<string, any>

function closeObjects(schema: unknown): void {
  if (Array.isArray(schema)) return schema.forEach(closeObjects)
  if (schema === null || typeof schema !== 'object') return
  const s = schema as Schema
  if (s.type === 'object' && s.properties && s.additionalProperties === undefined) s.additionalProperties = false
  for (const value of Object.values(s)) closeObjects(value)
}

const EXAMPLE_IDS: Record<string, string> = {
  '/api/actors/{id}': 'keir-starmer',
  '/api/quotes/{id}': 'ca7c55e2-q08',
  '/api/topics/{id}': 'security-guarantees',
  '/api/sources/{id}': '2025-02-26-5978e6f2',
}

describe('/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every API route', async () => {
    const doc = await getJson('/openapi.json')
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual(expect.arrayContaining(['/api/actors', '/api/actors/{id}', '/api/quotes', '/api/quotes/{id}', '/api/topics', '/api/topics/{id}', '/api/sources', '/api/sources/{id}']))
    expect(doc.paths['/api/quotes'].get.parameters.map((p: any) => p.name).sort()).toEqual(['actor', 'after', 'kind', 'limit', 'source', 'topic'])
  })

  it('matches what every documented route returns, field for field', async () => {
    const doc = await getJson('/openapi.json')
    closeObjects(doc.components)
    // The public reads (the desk's routes need an editor; test/editor.test.ts covers them).
    const apiPaths = Object.keys(doc.paths).filter((p) => p.startsWith('/api/') && !p.startsWith('/api/editor/'))
    expect(apiPaths.length).toBeGreaterThanOrEqual(8)
    for (const path of apiPaths) {
      const operation = doc.paths[path].get
      const schema = structuredClone(operation.responses['200'].content['application/json'].schema)
      closeObjects(schema)
      const validator = new Validator({ ...schema, components: doc.components }, '2020-12', false)
      const url = path.replace('{id}', EXAMPLE_IDS[path] ?? '')
      const result = validator.validate(await getJson(url))
      expect(result.errors.slice(0, 5), `${url} does not match its documented schema`).toEqual([])
    }
  })

  it('documents the problem+json answers', async () => {
    const doc = await getJson('/openapi.json')
    expect(doc.paths['/api/actors/{id}'].get.responses['404'].content['application/problem+json']).toBeDefined()
    expect(doc.paths['/api/quotes'].get.responses['400'].content['application/problem+json']).toBeDefined()
    const card = doc.paths['/cards/{kind}/{file}'].get
    expect(Object.keys(card.responses['200'].content)).toEqual(['image/png', 'image/svg+xml', 'application/json'])
    expect(card.parameters.find((p: any) => p.name === 'size').schema.enum).toEqual(['og', 'square', 'story'])
    const res = await get('/openapi.json')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })
})

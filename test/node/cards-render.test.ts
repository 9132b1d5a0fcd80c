/**
 * The free plan's way: `npm run cards:render` renders every card in Node into R2, and a Worker
 * with RENDER_ON_REQUEST = "false" serves them all without rendering — and answers a card it
 * does not have with 503, never a render.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { prepareDatabase, startDevServer, type DevServer } from '../../scripts/lib/dev-server'

describe('npm run cards:render, then a Worker that never renders', { timeout: 180_000 }, () => {
  let worker: DevServer | undefined
  afterAll(async () => {
    await worker?.stop()
  })

  it('serves every og card from R2 and refuses to render the rest', async () => {
    const state = mkdtempSync(join(tmpdir(), 'onrecord-free-'))
    await prepareDatabase(process.cwd(), state)
    const tsx = join('node_modules', '.bin', 'tsx')
    const first = execFileSync(tsx, ['scripts/cards-render.ts', '--persist-to', state], { encoding: 'utf8' })
    // 6 actors + 35 statements + 6 topics, two themes each
    expect(first).toMatch(/^Cards in the local R2 bucket: 94 rendered, 0 already there/m)
    const second = execFileSync(tsx, ['scripts/cards-render.ts', '--persist-to', state], { encoding: 'utf8' })
    expect(second).toMatch(/^Cards in the local R2 bucket: 0 rendered, 94 already there/m)

    worker = await startDevServer({ persistTo: state, vars: { RENDER_ON_REQUEST: 'false' } })
    for (const path of ['/cards/actors/keir-starmer.png', '/cards/quotes/ca7c55e2-q06.png?theme=dark', '/cards/topics/peace-deal.png']) {
      const res = await fetch(`${worker.baseUrl}${path}`)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('x-card-cache')).toBe('hit; r2')
      expect(res.headers.get('content-type')).toBe('image/png')
    }
    const story = await fetch(`${worker.baseUrl}/cards/actors/keir-starmer.png?size=story`)
    expect(story.status).toBe(503)
    expect(story.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
  })
})

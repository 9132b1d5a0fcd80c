/**
 * "With the Worker running, `npm run ingest` adds an article; without a restart, /api/sources lists
 * it and its actors' cards answer image/png", end to end: `wrangler dev` on a fresh local D1, the
 * ingest CLI writing to the same database, then the running Worker serves the new actor's JSON,
 * card (rendered at ingest, read from R2) and share page. No file under src/ or data/ changes.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startDevServer, type DevServer } from '../../scripts/lib/dev-server'

describe('a new article through ingest to its cards, with the Worker running', { timeout: 180_000 }, () => {
  let worker: DevServer | undefined
  afterAll(async () => {
    await worker?.stop()
  })

  it('serves the new source, actor, card and page at once', async () => {
    const state = mkdtempSync(join(tmpdir(), 'onrecord-e2e-'))
    worker = await startDevServer({ persistTo: state })
    const before = (await (await fetch(`${worker.baseUrl}/api/sources`)).json()) as { sources: unknown[] }
    expect(before.sources).toHaveLength(2)
    expect((await fetch(`${worker.baseUrl}/api/actors/priya-raman`)).status).toBe(404)

    const out = execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/ingest.ts', 'test/fixtures/articles/port-strike.txt', '--persist-to', state, '--publisher', 'Eastbridge Gazette'], {
      encoding: 'utf8',
      stdio: 'pipe',
    })
    expect(out).toMatch(/Cards: \d+ rendered into R2/)

    const after = (await (await fetch(`${worker.baseUrl}/api/sources`)).json()) as { sources: { publisher: string | null }[] }
    expect(after.sources).toHaveLength(3)
    expect(after.sources[2]).toMatchObject({ publisher: 'Eastbridge Gazette' })
    const actor = (await (await fetch(`${worker.baseUrl}/api/actors/priya-raman`)).json()) as { statements: unknown[] }
    expect(actor).toMatchObject({ name: 'Priya Raman', role: "general secretary of the Dockers' Union", new: true })
    expect(actor.statements[0]).toMatchObject({ text: 'This is not everything we asked for, but it is a fair deal,', conduit: 'BBC' })

    const card = await fetch(`${worker.baseUrl}/cards/actors/priya-raman.png`)
    expect(card.status).toBe(200)
    expect(card.headers.get('content-type')).toBe('image/png')
    // Rendered by the ingest (in Node, with the Worker's code) and read from R2: the request rendered nothing.
    expect(card.headers.get('x-card-cache')).toBe('hit; r2')
    const png = new Uint8Array(await card.arrayBuffer())
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
    expect(decodeURIComponent(card.headers.get('x-card-alt') ?? '')).toContain('This is not everything we asked for, but it is a fair deal')

    const page = await fetch(`${worker.baseUrl}/actors/priya-raman`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Eastbridge Gazette')
  })
})

/**
 * "Ingesting a new article makes its actors' cards appear without code changes", end to end:
 * a copy of the project, `npm run ingest` of a new article into its data/, then `wrangler dev`
 * on that copy serves the new actor's card, JSON and share page. No file under src/ changes.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startDevServer, type DevServer } from '../../scripts/lib/dev-server'

const ROOT = resolve('.')
const COPY = ['src', 'data', 'scripts', 'wrangler.toml', 'package.json', 'tsconfig.json', 'worker-configuration.d.ts']

describe('a new article through ingest to its cards', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-project-'))
  let worker: DevServer | undefined
  afterAll(async () => {
    await worker?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves the new actors’ cards and pages with no code change', async () => {
    for (const entry of COPY) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
    const srcBefore = execFileSync('git', ['ls-files', '-s', 'src'], { cwd: ROOT, encoding: 'utf8' })

    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/ingest.ts', join(ROOT, 'test/fixtures/articles/port-strike.txt'), '--publisher', 'Eastbridge Gazette'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    })
    // ingest wrote data only: the copied src/ is byte-identical to the repository's
    for (const file of srcBefore.split('\n').filter(Boolean).map((line) => line.split('\t')[1]!))
      expect(readFileSync(join(dir, file), 'utf8'), file).toBe(readFileSync(join(ROOT, file), 'utf8'))

    worker = await startDevServer({ cwd: dir })
    const actor = (await (await fetch(`${worker.baseUrl}/api/actors/priya-raman`)).json()) as { statements: unknown[] }
    expect(actor).toMatchObject({ name: 'Priya Raman', role: "general secretary of the Dockers' Union", new: true })
    expect(actor.statements[0]).toMatchObject({ text: 'This is not everything we asked for, but it is a fair deal,', conduit: 'BBC' })

    const card = await fetch(`${worker.baseUrl}/cards/actors/priya-raman.png`)
    expect(card.status).toBe(200)
    expect(card.headers.get('content-type')).toBe('image/png')
    const png = new Uint8Array(await card.arrayBuffer())
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
    expect(decodeURIComponent(card.headers.get('x-card-alt') ?? '')).toContain('This is not everything we asked for, but it is a fair deal')

    const page = await fetch(`${worker.baseUrl}/actors/priya-raman`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Eastbridge Gazette')
  })
})

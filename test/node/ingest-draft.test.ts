/**
 * `npm run ingest -- --draft` sends an article to the desk, not to the public: with the Worker
 * running on the same local D1, the desk's API shows the draft (created by the CLI's user, through
 * the same createDraft as POST /api/editor/articles) while the public API knows nothing of it.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startDevServer, type DevServer } from '../../scripts/lib/dev-server'

describe('ingest --draft', { timeout: 180_000 }, () => {
  let worker: DevServer | undefined
  afterAll(async () => {
    await worker?.stop()
  })

  it('puts the article at the desk, invisible to the public', async () => {
    const token = randomBytes(18).toString('base64url')
    const state = mkdtempSync(join(tmpdir(), 'onrecord-draft-'))
    worker = await startDevServer({ persistTo: state, vars: { EDITOR_TOKENS: `ci:${token}` } })
    const run = () =>
      execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/ingest.ts', 'test/fixtures/articles/port-strike.txt', '--persist-to', state, '--draft', '--publisher', 'Eastbridge Gazette'], { encoding: 'utf8', stdio: 'pipe' })
    const out = run()
    const id = /Sent to the desk as draft (\S+) \(draft\)/.exec(out)?.[1]
    expect(id, out).toBeDefined()
    expect(run()).toContain(`Already at the desk as draft ${id} (draft)`)

    const auth = { Authorization: `Bearer ${token}` }
    const draft = (await (await fetch(`${worker.baseUrl}/api/editor/articles/${id}`, { headers: auth })).json()) as { status: string; createdBy: string; source: { publisher: string }; statements: { status: string; speaker: { name: string } }[] }
    expect(draft).toMatchObject({ status: 'draft', createdBy: `cli:${userInfo().username}`, source: { publisher: 'Eastbridge Gazette' } })
    expect(draft.statements[0]).toMatchObject({ status: 'proposed', speaker: { name: 'Priya Raman' } })
    expect((await fetch(`${worker.baseUrl}/api/sources/${id}`)).status).toBe(404)
    expect((await fetch(`${worker.baseUrl}/api/actors/priya-raman`)).status).toBe(404)
    const audit = (await (await fetch(`${worker.baseUrl}/api/editor/audit`, { headers: auth })).json()) as { entries: { who: string; action: string }[] }
    expect(audit.entries).toMatchObject([{ who: `cli:${userInfo().username}`, action: 'draft.create' }])
  })
})

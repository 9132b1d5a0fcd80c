/** `npm run check:data` as an editor meets it: exit code and messages on real and broken data. */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const tsx = join('node_modules', '.bin', 'tsx')
const run = (dir: string) => {
  try {
    return { code: 0, out: execFileSync(tsx, ['scripts/check-data.ts', dir], { encoding: 'utf8', stdio: 'pipe' }) }
  } catch (error) {
    const e = error as { status: number; stderr: string }
    return { code: e.status, out: e.stderr }
  }
}

describe('npm run check:data', { timeout: 60_000 }, () => {
  let dir: string | undefined
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

  it('passes on the real data and counts it', () => {
    const { code, out } = run('data')
    expect(code).toBe(0)
    expect(out).toMatch(/^data: OK — 2 sources, 6 actors, 35 statements, 6 topics, 12 positions, 3 linked utterances/)
  })

  it('fails naming the record when a quote is altered in a copy of the data', () => {
    dir = mkdtempSync(join(tmpdir(), 'onrecord-data-'))
    cpSync('data', dir, { recursive: true })
    const file = join(dir, 'statements.json')
    writeFileSync(file, readFileSync(file, 'utf8').replace('NATO, you can forget about,', 'NATO, you can forget about it,'))
    const { code, out } = run(dir)
    expect(code).toBe(1)
    expect(out).toContain('statement "ca7c55e2-q11": text is not at offset 2281 of source "2025-02-26-ca7c55e2"')
  })
})

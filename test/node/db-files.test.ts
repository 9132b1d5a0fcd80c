/**
 * data/ and D1 agree: `db:seed` then `db:export` gives data/ back byte for byte, so the corpus can
 * always be reviewed, diffed and backed up as files; seeding renders the cards; and the Worker's
 * bundle carries no article.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const tsx = join('node_modules', '.bin', 'tsx')
const filesOf = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(json|txt)$/.test(f))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  )

describe('the corpus between data/ and D1', { timeout: 120_000 }, () => {
  it('exports after seeding exactly the files it was seeded from', () => {
    const state = mkdtempSync(join(tmpdir(), 'onrecord-roundtrip-'))
    const out = join(state, 'exported')
    const seeded = execFileSync(tsx, ['scripts/db.ts', 'seed', '--persist-to', state], { encoding: 'utf8' })
    // a line of its own: wrangler may print others first ("Using secrets defined in .dev.vars" after npm start made one)
    expect(seeded).toMatch(/^Seeded the local database from data\/ \(data version [0-9a-f]{16}\)\./m)
    // Seeding publishes: every card's og size in both themes (6 actors, 35 statements, 6 topics).
    expect(seeded).toMatch(/^Cards: 94 rendered into R2, 0 already there\.$/m)
    execFileSync(tsx, ['scripts/db.ts', 'export', '--persist-to', state, '--out', out], { encoding: 'utf8' })
    const exported = filesOf(out)
    expect(Object.keys(exported)).toEqual(Object.keys(filesOf('data')))
    expect(exported).toEqual(filesOf('data'))
    // A second seed into a database that holds data refuses, naming why.
    const again = (() => {
      try {
        return execFileSync(tsx, ['scripts/db.ts', 'seed', '--persist-to', state], { encoding: 'utf8', stdio: 'pipe' })
      } catch (error) {
        return String((error as { stderr: string }).stderr)
      }
    })()
    expect(again).toMatch(/^The database already holds data \(data version [0-9a-f]{16}\); seeding loads data only into an empty database\./m)
  })

  it('bundles no article text into the Worker', () => {
    const out = mkdtempSync(join(tmpdir(), 'onrecord-dist-'))
    execFileSync(process.execPath, ['scripts/wrangler.mjs', 'deploy', '--dry-run', '--env', 'production', '--outdir', out], { stdio: 'pipe', env: { ...process.env, CI: 'true' } })
    const bundle = readdirSync(out).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, f), 'utf8')).join('\n')
    expect(bundle.length).toBeGreaterThan(100_000)
    for (const id of ['2025-02-26-ca7c55e2', '2025-02-26-5978e6f2']) {
      const text = readFileSync(join('data', 'sources', `${id}.txt`), 'utf8')
      // Three sentences from each article, none of them in the code.
      for (const at of [0.2, 0.5, 0.8]) {
        const start = Math.floor(text.length * at)
        expect(bundle).not.toContain(text.slice(start, start + 50))
      }
    }
  })
})

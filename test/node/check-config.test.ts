/**
 * PUBLIC_ORIGIN is required when deployed: `npm run check:config -- --env production` (run by
 * `npm run check:production` and `npm run deploy`) refuses an empty, non-https or non-origin
 * value, and passes a public https origin; the top-level (wrangler dev) environment may leave
 * it empty, meaning the request's own origin.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { publicOriginProblems } from '../../scripts/lib/public-origin'

const tsx = join('node_modules', '.bin', 'tsx')
const run = (args: string[]) => {
  try {
    return { code: 0, out: execFileSync(tsx, ['scripts/check-config.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }) }
  } catch (error) {
    const e = error as { status: number; stderr: string }
    return { code: e.status, out: e.stderr }
  }
}

describe('PUBLIC_ORIGIN', () => {
  it('must be a public https origin in production', () => {
    expect(publicOriginProblems('', 'production')).toEqual([
      '[env.production] PUBLIC_ORIGIN is empty; a deployed Worker must name its public origin (for example "https://onrecord.example.com") so that links never follow a request\'s Host.',
    ])
    expect(publicOriginProblems('http://onrecord.example.com', 'production')).toEqual([
      '[env.production] PUBLIC_ORIGIN is "http://onrecord.example.com"; a deployed Worker must use https.',
    ])
    expect(publicOriginProblems('https://onrecord.example.com/cards', 'production')).toEqual([
      '[env.production] PUBLIC_ORIGIN is "https://onrecord.example.com/cards"; expected an origin only (scheme and host), such as "https://onrecord.example.com".',
    ])
    expect(publicOriginProblems('onrecord.example.com', 'production')).toEqual([
      '[env.production] PUBLIC_ORIGIN is "onrecord.example.com", which is not a URL; expected an origin such as "https://onrecord.example.com".',
    ])
    expect(publicOriginProblems('https://onrecord.example.com', 'production')).toEqual([])
    expect(publicOriginProblems('https://onrecord.example.com/', 'production')).toEqual([])
  })

  it('may be empty outside a deployed environment (wrangler dev uses the request origin)', () => {
    expect(publicOriginProblems('', undefined)).toEqual([])
    expect(publicOriginProblems('http://127.0.0.1:8787', undefined)).toEqual([])
  })
})

describe('npm run check:config', { timeout: 60_000 }, () => {
  let dir: string | undefined
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

  const withProductionOrigin = (value: string) => {
    dir = mkdtempSync(join(tmpdir(), 'onrecord-config-'))
    const file = join(dir, 'wrangler.toml')
    const toml = readFileSync('wrangler.toml', 'utf8').replace(/\[env\.production\.vars\]\nPUBLIC_ORIGIN = ".*"/, `[env.production.vars]\nPUBLIC_ORIGIN = ${JSON.stringify(value)}`)
    expect(toml).toContain(`PUBLIC_ORIGIN = ${JSON.stringify(value)}`)
    writeFileSync(file, toml.replace('main = "src/index.ts"', `main = ${JSON.stringify(join(process.cwd(), 'src/index.ts'))}`))
    return file
  }

  it('refuses the project’s wrangler.toml for production while its PUBLIC_ORIGIN is empty', () => {
    const { code, out } = run(['--config', withProductionOrigin(''), '--env', 'production'])
    expect(code).toBe(1)
    expect(out).toContain('- [env.production] PUBLIC_ORIGIN is empty; a deployed Worker must name its public origin')
  })

  it('passes it with a public https origin, and the top-level environment with an empty one', () => {
    const file = withProductionOrigin('https://onrecord.example.com')
    expect(run(['--config', file, '--env', 'production'])).toMatchObject({ code: 0, out: expect.stringContaining('OK — PUBLIC_ORIGIN "https://onrecord.example.com"') })
    expect(run(['--config', file])).toMatchObject({ code: 0, out: expect.stringContaining('OK — PUBLIC_ORIGIN empty') })
  })
})

/**
 * The Worker's bindings (D1, R2) for Node scripts, through wrangler: local by default — the same
 * SQLite file and R2 folder under .wrangler/state that `wrangler dev` uses, so a running Worker
 * sees every write at once — or production's with `--remote` (the `production` environment of
 * wrangler.toml, whose bindings are marked remote; needs `wrangler login`).
 */
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { getPlatformProxy } from 'wrangler'

export interface Platform {
  env: { DB: D1Database; CARDS: R2Bucket }
  dispose: () => Promise<void>
}

export interface PlatformOptions {
  remote?: boolean
  /** The state folder of `wrangler dev --persist-to` (default .wrangler/state). */
  persistTo?: string
  /** The project folder (default: the current directory). */
  cwd?: string
}

export const DATABASE = 'onrecord'

function wrangler(args: string[], cwd: string): string {
  return execFileSync(process.execPath, [join(cwd, 'scripts', 'wrangler.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/**
 * Applies the migrations not yet applied (`wrangler d1 migrations apply`). Locally, another
 * process (a running Worker, a second ingest) may hold the SQLite file for a moment: that is
 * waited out, a few times, rather than reported as a failure.
 */
export function migrate(options: PlatformOptions = {}): string {
  for (let attempt = 1; ; attempt++) {
    try {
      return migrateOnce(options)
    } catch (error) {
      const text = `${(error as { stderr?: string }).stderr ?? ''}${(error as { stdout?: string }).stdout ?? ''}${(error as Error).message}`
      if (!/SQLITE_BUSY|database is locked/.test(text) || attempt >= 8) throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 150 * attempt)
    }
  }
}

function migrateOnce({ remote = false, persistTo, cwd = process.cwd() }: PlatformOptions): string {
  return wrangler(['d1', 'migrations', 'apply', DATABASE, ...(remote ? ['--remote', '--env', 'production'] : ['--local']), ...(persistTo ? ['--persist-to', persistTo] : [])], cwd)
}

export async function openPlatform({ remote = false, persistTo, cwd = process.cwd() }: PlatformOptions = {}): Promise<Platform> {
  const proxy = await getPlatformProxy<Platform['env']>({
    configPath: join(cwd, 'wrangler.toml'),
    ...(remote ? { environment: 'production', remoteBindings: true } : { remoteBindings: false }),
    persist: { path: join(resolve(cwd, persistTo ?? '.wrangler/state'), 'v3') },
  })
  return { env: proxy.env, dispose: () => proxy.dispose() }
}

/** `--remote` and `--persist-to DIR` from a script's arguments. */
export function platformArgs(values: { remote?: boolean | undefined; 'persist-to'?: string | undefined }): PlatformOptions {
  return { remote: values.remote ?? false, ...(values['persist-to'] ? { persistTo: values['persist-to'] } : {}) }
}

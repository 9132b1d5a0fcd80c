/**
 * Starts the Worker with `wrangler dev` on a free port of 127.0.0.1 and waits until it
 * answers, on a local D1 with data/ loaded. Used by the benchmark, the browser tests and the ingest end-to-end test, so there
 * is one way to run a local Worker from code. A Worker that does not start throws with
 * wrangler's own output.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { seedIfEmpty } from '../../src/db/seed'
import { readRawData } from './data-files'
import { migrate, openPlatform } from './platform'

export interface DevServer {
  baseUrl: string
  stop: () => Promise<void>
}

export interface DevServerOptions {
  /** The project folder (default: the current directory). */
  cwd?: string
  /** A wrangler config other than the project's wrangler.toml. */
  config?: string
  /** The wrangler state folder (default: a fresh temporary one, with data/ loaded into its D1). */
  persistTo?: string
  /** Path the server must answer with 2xx before it counts as started. */
  readyPath?: string
  timeoutMs?: number
  /** Variables and secrets for the Worker (`--var NAME:VALUE`), e.g. EDITOR_TOKENS for the desk. */
  vars?: Record<string, string>
}

/** Migrations applied and data/ loaded, unless the database holds data already (as `npm start` does). */
export async function prepareDatabase(cwd: string, persistTo: string): Promise<void> {
  migrate({ cwd, persistTo })
  const platform = await openPlatform({ cwd, persistTo })
  try {
    await seedIfEmpty(platform.env.DB, readRawData(join(cwd, 'data')))
  } finally {
    await platform.dispose()
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * @example
 * const worker = await startDevServer()
 * await fetch(`${worker.baseUrl}/api/actors`)
 * await worker.stop()
 */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const { cwd = process.cwd(), config, readyPath = '/openapi.json', timeoutMs = 90_000 } = options
  const persistTo = options.persistTo ?? mkdtempSync(join(tmpdir(), 'onrecord-dev-state-'))
  await prepareDatabase(cwd, persistTo)
  const [port, inspector] = [await freePort(), await freePort()]
  const baseUrl = `http://127.0.0.1:${port}`
  const args = [
    join(cwd, 'scripts', 'wrangler.mjs'), 'dev',
    ...(config ? ['--config', config] : []),
    '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspector),
    '--show-interactive-dev-session=false',
    '--persist-to', persistTo,
    ...Object.entries(options.vars ?? {}).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
  ]
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  // The whole process group: wrangler.mjs, wrangler and workerd.
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    process.kill(-child.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))])
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
  }

  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode} before answering:\n${output}`)
    try {
      const res = await fetch(`${baseUrl}${readyPath}`)
      if (res.ok) return { baseUrl, stop }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`wrangler dev did not answer ${baseUrl}${readyPath} within ${timeoutMs / 1000} s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
}

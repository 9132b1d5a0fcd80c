import type { Page } from 'playwright-core'
/**
 * A headless chromium driven by playwright-core, with no browser download and no apt step:
 * CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when it is installed, else the
 * chromium shipped inside the npm package @sparticuz/chromium (a devDependency; it unpacks
 * itself to /tmp/chromium on first use and needs only nss, nspr and expat from the system).
 * A browser that cannot be found or started is a failure, never a skipped test.
 */
import sparticuz from '@sparticuz/chromium'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

/** Debian's chromium (apt package `chromium`), used when present. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/**
 * The executable the browser tests drive, and where it comes from.
 * @example
 * await chromiumExecutable() // { path: '/tmp/chromium', from: '@sparticuz/chromium' } on a machine without Debian's chromium
 */
export async function chromiumExecutable(
  system = SYSTEM_CHROMIUM,
  explicit = process.env.CHROMIUM_PATH,
): Promise<{ path: string; from: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium' }> {
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH is ${explicit}, which does not exist. Unset it to use ${system} or @sparticuz/chromium.`)
    return { path: explicit, from: 'CHROMIUM_PATH' }
  }
  if (existsSync(system)) return { path: system, from: 'system' }
  return { path: await sparticuz.executablePath(), from: '@sparticuz/chromium' }
}

/** Without the background-networking flags chromium's connections misbehave on machines with no internet. */
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // @sparticuz/chromium is a headless shell built for serverless sandboxes: no zygote process.
  '--no-zygote',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface Browser {
  context: BrowserContext
  close(): Promise<void>
}

/** A headless chromium with a fresh, empty profile, allowed to use the clipboard of `origin`. */
export async function launch(origin: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Browser> {
  const { path } = await chromiumExecutable()
  const profile = await mkdtemp(join(tmpdir(), 'onrecord-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: path,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
  return {
    context,
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/** Console errors, failed responses and uncaught exceptions of a page (a CSP violation is a console error). */
export function watch(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${m.text()} (${m.location().url})`)
  })
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`)
  })
  page.on('pageerror', (e) => problems.push(e.message))
  return problems
}

/**
 * Debian's chromium, driven by playwright-core. No browser download: the executable is
 * /usr/bin/chromium (apt package `chromium`; .ci/run installs it), or CHROMIUM_PATH.
 * A missing browser is a failure with the fix in its message, never a skipped test.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Without the background-networking flags chromium's connections misbehave on machines with no internet. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
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
  if (!existsSync(CHROMIUM)) {
    throw new Error(`chromium is missing at ${CHROMIUM}. Install Debian's chromium (apt-get install -y chromium; .ci/run does this) or set CHROMIUM_PATH.`)
  }
  const profile = await mkdtemp(join(tmpdir(), 'onrecord-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
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

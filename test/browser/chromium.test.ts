/**
 * The browser tests need no system browser: without Debian's chromium they drive the one
 * shipped in @sparticuz/chromium. Checked by pointing the lookup at a path that does not exist
 * and loading a page in what it returns.
 */
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ARGS, chromiumExecutable } from './chromium'

describe('chromium for the browser tests', () => {
  it('falls back to @sparticuz/chromium when /usr/bin/chromium is missing, and that browser runs pages', async () => {
    const exe = await chromiumExecutable('/nonexistent/usr/bin/chromium', undefined)
    expect(exe.from).toBe('@sparticuz/chromium')
    const browser = await chromium.launch({ executablePath: exe.path, headless: true, args: ARGS })
    try {
      const page = await browser.newPage()
      await page.setContent('<p id="x">on record</p><script>document.getElementById("x").dataset.ran = String(6 * 7)</script>')
      expect(await page.textContent('#x')).toBe('on record')
      expect(await page.getAttribute('#x', 'data-ran')).toBe('42')
      expect(await browser.version()).toMatch(/^\d+\./)
    } finally {
      await browser.close()
    }
  })

  it('refuses a CHROMIUM_PATH that does not exist, naming it', async () => {
    await expect(chromiumExecutable('/usr/bin/chromium', '/nonexistent/chrome')).rejects.toThrow(
      'CHROMIUM_PATH is /nonexistent/chrome, which does not exist. Unset it to use /usr/bin/chromium or @sparticuz/chromium.',
    )
  })
})

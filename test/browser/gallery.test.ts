/**
 * The gallery and a share page in a real browser (Debian chromium) against `wrangler dev`:
 * every card image decodes, the filters and pickers work with and without JavaScript,
 * the copy buttons put the share URL on the clipboard, and nothing breaks the CSP.
 * Screenshots land in test-results/ to be looked at.
 */
import { mkdir } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launch, watch, type Browser } from './chromium'

const base = inject('baseUrl')
let browser: Browser


/** Scrolls every image into view (they are lazy), waits for it to decode, returns what decoded. */
async function decodeAll(page: Page) {
  // Runs in the page; the test project's types have no DOM, hence the `any`.
  return page.evaluate(async () => {
    const { document, window } = globalThis as any
    const results = []
    for (const img of Array.from(document.images) as any[]) {
      img.scrollIntoView()
      let error = ''
      await img.decode().catch((e: Error) => (error = String(e)))
      results.push({ src: img.getAttribute('src'), natural: [img.naturalWidth, img.naturalHeight], declared: [Number(img.getAttribute('width')), Number(img.getAttribute('height'))], error })
    }
    window.scrollTo(0, 0)
    return results
  })
}

const readClipboard = (page: Page): Promise<string> => page.evaluate(() => (globalThis as any).navigator.clipboard.readText())

const cardIds = (page: Page) => page.locator('li.card-item').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-kind')}:${i.getAttribute('data-id')}`))

beforeAll(async () => {
  browser = await launch(base)
  await mkdir('test-results', { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

describe('gallery in chromium', () => {
  it('loads, and every card image decodes at its declared size', async () => {
    const page = await browser.context.newPage()
    const problems = watch(page)
    const res = await page.goto(`${base}/`)
    expect(res?.status()).toBe(200)
    await expect(page.title()).resolves.toBe('onrecord: fact cards of verbatim, attributed quotes · onrecord')
    const images = await decodeAll(page)
    expect(images).toHaveLength(47)
    for (const img of images) {
      expect(img.error, img.src ?? '').toBe('')
      expect(img.natural[0], img.src ?? '').toBeGreaterThan(0)
      expect(img.natural, img.src ?? '').toEqual(img.declared)
    }
    await page.screenshot({ path: 'test-results/gallery.png' })
    expect(problems).toEqual([])
    await page.close()
  })

  it('filters by actor and topic, and the pickers change the image URLs', async () => {
    const page = await browser.context.newPage()
    const problems = watch(page)
    await page.goto(`${base}/`)
    // /app.js submits the form as soon as a picker changes.
    await Promise.all([page.waitForURL(/actor=keir-starmer/), page.selectOption('select[name=actor]', 'keir-starmer')])
    expect(await cardIds(page)).toEqual([
      'actor:keir-starmer',
      'topic:security-guarantees',
      'topic:peace-deal',
      'quote:ca7c55e2-q07',
      'quote:ca7c55e2-q08',
      'quote:ca7c55e2-q09',
    ])
    await Promise.all([page.waitForURL(/topic=peace-deal/), page.selectOption('select[name=topic]', 'peace-deal')])
    expect(await cardIds(page)).toEqual(['actor:keir-starmer', 'topic:peace-deal', 'quote:ca7c55e2-q09'])
    await Promise.all([page.waitForURL(/theme=dark/), page.selectOption('select[name=theme]', 'dark')])
    const images = await decodeAll(page)
    expect(images.map((i) => i.src)).toEqual([
      '/cards/actors/keir-starmer.png?theme=dark',
      '/cards/topics/peace-deal.png?theme=dark',
      '/cards/quotes/ca7c55e2-q09.png?theme=dark',
    ])
    for (const img of images) expect(img.natural).toEqual([1200, 630])
    await page.screenshot({ path: 'test-results/gallery-filtered-dark.png', fullPage: true })
    expect(problems).toEqual([])
    await page.close()
  })

  it('filters without JavaScript too, through the Apply button', async () => {
    const noScript = await launch(base, { javaScriptEnabled: false })
    try {
      const page = await noScript.context.newPage()
      await page.goto(`${base}/`)
      await page.selectOption('select[name=topic]', 'nato-membership')
      await page.selectOption('select[name=size]', 'square')
      await Promise.all([page.waitForURL(/topic=nato-membership/), page.click('button[type=submit]')])
      const ids = await cardIds(page)
      expect(ids).toContain('topic:nato-membership')
      expect(ids.filter((i) => i.startsWith('quote:'))).toEqual(['quote:ca7c55e2-q11', 'quote:ca7c55e2-q12', 'quote:5978e6f2-p05', 'quote:5978e6f2-q06'])
      // Without the script the copy buttons stay hidden; the link is still there to follow.
      await expect(page.locator('button[data-copy]').first().isVisible()).resolves.toBe(false)
    } finally {
      await noScript.close()
    }
  })

  it('copies the share URL to the clipboard', async () => {
    const page = await browser.context.newPage()
    await page.goto(`${base}/?actor=kaja-kallas`)
    const item = page.locator('li.card-item[data-id="ca7c55e2-q14"]')
    await item.locator('button', { hasText: 'Copy link' }).click()
    await expect.poll(() => readClipboard(page)).toBe(`${base}/quotes/ca7c55e2-q14`)
    await expect(item.locator('[role=status]').textContent()).resolves.toBe('Copied')
    await page.close()
  })
})

describe('share page in chromium', () => {
  it('shows the card, and copies the link and the embed code', async () => {
    const page = await browser.context.newPage()
    const problems = watch(page)
    await page.goto(`${base}/quotes/ca7c55e2-q06`)
    const [card] = await decodeAll(page)
    expect(card).toMatchObject({ src: '/cards/quotes/ca7c55e2-q06.png', natural: [1200, 630], error: '' })
    await page.getByRole('button', { name: 'Copy link' }).click()
    await expect.poll(() => readClipboard(page)).toBe(`${base}/quotes/ca7c55e2-q06`)
    await page.getByRole('button', { name: 'Copy embed code' }).click()
    const embed = await readClipboard(page)
    expect(embed).toMatch(new RegExp(`^<a href="${base}/quotes/ca7c55e2-q06"><img src="${base}/cards/quotes/ca7c55e2-q06.png" width="1200" height="630" alt="[^"]+"/></a>$`))
    const download = page.getByRole('link', { name: 'og 1200×630' })
    await expect(download.getAttribute('download')).resolves.toBe('onrecord-quote-ca7c55e2-q06-og.png')
    await page.screenshot({ path: 'test-results/share-quote.png', fullPage: true })
    expect(problems).toEqual([])
    await page.close()
  })
})

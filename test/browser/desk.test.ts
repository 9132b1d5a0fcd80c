/**
 * The desk in a real browser (chromium) against its own `wrangler dev` (a fresh database, so the
 * gallery tests' counts stay theirs): an editor signs in, pastes an article, approves its
 * quotations (one by keyboard), fixes one speaker, writes a position, publishes, corrects one
 * published quotation, and the new actor's card appears in the gallery and decodes. Nothing breaks the CSP. Screenshots of the
 * desk land in test-results/ to be looked at.
 */
import { randomBytes } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDevServer, type DevServer } from '../../scripts/lib/dev-server'
import { launch, watch, type Browser } from './chromium'

const TOKEN = randomBytes(18).toString('base64url')
const ARTICLE = `date 2026-11-21
Dock workers in Northhaven voted on Tuesday to accept a new pay offer, ending a two-week stoppage.
“It is not everything we wanted, but it is a deal our members can live with,” Nadia Okafor, regional organiser of the Transport Union, told the BBC.
The harbour board welcomed the result. “The first ships will be unloaded tonight,” said Henrik Dahl, chairman of the Northhaven Harbour Board.
`

let worker: DevServer
let browser: Browser


beforeAll(async () => {
  worker = await startDevServer({ vars: { EDITOR_TOKENS: `browser:${TOKEN}` } })
  browser = await launch(worker.baseUrl)
  await mkdir('test-results', { recursive: true })
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await worker?.stop()
})

describe('the desk in chromium', () => {
  it('takes an article from paste to published cards', async () => {
    const base = worker.baseUrl
    const page = await browser.context.newPage()
    const problems = watch(page)

    // Sign in.
    await page.goto(`${base}/editor`)
    await page.getByLabel('Editor token').fill(TOKEN)
    await Promise.all([page.waitForURL(`${base}/editor`), page.getByRole('button', { name: 'Sign in' }).click()])
    expect(await page.locator('main > p.note').first().textContent()).toContain('Signed in as token:browser.')

    // Paste the article with its metadata.
    await page.getByLabel('Article text').fill(ARTICLE)
    await page.getByLabel('Title').fill('Northhaven dock strike ends')
    await page.getByLabel('Publisher').fill('Northhaven Courier')
    await Promise.all([page.waitForURL(/\/editor\/articles\/2026-11-21-[0-9a-f]{8}$/), page.getByRole('button', { name: 'Send to review' }).click()])
    const draftId = page.url().split('/').pop()!
    const hash = draftId.slice(-8)
    const [okafor, dahl] = [`${hash}-q01`, `${hash}-q02`]
    expect(await page.locator('table.review-table caption').textContent()).toBe('2 to review, 0 approved')
    // The quotations are highlighted in the article, and the row tells what the extractor found.
    expect(await page.locator(`mark#m-${okafor}`).textContent()).toBe('It is not everything we wanted, but it is a deal our members can live with,')
    expect(await page.locator(`#s-${okafor} .current`).textContent()).toBe('Nadia Okafor (new)')
    expect(await page.getByLabel(`Conduit of ${okafor}`).inputValue()).toBe('BBC')
    await page.screenshot({ path: 'test-results/desk-proposed.png', fullPage: true })

    // Approve the first by keyboard: focus reaches the button, Enter submits.
    await page.getByRole('button', { name: `Approve ${okafor}` }).focus()
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.textContent)).toBe(`Approve ${okafor}`)
    // The enhancement: the row's quotation lights up in the article while the row has focus.
    expect(await page.locator(`mark#m-${okafor}`).getAttribute('class')).toContain('active')
    await Promise.all([page.waitForURL(new RegExp(`#s-${okafor}$`)), page.keyboard.press('Enter')])
    expect(await page.locator(`#s-${okafor} .status`).textContent()).toBe('approved')

    // Fix the second speaker: the extractor found no role for Henrik Dahl; the article gives one.
    await page.getByLabel(`or new speaker of ${dahl}, named as in the article`).fill('Henrik Dahl')
    await page.getByLabel(`their role (new speaker of ${dahl}), as the article says it`).fill('chairman of the Northhaven Harbour Board')
    await Promise.all([page.waitForURL(new RegExp(`#s-${dahl}$`)), page.getByRole('button', { name: `Approve ${dahl}` }).click()])
    expect(await page.locator('table.review-table caption').textContent()).toBe('0 to review, 2 approved')

    // One position, its evidence picked from the approved statements.
    await page.getByLabel('Actor').selectOption('henrik-dahl')
    await page.getByLabel('Summary: one neutral sentence').fill('Dahl says unloading resumes at once.')
    await page.getByRole('checkbox', { name: new RegExp(`${dahl}: “The first ships`) }).check()
    await Promise.all([page.waitForURL(/#positions$/), page.getByRole('button', { name: 'Save position' }).click()])
    expect(await page.locator('#positions ~ ul li, section[aria-labelledby=positions] ul li').first().textContent()).toContain('Dahl says unloading resumes at once.')
    await page.screenshot({ path: 'test-results/desk-review.png', fullPage: true })

    // Publish: the page lists the new cards.
    await Promise.all([page.waitForURL(`${base}/editor/articles/${draftId}`), page.getByRole('button', { name: `Publish ${draftId}` }).click()])
    expect(await page.locator('.card-links').textContent()).toContain('actor henrik-dahl')
    await page.screenshot({ path: 'test-results/desk-published.png', fullPage: true })

    // A correction from the desk: the note is required and shown on the share page.
    await page.getByLabel(`Conduit of ${okafor}`).fill('')
    await page.getByLabel(`Correction of ${okafor}: what and why`).fill('Ms Okafor spoke at a rally, not to the BBC.')
    await Promise.all([page.waitForURL(new RegExp(`#s-${okafor}$`)), page.getByRole('button', { name: `Correct ${okafor}` }).click()])
    expect(await page.locator(`#s-${okafor} .status`).textContent()).toBe('published')
    await page.goto(`${base}/quotes/${okafor}`)
    expect(await page.locator('p.correction').textContent()).toBe(`Corrected ${new Date().toISOString().slice(0, 10)}: Ms Okafor spoke at a rally, not to the BBC.`)

    // The new actor's card in the public gallery, decoded at its declared size.
    await page.goto(`${base}/?actor=henrik-dahl`)
    const images = await page.evaluate(async () => {
      const { document } = globalThis as any
      const out = []
      for (const img of Array.from(document.images) as any[]) {
        let error = ''
        await img.decode().catch((e: Error) => (error = String(e)))
        out.push({ src: img.getAttribute('src'), natural: [img.naturalWidth, img.naturalHeight], error })
      }
      return out
    })
    expect(images[0]).toEqual({ src: '/cards/actors/henrik-dahl.png', natural: [1200, 630], error: '' })
    await page.screenshot({ path: 'test-results/desk-gallery.png' })
    expect(problems).toEqual([])
    await page.close()
  })
})

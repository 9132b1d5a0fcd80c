/**
 * The desk's HTML at /editor, without a browser: sign-in sets a strict HttpOnly cookie, the
 * forms post to the same functions as the API and redirect back, every control has a label,
 * the page keeps the site's CSP, and another site's form cannot post.
 */
import { describe, expect, it } from 'vitest'
import { HARBOUR, TOKEN } from './helpers/editor'
import { expectProblem, get, ORIGIN } from './helpers/fetch'

const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries(fields)) for (const x of ([] as string[]).concat(v)) body.append(k, x)
  return body
}

async function signIn(): Promise<string> {
  const res = await get('/editor/session', { method: 'POST', body: form({ token: TOKEN }), headers: { Origin: ORIGIN }, redirect: 'manual' })
  expect(res.status).toBe(303)
  const cookie = res.headers.get('Set-Cookie') ?? ''
  expect(cookie).toMatch(/^onrecord_editor=[^;]+; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/)
  return cookie.split(';')[0]!
}

/** Every input, select and textarea has a <label for> naming it. */
function unlabelled(html: string): string[] {
  const ids = new Set([...html.matchAll(/<label[^>]* for="([^"]+)"/g)].map((m) => m[1]))
  return [...html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)]
    .filter(([, , attrs]) => !/type="(hidden|checkbox)"/.test(attrs!))
    .map(([, , attrs]) => /id="([^"]+)"/.exec(attrs!)?.[1] ?? attrs!)
    .filter((id) => !ids.has(id))
}

describe('/editor', () => {
  it('shows a sign-in form to a stranger and refuses a wrong token', async () => {
    const page = await get('/editor')
    expect(page.status).toBe(200)
    expect(page.headers.get('Content-Security-Policy')).toContain("script-src 'self'")
    const html = await page.text()
    expect(html).toContain('<label for="token">Editor token</label>')
    const wrong = await get('/editor/session', { method: 'POST', body: form({ token: 'nope' }), headers: { Origin: ORIGIN } })
    expect(wrong.status).toBe(401)
    expect(await wrong.text()).toContain('That token is not one of the editor tokens (EDITOR_TOKENS).')
    const away = await get('/editor/articles/x', { redirect: 'manual' })
    expect(away.status).toBe(303)
    expect(away.headers.get('Location')).toBe('/editor')
  })

  it('takes an article from the form to a review table with labelled controls, and reviews by form', async () => {
    const cookie = await signIn()
    const home = await (await get('/editor', { headers: { Cookie: cookie } })).text()
    expect(home).toContain('Signed in as token:test')
    expect(unlabelled(home)).toEqual([])
    const sent = await get('/editor/articles', { method: 'POST', body: form({ text: HARBOUR.replace('Eastbridge ended', 'Eastbridge finally ended'), title: 'Strike over', publisher: 'Gazette' }), headers: { Cookie: cookie, Origin: ORIGIN }, redirect: 'manual' })
    expect(sent.status).toBe(303)
    const location = sent.headers.get('Location')!
    expect(location).toMatch(/^\/editor\/articles\/2026-11-20-[0-9a-f]{8}$/)
    const page = await get(location, { headers: { Cookie: cookie } })
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'none'")
    const html = await page.text()
    expect(html).toContain('<caption>2 to review, 0 approved</caption>')
    expect(html).toMatch(/<mark id="m-[0-9a-f]{8}-q01" class="q proposed" data-statement="[0-9a-f]{8}-q01">This is not everything/)
    expect(unlabelled(html)).toEqual([])
    const id = /data-statement="([0-9a-f]{8}-q01)"/.exec(html)![1]!
    const etag = new RegExp(`id="review-${id}"[^>]*>\\s*<input type="hidden" name="etag" value="([^"]+)"`).exec(html)![1]!.replace(/&quot;/g, '"')
    const stale = await get(`/editor/statements/${id}`, { method: 'POST', body: form({ etag: '"old"', status: 'approved' }), headers: { Cookie: cookie, Origin: ORIGIN } })
    expect(stale.status).toBe(412)
    expect(await stale.text()).toContain('role="alert"')
    const ok = await get(`/editor/statements/${id}`, { method: 'POST', body: form({ etag, status: 'approved' }), headers: { Cookie: cookie, Origin: ORIGIN }, redirect: 'manual' })
    expect(ok.status).toBe(303)
    expect(ok.headers.get('Location')).toBe(`${location}#s-${id}`)
    expect(await (await get(location, { headers: { Cookie: cookie } })).text()).toContain('<caption>1 to review, 1 approved</caption>')
  })

  it('signs out by clearing the cookie', async () => {
    const cookie = await signIn()
    const out = await get('/editor/session/end', { method: 'POST', headers: { Cookie: cookie, Origin: ORIGIN }, redirect: 'manual' })
    expect(out.status).toBe(303)
    expect(out.headers.get('Set-Cookie')).toMatch(/^onrecord_editor=; Max-Age=0; Path=\//)
  })

  it('refuses a form posted from another site', async () => {
    const cookie = await signIn()
    const res = await get('/editor/articles', { method: 'POST', body: form({ text: HARBOUR }), headers: { Cookie: cookie, Origin: 'https://evil.example' } })
    await expectProblem(res, 403)
  })
})

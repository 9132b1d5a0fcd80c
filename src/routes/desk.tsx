/**
 * /editor: the desk's HTML. Plain forms posting to these routes, which call the same functions
 * as /api/editor (src/desk/*), then redirect back (303) or show the page again with the
 * problem's words. Signing in stores the editor's token in an HttpOnly, SameSite=Strict cookie;
 * behind Cloudflare Access the Access header signs the editor in instead.
 */
import { Hono, type Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { JSX } from 'hono/jsx/jsx-runtime'
import { authenticate, checkOrigin, limitBody, SESSION_COOKIE, tokenName, type DeskEnv } from '../desk/auth'
import { actorNames, listDrafts, loadDraft, type Draft } from '../desk/drafts'
import { afterChange, cardLinks } from '../desk/effects'
import { publication, publishDraft, putPosition } from '../desk/publish'
import { publishedEtag, reviewStatement, type ReviewPatch } from '../desk/review'
import { ProblemError } from '../errors'
import { dataVersion, VersionConflict } from '../db/write'
import { DeskHome, ReviewPage, SignIn, type RowStatement } from '../pages/desk'
import { names, sliceStore } from '../read/corpus'
import { affectedBy } from '../write/affected'
import { ArticleError, decodeArticle } from '../write/article'
import { ctxOf, submitArticle } from './editor'
import { PAGE_CSP } from './pages'

const HEADERS = { 'Content-Security-Policy': PAGE_CSP, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin', 'Cache-Control': 'no-store' }

type C = Context<DeskEnv>

function page(c: C, body: JSX.Element, status = 200): Response | Promise<Response> {
  return c.html(body, status as 200, HEADERS)
}

/** A problem's words for the page, and its status. */
function problemOf(error: unknown): { message: string; status: number } {
  if (error instanceof ProblemError) return { message: error.message, status: error.status }
  if (error instanceof ArticleError) return { message: error.message, status: error.status }
  if (error instanceof VersionConflict) return { message: `${error.message} Send it again.`, status: 409 }
  throw error
}

async function signedIn(c: C): Promise<boolean> {
  try {
    c.set('editor', await authenticate(c.req, c.env, getCookie(c, SESSION_COOKIE)))
    return true
  } catch (error) {
    if (error instanceof ProblemError && error.status === 401) return false
    throw error
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
const opt = (v: unknown) => (str(v) === '' ? null : str(v))

async function reviewPage(c: C, id: string, extra: { error?: string; notice?: string } = {}, status = 200) {
  const db = c.env.DB
  const draft = await loadDraft(db, id)
  if (!draft) return page(c, <DeskHome who={c.get('editor').who} drafts={await listDrafts(db)} error={`No draft has the id ${JSON.stringify(id)}.`} />, 404)
  const [nameMap, actors, topics] = await Promise.all([actorNames(db, draft), names(db, 'actors', 500), names(db, 'topics', 500)])
  const cards = draft.status === 'published' ? cardLinks(affectedBy(await publication(db, { ...draft, statements: draft.statements }))) : []
  const rows = draft.status === 'published' ? await liveRows(db, draft) : undefined
  return page(c, <ReviewPage draft={draft} rows={rows} names={nameMap} actors={actors} topics={topics} cards={cards} {...extra} />, status)
}

/** A published draft's statements as they are now in public: corrected, withdrawn, with the ETag a correction needs. */
async function liveRows(db: D1Database, draft: Draft): Promise<RowStatement[]> {
  const store = await sliceStore(db, await dataVersion(db), { statements: draft.statements.map((s) => s.record.id) })
  const rows: RowStatement[] = []
  for (const s of draft.statements) {
    const live = store.statement(s.record.id)
    if (live) rows.push({ ...s, record: live, status: 'published', etag: await publishedEtag(db, live) })
    else rows.push(s.status === 'approved' ? { ...s, status: 'withdrawn' } : s)
  }
  return rows
}

export const desk = new Hono<DeskEnv>()

// Writes from the desk's own pages only; every route but sign-in needs an editor.
desk.use('*', async (c, next) => {
  checkOrigin(c.req, c.env.PUBLIC_ORIGIN)
  if (c.req.path === '/editor/session' || (c.req.path.replace(/\/$/, '') === '/editor' && c.req.method === 'GET')) return next()
  if (!(await signedIn(c))) return c.redirect('/editor', 303)
  return next()
})

desk.use('*', limitBody)

desk.get('/', async (c) => {
  if (!(await signedIn(c))) return page(c, <SignIn access={String(c.env.ACCESS_TEAM_DOMAIN) !== ''} />)
  return page(c, <DeskHome who={c.get('editor').who} drafts={await listDrafts(c.env.DB)} />)
})

desk.post('/session', async (c) => {
  const form = await c.req.parseBody()
  const token = str(form.token)
  if ((await tokenName(c.env.EDITOR_TOKENS, token)) === null)
    return page(c, <SignIn access={String(c.env.ACCESS_TEAM_DOMAIN) !== ''} error="That token is not one of the editor tokens (EDITOR_TOKENS)." />, 401)
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure: new URL(c.req.url).protocol === 'https:', maxAge: 60 * 60 * 12 })
  return c.redirect('/editor', 303)
})

desk.post('/session/end', (c) => {
  deleteCookie(c, SESSION_COOKIE, { path: '/' })
  return c.redirect('/editor', 303)
})

desk.post('/articles', async (c) => {
  const form = await c.req.parseBody()
  try {
    const file = form.file
    const text = file instanceof File && file.size > 0 ? decodeArticle(new Uint8Array(await file.arrayBuffer()), file.name) : str(form.text) === '' ? '' : String(form.text).replace(/\r\n/g, '\n')
    const date = opt(form.date)
    if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ProblemError(400, `Date is ${JSON.stringify(date)}; it must be YYYY-MM-DD.`)
    const { draft } = await submitArticle(c, { text, date, publisher: opt(form.publisher), url: opt(form.url), title: opt(form.title) }, file instanceof File && file.size > 0 ? `desk upload ${file.name}` : 'desk')
    return c.redirect(`/editor/articles/${draft.id}`, 303)
  } catch (error) {
    const { message, status } = problemOf(error)
    return page(c, <DeskHome who={c.get('editor').who} drafts={await listDrafts(c.env.DB)} error={message} />, status)
  }
})

desk.get('/articles/:id', (c) => reviewPage(c, c.req.param('id')))

desk.post('/statements/:id', async (c) => {
  const id = c.req.param('id')
  const form = await c.req.parseBody()
  const draftId = (await c.env.DB.prepare('SELECT draft FROM draft_statements WHERE id = ?').bind(id).first<{ draft: string }>())?.draft
  const patch: ReviewPatch = {}
  const status = str(form.status)
  if (status === 'approved' || status === 'rejected' || status === 'withdrawn') patch.status = status
  if (str(form.correction) !== '') patch.correction = str(form.correction)
  const newName = str(form.newName)
  if (newName !== '') patch.speaker = { name: newName, role: opt(form.newRole) }
  else if (str(form.speaker) !== '') patch.speaker = str(form.speaker)
  if (form.conduit !== undefined) patch.conduit = opt(form.conduit)
  const kind = str(form.kind)
  if (kind === 'direct' || kind === 'partial' || kind === 'paraphrase') patch.kind = kind
  try {
    const done = await reviewStatement(c.env.DB, id, patch, str(form.etag), c.get('editor'))
    if (done.state !== 'draft') afterChange(ctxOf(c), c.env, done.version, done.affected)
    return c.redirect(`/editor/articles/${draftId}#s-${id}`, 303)
  } catch (error) {
    const { message, status: code } = problemOf(error)
    if (!draftId) return page(c, <DeskHome who={c.get('editor').who} drafts={await listDrafts(c.env.DB)} error={message} />, code)
    return reviewPage(c, draftId, { error: message }, code)
  }
})

desk.post('/positions', async (c) => {
  const form = await c.req.parseBody({ all: true })
  const draftId = str(form.draft)
  const evidence = ([] as unknown[]).concat(form.evidence ?? []).map(str).filter((e) => e !== '')
  try {
    if (evidence.length === 0) throw new ProblemError(400, 'A position needs evidence: tick at least one approved statement.')
    const done = await putPosition(c.env.DB, { actor: str(form.actor), topic: str(form.topic), summary: str(form.summary), evidence }, c.get('editor'))
    if (done.state === 'published') afterChange(ctxOf(c), c.env, done.version, done.affected)
    return c.redirect(`/editor/articles/${draftId}#positions`, 303)
  } catch (error) {
    const { message, status } = problemOf(error)
    return reviewPage(c, draftId, { error: message }, status)
  }
})

desk.post('/articles/:id/publish', async (c) => {
  const id = c.req.param('id')
  try {
    const done = await publishDraft(c.env.DB, id, c.get('editor'))
    afterChange(ctxOf(c), c.env, done.version, done.affected)
    return c.redirect(`/editor/articles/${id}`, 303)
  } catch (error) {
    const { message, status } = problemOf(error)
    return reviewPage(c, id, { error: message }, status)
  }
})

/**
 * The desk's pages (Hono JSX, server-rendered): sign-in, the front page (new article and the
 * drafts), and one article's review — its text with the proposed quotations highlighted, the
 * review table, positions and publishing. Every control is a labelled form control in a plain
 * form, so the desk works by keyboard and without script; /app.js only adds highlighting.
 */
import type { Child, FC } from 'hono/jsx'
import { raw } from 'hono/html'
import type { Draft, DraftStatement } from '../desk/drafts'

export const DeskLayout: FC<{ title: string; children?: Child }> = ({ title, children }) => (
  <>
    {raw('<!doctype html>')}
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title} · onrecord desk</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/app.css" />
        <script src="/app.js" defer />
      </head>
      <body class="desk">
        <header class="site">
          <a href="/editor">onrecord desk</a> · add, review, publish and correct · <a href="/">public gallery</a>
        </header>
        <main>{children}</main>
      </body>
    </html>
  </>
)

export const Alert: FC<{ message?: string | undefined }> = ({ message }) =>
  message ? (
    <p class="alert" role="alert">
      {message}
    </p>
  ) : null

export const SignIn: FC<{ error?: string | undefined; access: boolean }> = ({ error, access }) => (
  <DeskLayout title="Sign in">
    <h1>Sign in to the desk</h1>
    <Alert message={error} />
    {access ? <p>In production, Cloudflare Access signs you in; if you see this page, open the desk through the newsroom's Access login.</p> : null}
    <form method="post" action="/editor/session" class="desk-form">
      <label for="token">Editor token</label>
      <input id="token" name="token" type="password" autocomplete="current-password" required />
      <p class="note">A token from EDITOR_TOKENS (locally, <code>npm start</code> prints it and keeps it in .dev.vars).</p>
      <button type="submit">Sign in</button>
    </form>
  </DeskLayout>
)

export interface DraftSummary {
  id: string
  status: string
  title: string | null
  createdAt: string
  proposed: number
  approved: number
  rejected: number
}

export const DeskHome: FC<{ who: string; drafts: DraftSummary[]; error?: string | undefined }> = ({ who, drafts, error }) => (
  <DeskLayout title="Desk">
    <h1>The desk</h1>
    <p class="note">Signed in as {who}. Every change is recorded in the <a href="/api/editor/audit">audit log</a>.</p>
    <form method="post" action="/editor/session/end">
      <button type="submit">Sign out</button>
    </form>
    <Alert message={error} />
    <section aria-labelledby="new-article">
      <h2 id="new-article">New article</h2>
      <form method="post" action="/editor/articles" enctype="multipart/form-data" class="desk-form">
        <label for="text">Article text</label>
        <textarea id="text" name="text" rows={10} />
        <label for="file">…or upload a UTF-8 text file</label>
        <input id="file" name="file" type="file" accept=".txt,text/plain" />
        <div class="fields">
          <span>
            <label for="title">Title</label>
            <input id="title" name="title" />
          </span>
          <span>
            <label for="publisher">Publisher</label>
            <input id="publisher" name="publisher" />
          </span>
          <span>
            <label for="date">Date</label>
            <input id="date" name="date" type="date" />
          </span>
          <span>
            <label for="url">URL</label>
            <input id="url" name="url" type="url" />
          </span>
        </div>
        <button type="submit">Send to review</button>
      </form>
    </section>
    <section aria-labelledby="drafts">
      <h2 id="drafts">Articles at the desk</h2>
      {drafts.length === 0 ? (
        <p class="note">None yet.</p>
      ) : (
        <ul>
          {drafts.map((d) => (
            <li>
              <a href={`/editor/articles/${d.id}`}>{d.title ?? d.id}</a> — {d.status}; {d.proposed} to review, {d.approved} approved, {d.rejected} rejected
            </li>
          ))}
        </ul>
      )}
    </section>
  </DeskLayout>
)

/** The article's text with each proposed quotation marked (ids link rows and marks). */
const ArticleText: FC<{ draft: Draft; rows: RowStatement[] }> = ({ draft, rows }) => {
  const spans = [...rows].sort((a, b) => a.record.start - b.record.start)
  const parts: Child[] = []
  let at = 0
  for (const s of spans) {
    const { start, text, id } = s.record
    if (start < at) continue
    parts.push(draft.text.slice(at, start))
    parts.push(
      <mark id={`m-${id}`} class={`q ${s.status}`} data-statement={id}>
        {text}
      </mark>,
    )
    at = start + text.length
  }
  parts.push(draft.text.slice(at))
  return <div class="article-text">{parts}</div>
}

/** A statement as the review table shows it: in review, or (once published) the public one. */
export type RowStatement = Omit<DraftStatement, 'status'> & { status: DraftStatement['status'] | 'published' | 'withdrawn' }

export interface ReviewProps {
  draft: Draft
  /** The rows to show when they differ from the draft's own (a published draft: the live statements). */
  rows?: RowStatement[] | undefined
  names: Map<string, { name: string; new: boolean }>
  actors: { id: string; name: string }[]
  topics: { id: string; name: string }[]
  cards: { kind: string; id: string; card: string; page: string }[]
  error?: string | undefined
  notice?: string | undefined
}

/** Words for screen readers only: the row's id in every label, without repeating it on screen. */
const Hidden: FC<{ children?: Child }> = ({ children }) => <span class="sr-only">{children}</span>

/** "(new)": an actor the draft would add to the corpus (said only while the draft is open). */
const speakerLabel = (s: RowStatement, names: ReviewProps['names'], open: boolean) =>
  s.record.speaker === '' ? 'speaker unknown' : `${names.get(s.record.speaker)?.name ?? s.record.speaker}${open && names.get(s.record.speaker)?.new ? ' (new)' : ''}`

const ReviewRow: FC<{ s: RowStatement; p: ReviewProps; mode: 'review' | 'correct' | 'none' }> = ({ s, p, mode }) => {
  const open = mode !== 'none'
  const id = s.record.id
  const f = `review-${id}`
  const options = [...p.actors]
  for (const [aid, a] of p.names) if (!options.some((o) => o.id === aid)) options.push({ id: aid, name: a.name })
  return (
    <tr id={`s-${id}`} data-statement={id} class={s.status}>
      <td>
        <a href={`#m-${id}`}>{id}</a>
      </td>
      <td class="quote-cell">
        “{s.record.text}”
        <br />
        <span class="note">{s.record.attribution}</span>
        <br />
        <span class="note">
          confidence {Math.round(s.confidence * 100)}% · rule {s.rule}
        </span>
      </td>
      <td>
        <span class="current">{speakerLabel(s, p.names, mode === 'review')}</span>
        {s.record.speaker === '' && s.candidates.length > 0 ? <span class="note"> candidates: {s.candidates.join(', ')}</span> : null}
        {open ? (
          <>
            <label for={`${f}-speaker`}>
              Fix speaker<Hidden> of {id}</Hidden>
            </label>
            <select id={`${f}-speaker`} name="speaker" form={f}>
              {s.record.speaker === '' ? <option value="">speaker unknown</option> : null}
              {options.map((o) => (
                <option value={o.id} selected={o.id === s.record.speaker}>
                  {o.name}
                </option>
              ))}
            </select>
            <label for={`${f}-new-name`}>
              or new speaker<Hidden> of {id}, named as in the article</Hidden>
            </label>
            <input id={`${f}-new-name`} name="newName" form={f} />
            <label for={`${f}-new-role`}>
              their role<Hidden> (new speaker of {id}), as the article says it</Hidden>
            </label>
            <input id={`${f}-new-role`} name="newRole" form={f} />
          </>
        ) : null}
      </td>
      <td>
        {open ? (
          <>
            <label for={`${f}-conduit`}>
              Conduit<Hidden> of {id}</Hidden>
            </label>
            <input id={`${f}-conduit`} name="conduit" value={s.record.conduit ?? ''} form={f} />
            <label for={`${f}-kind`}>
              Kind<Hidden> of {id}</Hidden>
            </label>
            <select id={`${f}-kind`} name="kind" form={f}>
              {(['direct', 'partial', 'paraphrase'] as const).map((k) => (
                <option value={k} selected={k === s.record.kind}>
                  {k}
                </option>
              ))}
            </select>
          </>
        ) : (
          <>
            {s.record.conduit ?? 'no conduit'}
            <br />
            {s.record.kind}
          </>
        )}
      </td>
      <td>
        <span class="status">{s.status}</span>
        {mode === 'review' ? (
          <form id={f} method="post" action={`/editor/statements/${id}`}>
            <input type="hidden" name="etag" value={s.etag} />
            <button type="submit" name="status" value="approved">
              Approve<Hidden> {id}</Hidden>
            </button>
            <button type="submit" name="status" value="rejected">
              Reject<Hidden> {id}</Hidden>
            </button>
            <button type="submit" name="status" value="">
              Save edits<Hidden> to {id}</Hidden>
            </button>
          </form>
        ) : null}
        {mode === 'correct' ? (
          <form id={f} method="post" action={`/editor/statements/${id}`}>
            <input type="hidden" name="etag" value={s.etag} />
            <label for={`${f}-correction`}>
              Correction<Hidden> of {id}</Hidden>: what and why
            </label>
            <textarea id={`${f}-correction`} name="correction" rows={3} required />
            <button type="submit" name="status" value="">
              Correct<Hidden> {id}</Hidden>
            </button>
            <button type="submit" name="status" value="withdrawn">
              Withdraw<Hidden> {id}</Hidden>
            </button>
          </form>
        ) : null}
      </td>
    </tr>
  )
}

export const ReviewPage: FC<ReviewProps> = (p) => {
  const { draft } = p
  const open = draft.status === 'draft'
  const approved = draft.statements.filter((s) => s.status === 'approved')
  const proposed = draft.statements.filter((s) => s.status === 'proposed')
  const speakers = [...new Set(approved.map((s) => s.record.speaker))]
  const topicIds = [...new Set(approved.flatMap((s) => s.record.topics))]
  const topicOptions = [...topicIds.map((t) => p.topics.find((x) => x.id === t) ?? draft.records.topics.find((x) => x.id === t) ?? { id: t, name: t }), ...p.topics.filter((t) => !topicIds.includes(t.id))]
  return (
    <DeskLayout title={`Review ${draft.source.title ?? draft.id}`}>
      <h1>{draft.source.title ?? draft.id}</h1>
      <p class="note">
        {draft.id} · {draft.source.publisher ?? 'publisher unknown'} · {draft.source.date ?? 'undated'} · {draft.status === 'published' ? `published ${draft.publishedAt?.slice(0, 10)} by ${draft.publishedBy}` : `draft sent by ${draft.createdBy}`}
      </p>
      <Alert message={p.error} />
      {p.notice ? (
        <p class="notice" role="status">
          {p.notice}
        </p>
      ) : null}
      {draft.status === 'published' && p.cards.length > 0 ? (
        <section aria-labelledby="cards">
          <h2 id="cards">Published cards</h2>
          <ul class="card-links">
            {p.cards.map((c) => (
              <li>
                <a href={c.page}>
                  {c.kind} {c.id}
                </a>{' '}
                (<a href={c.card}>card</a>)
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div class="review">
        <section aria-labelledby="article">
          <h2 id="article">The article</h2>
          <ArticleText draft={draft} rows={p.rows ?? draft.statements} />
        </section>
        <section aria-labelledby="quotations" class="review-section">
          <h2 id="quotations">{open ? 'Proposed quotations' : 'Quotations'}</h2>
          <table class="review-table">
            <caption>
              {open
                ? `${proposed.length} to review, ${approved.length} approved`
                : `${(p.rows ?? []).filter((r) => r.status === 'published').length} published, ${(p.rows ?? []).filter((r) => r.status === 'withdrawn').length} withdrawn, ${draft.statements.filter((r) => r.status === 'rejected').length} rejected; correct or withdraw a published one below`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Quotation</th>
                <th scope="col">Speaker</th>
                <th scope="col">Conduit, kind</th>
                <th scope="col">Status, review</th>
              </tr>
            </thead>
            <tbody>
              {(p.rows ?? draft.statements).map((s) => (
                <ReviewRow s={s} p={p} mode={open ? 'review' : s.status === 'published' ? 'correct' : 'none'} />
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <section aria-labelledby="positions">
        <h2 id="positions">Positions</h2>
        {draft.positions.length > 0 ? (
          <ul>
            {draft.positions.map((pos) => (
              <li>
                {p.names.get(pos.actor)?.name ?? pos.actor} on {p.topics.find((t) => t.id === pos.topic)?.name ?? draft.records.topics.find((t) => t.id === pos.topic)?.name ?? pos.topic}: {pos.summary} ({pos.evidence.join(', ')})
              </li>
            ))}
          </ul>
        ) : (
          <p class="note">No position yet.</p>
        )}
        {open && approved.length > 0 ? (
          <form method="post" action="/editor/positions" class="desk-form">
            <input type="hidden" name="draft" value={draft.id} />
            <div class="fields">
              <span>
                <label for="pos-actor">Actor</label>
                <select id="pos-actor" name="actor">
                  {speakers.map((a) => (
                    <option value={a}>{p.names.get(a)?.name ?? a}</option>
                  ))}
                </select>
              </span>
              <span>
                <label for="pos-topic">Topic</label>
                <select id="pos-topic" name="topic">
                  {topicOptions.map((t) => (
                    <option value={t.id}>{t.name}</option>
                  ))}
                </select>
              </span>
            </div>
            <label for="pos-summary">Summary: one neutral sentence</label>
            <textarea id="pos-summary" name="summary" rows={2} required />
            <fieldset>
              <legend>Evidence: approved statements of the actor on the topic</legend>
              {approved.map((s) => (
                <label class="check">
                  <input type="checkbox" name="evidence" value={s.record.id} /> {s.record.id}: “{s.record.text.slice(0, 80)}” ({p.names.get(s.record.speaker)?.name ?? s.record.speaker})
                </label>
              ))}
            </fieldset>
            <button type="submit">Save position</button>
          </form>
        ) : null}
      </section>
      {open ? (
        <section aria-labelledby="publish">
          <h2 id="publish">Publish</h2>
          <p>Only approved statements become public; every data rule runs first, then the cards are rendered.</p>
          <form method="post" action={`/editor/articles/${draft.id}/publish`}>
            <button type="submit">Publish {draft.id}</button>
          </form>
        </section>
      ) : null}
    </DeskLayout>
  )
}

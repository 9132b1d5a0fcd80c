/**
 * The pages' one stylesheet and one script, served from /app.css and /app.js so the
 * Content-Security-Policy can forbid every inline script and style ('self' only).
 * The script is progressive enhancement: without it, every link and form still works.
 */

export const APP_JS = `// onrecord: copy buttons and auto-applying gallery pickers (the page works without this).
for (const button of document.querySelectorAll('button[data-copy]')) {
  const status = document.createElement('span')
  status.setAttribute('role', 'status')
  status.className = 'copy-status'
  button.after(status)
  button.hidden = false
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.copy)
      status.textContent = 'Copied'
    } catch {
      status.textContent = 'Copy failed: select the text and copy it'
    }
    setTimeout(() => { status.textContent = '' }, 2500)
  })
}
for (const form of document.querySelectorAll('form[data-autosubmit]')) {
  for (const select of form.querySelectorAll('select')) select.addEventListener('change', () => form.requestSubmit())
}
// The desk: the quotation a review row is about lights up in the article (which scrolls inside
// its own panel, never the page under the pointer), and a click on a highlighted quotation
// takes the keyboard to its row.
for (const row of document.querySelectorAll('tr[data-statement]')) {
  const mark = document.getElementById('m-' + row.dataset.statement)
  const panel = mark && mark.closest('.article-text')
  if (!mark || !panel) continue
  const on = () => {
    mark.classList.add('active')
    // The panel is positioned (sticky), so it is the offsetParent of its marks.
    panel.scrollTop = Math.max(0, mark.offsetTop - panel.clientHeight / 3)
  }
  const off = () => mark.classList.remove('active')
  row.addEventListener('focusin', on)
  row.addEventListener('focusout', off)
  row.addEventListener('mouseenter', on)
  row.addEventListener('mouseleave', off)
  mark.tabIndex = 0
  mark.title = 'Go to the review of ' + row.dataset.statement
  const go = () => row.querySelector('select, input, button')?.focus()
  mark.addEventListener('click', go)
  mark.addEventListener('keydown', (e) => { if (e.key === 'Enter') go() })
}
`

export const APP_CSS = `:root { color-scheme: light; --ink: #16181d; --muted: #555b66; --line: #d9dce1; --accent: #1d4ed8; --paper: #fafaf7; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
header.site, footer.site { padding: .75rem 1.25rem; border-bottom: 1px solid var(--line); }
footer.site { border-top: 1px solid var(--line); border-bottom: 0; color: var(--muted); font-size: .875rem; }
header.site a { font-weight: 700; color: var(--ink); text-decoration: none; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
a { color: var(--accent); }
img { max-width: 100%; height: auto; display: block; }
h1 { font-size: 1.6rem; line-height: 1.25; }
.card-figure { margin: 0 0 1rem; }
.card-figure img { border: 1px solid var(--line); border-radius: 6px; max-height: 80vh; width: auto; }
.card-figure figcaption { color: var(--muted); font-size: .9rem; margin-top: .5rem; }
.share-row { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); align-items: start; margin: 1rem 0 2rem; padding: 1rem; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
.share-row label { display: block; font-weight: 600; font-size: .9rem; }
.share-row input, .share-row textarea { width: 100%; font: .85rem ui-monospace, monospace; padding: .35rem; }
.share-row textarea { height: 5.5rem; }
button, .button { font: inherit; font-size: .9rem; padding: .3rem .7rem; border: 1px solid var(--accent); border-radius: 4px; background: #fff; color: var(--accent); cursor: pointer; text-decoration: none; display: inline-block; margin-top: .35rem; }
.copy-status { margin-left: .5rem; color: var(--muted); font-size: .85rem; }
.statements { list-style: none; padding: 0; }
.statement { border-left: 4px solid var(--accent); background: #fff; padding: .75rem 1rem; margin: 0 0 1rem; }
.statement.paraphrase { border-left-color: var(--muted); }
.statement .kind { margin: 0; font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.statement blockquote { margin: .35rem 0; font-size: 1.15rem; }
.statement blockquote p, .statement .reported { margin: 0; }
.statement .reported { font-style: italic; margin: .35rem 0; }
.statement .chain, .statement .links, .statement .context { font-size: .9rem; color: var(--muted); margin: .25rem 0; }
.statement mark { background: #fff1b8; }
.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin: 1rem 0; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; font-weight: 600; }
.filters select { font: inherit; padding: .25rem; }
.grid { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
.grid li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; }
.grid li p { margin: .4rem 0 0; font-size: .9rem; }
.note { color: var(--muted); }
.correction { border-left: 3px solid #b45309; padding-left: .5rem; margin: .35rem 0; }
.alert { border: 1px solid #b91c1c; background: #fef2f2; color: #7f1d1d; padding: .5rem .75rem; border-radius: 4px; }
.notice { border: 1px solid #15803d; background: #f0fdf4; padding: .5rem .75rem; border-radius: 4px; }
body.desk main { max-width: 96rem; }
.desk-form { display: flex; flex-direction: column; gap: .25rem; max-width: 60rem; }
.desk-form label, .review-table label { font-weight: 600; font-size: .85rem; }
.desk-form textarea, .desk-form input:not([type=checkbox]) { font: inherit; padding: .35rem; width: 100%; }
.desk-form .fields { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .5rem; }
.desk-form .fields span { display: flex; flex-direction: column; }
.desk-form fieldset { border: 1px solid var(--line); border-radius: 4px; }
.desk-form label.check { display: block; font-weight: 400; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.review { display: grid; grid-template-columns: minmax(14rem, 20rem) 1fr; gap: 1.25rem; align-items: start; }
@media (max-width: 70rem) { .review { grid-template-columns: 1fr; } }
.article-text { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; white-space: pre-wrap; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; font-family: Georgia, serif; }
.article-text mark { background: #fff1b8; cursor: pointer; }
.article-text mark.approved, .article-text mark.published { background: #dcfce7; }
.article-text mark.withdrawn { background: #fee2e2; text-decoration: line-through; }
.article-text mark.rejected { background: #f3f4f6; text-decoration: line-through; }
.article-text mark.active { outline: 3px solid var(--accent); }
.review-table { border-collapse: collapse; width: 100%; background: #fff; font-size: .9rem; }
.review-table caption { text-align: left; font-weight: 600; padding: .25rem 0; }
.review-table th, .review-table td { border: 1px solid var(--line); padding: .4rem; vertical-align: top; text-align: left; }
.review-table td label { display: block; margin-top: .35rem; }
.review-table select, .review-table input { font: inherit; font-size: .85rem; width: 100%; min-width: 5rem; }
.review-section { overflow-x: auto; }
.desk-form button { align-self: flex-start; }
.review-table td form button { display: block; width: 100%; }
.review-table tr.approved, .review-table tr.published { background: #f0fdf4; }
.review-table tr.withdrawn { background: #fef2f2; color: var(--muted); }
.review-table tr.rejected { background: #f9fafb; color: var(--muted); }
.review-table .quote-cell { min-width: 14rem; }
.review-table .status { font-weight: 700; display: block; }
`

/** A small mark for the browser tab, so no page asks for a /favicon.ico that does not exist. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4ed8"/><text x="16" y="27" font-size="28" font-family="Georgia, serif" text-anchor="middle" fill="#fff">“</text></svg>`

/**
 * The HTML document around every page: head (meta tags, canonical, oEmbed discovery,
 * JSON-LD), site header and footer. Every value goes through hono/jsx, which escapes it;
 * the one raw insertion is the JSON-LD, escaped by `scriptJson`.
 */
import type { Child, FC } from 'hono/jsx'
import { raw } from 'hono/html'
import { metaTags, scriptJson, type HeadInfo } from './meta'

export const Layout: FC<{ head: HeadInfo; ld?: unknown; children?: Child }> = ({ head, ld, children }) => (
  <>
    {raw('<!doctype html>')}
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title} · onrecord</title>
        <meta name="description" content={head.description} />
        <link rel="canonical" href={head.canonical} />
        {metaTags(head).map((tag) =>
          tag.attribute === 'property' ? <meta property={tag.key} content={tag.content} /> : <meta name={tag.key} content={tag.content} />,
        )}
        {head.oembed ? <link rel="alternate" type="application/json+oembed" href={head.oembed} title={head.title} /> : null}
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/app.css" />
        {ld === undefined ? null : <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(ld) }} />}
        <script src="/app.js" defer />
      </head>
      <body>
        <header class="site">
          <a href="/">onrecord</a> · verbatim, attributed quotes from news articles
        </header>
        <main>{children}</main>
        <footer class="site">
          Every quotation is shown exactly as its source prints it, with who said it, through whom, and where.
          Paraphrases are the articles’ words and are labelled as such. Data: <a href="/openapi.json">JSON API</a>.
        </footer>
      </body>
    </html>
  </>
)

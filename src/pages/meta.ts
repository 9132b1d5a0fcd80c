/**
 * Machine-readable claims of a share page: Open Graph and Twitter tags, and schema.org
 * JSON-LD. Pure functions of the page's description; the layout only prints them.
 */
import { sourceLabel } from '../data/attribution'
import type { Statement } from '../data/schema'
import type { PageData, StatementView } from '../read/page-data'
import { paths } from '../urls'
import { isQuotation, type Described } from './describe'

export interface HeadInfo {
  title: string
  description: string
  /** Absolute URL of the page itself. */
  canonical: string
  /** The card shown by crawlers; absent on pages that have no card of their own. */
  image?: { url: string; width: number; height: number; alt: string }
  /** Absolute oEmbed discovery URL; absent on pages that are not share pages. */
  oembed?: string
  type: 'article' | 'website'
}

export interface MetaTag {
  /** `property` for Open Graph, `name` for Twitter. */
  attribute: 'property' | 'name'
  key: string
  content: string
}

/**
 * Every Open Graph and Twitter tag of a page, in the order crawlers document them.
 * @example
 * metaTags(head).find((t) => t.key === 'og:image:width')?.content // "1200"
 */
export function metaTags(head: HeadInfo): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content })
  const tw = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content })
  const tags = [
    og('site_name', 'onrecord'),
    og('type', head.type),
    og('title', head.title),
    og('description', head.description),
    og('url', head.canonical),
  ]
  const { image } = head
  if (!image) return [...tags, tw('card', 'summary'), tw('title', head.title), tw('description', head.description)]
  return [
    ...tags,
    og('image', image.url),
    og('image:type', 'image/png'),
    og('image:width', String(image.width)),
    og('image:height', String(image.height)),
    og('image:alt', image.alt),
    tw('card', 'summary_large_image'),
    tw('title', head.title),
    tw('description', head.description),
    tw('image', image.url),
    tw('image:alt', image.alt),
  ]
}

function person(data: PageData, origin: string, actorId: string): Record<string, unknown> {
  const actor = data.actors[actorId]
  return {
    '@type': actor?.kind === 'organization' ? 'Organization' : 'Person',
    '@id': `${origin}${paths.actor(actorId).page}`,
    name: actor?.name ?? actorId,
    ...(actor?.role ? { jobTitle: actor.role } : {}),
  }
}

function article(view: StatementView, origin: string): Record<string, unknown> {
  const s = view.statement
  const source = view.chain.source
  const meta = view.source
  const archived = `${origin}${paths.source(s.source).self}`
  return {
    '@type': 'CreativeWork',
    '@id': archived,
    identifier: source.id,
    ...(source.title ? { name: source.title } : {}),
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    // The label says "publisher unknown" rather than leaving a reader to guess.
    description: `Source ${source.id}: ${sourceLabel(source)}`,
    url: meta?.url ?? archived,
    archivedAt: archived,
  }
}

/**
 * A direct or partial quotation as a schema.org `Quotation`; a paraphrase is the
 * writer's sentence, so it is a `Claim` *about* the speaker, never their `Quotation`.
 */
export function statementLd(data: PageData, origin: string, s: Statement): Record<string, unknown> {
  const view = data.statements[s.id]
  if (!view) throw new Error(`statement ${s.id} is not in the page's data`)
  const chain = view.chain
  const speaker = person(data, origin, s.speaker)
  const source = article(view, origin)
  const common = {
    // The fragment keeps the statement apart from its share page (an ItemPage at the bare URL).
    '@id': `${origin}${paths.quote(s.id).page}#statement`,
    url: `${origin}${paths.quote(s.id).page}`,
    text: s.text,
    ...(chain.source.date ? { dateCreated: chain.source.date } : {}),
    about: s.topics.map((t) => ({ '@type': 'Thing', name: data.topics[t]?.name ?? t })),
    isBasedOn: source,
    citation: source,
  }
  if (isQuotation(s)) return { '@type': 'Quotation', ...common, spokenByCharacter: speaker, creator: speaker }
  return {
    '@type': 'Claim',
    ...common,
    description: `Paraphrase: the article’s own words reporting what ${chain.speaker.name} said; not a quotation.`,
    mentions: speaker,
    appearance: source,
  }
}

/** The page as an `ItemPage` whose main entities are its statements. */
export function jsonLd(data: PageData, origin: string, head: HeadInfo, described: Described): Record<string, unknown> {
  const { image } = head
  const statements = described.statements.map((s) => statementLd(data, origin, s))
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'ItemPage',
        '@id': head.canonical,
        url: head.canonical,
        name: head.title,
        description: head.description,
        isPartOf: { '@type': 'WebSite', name: 'onrecord', url: `${origin}/` },
        ...(image
          ? { primaryImageOfPage: { '@type': 'ImageObject', contentUrl: image.url, width: image.width, height: image.height, caption: image.alt } }
          : {}),
        mainEntity: statements.map((s) => ({ '@id': s['@id'] })),
      },
      ...statements,
    ],
  }
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>`, `&` and the line
 * separators are written as \u escapes, so no data can close the element or start markup.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * /oembed (oEmbed 1.0, type "photo") for this deployment's own share pages and cards.
 *
 * Only URLs of this deployment are answered: the `url` parameter is parsed, its origin
 * must equal the public origin and its path must be a share page or a card of an
 * existing record. Nothing is fetched and nothing redirects, so this is no open proxy.
 *
 * Deviations from the oEmbed spec, on purpose (the project answers bad input with
 * 400/404 problem+json): a `format` other than "json" is a 400 naming the allowed value
 * "json" (the spec says 501). `maxwidth`/`maxheight` pick a card size that fits: the
 * card URL's own `size` if it names one, else og (1200×630) when it fits, else the
 * largest that fits; when none fits the answer is 404, since cards are not scaled.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { cors } from 'hono/cors'
import { recordStore } from '../read/corpus'
import { notFound, ProblemError } from '../errors'
import { describe } from '../pages/describe'
import {
  CARD_SIZES,
  cardPath,
  pagePath,
  publicOrigin,
  SIZE_NAMES,
  THEMES,
  type CardKind,
  type CardSize,
  type Theme,
  CARD_PATH,
  kindOfSegment,
  PAGE_PATH,
} from '../urls'
import { corpus, createRouter } from './openapi'
import { problemReply } from './schemas'

const Dimension = z.coerce.number().int().positive().optional()

export const OEmbedQuery = z.object({
  url: z.string().min(1).openapi({ param: { name: 'url', in: 'query' }, example: 'https://onrecord.example/quotes/ca7c55e2-q06' }),
  format: z.enum(['json']).default('json').openapi({ param: { name: 'format', in: 'query' } }),
  maxwidth: Dimension.openapi({ param: { name: 'maxwidth', in: 'query' } }),
  maxheight: Dimension.openapi({ param: { name: 'maxheight', in: 'query' } }),
})

export const OEmbedPhoto = z
  .object({
    version: z.literal('1.0'),
    type: z.literal('photo'),
    url: z.string().openapi({ description: 'Absolute URL of the card PNG.' }),
    width: z.number().int(),
    height: z.number().int(),
    title: z.string(),
    author_name: z.string().openapi({ description: 'Whose words the card shows.' }),
    author_url: z.string().optional(),
    provider_name: z.literal('onrecord'),
    provider_url: z.string(),
  })
  .openapi('OEmbedPhoto')


interface Target {
  kind: CardKind
  id: string
  size?: CardSize | undefined
  theme?: Theme | undefined
}

function refuse(url: string, origin: string, why: string): ProblemError {
  return new ProblemError(
    400,
    `Parameter "url" is ${JSON.stringify(url)}: ${why}. Allowed: URLs of ${origin} with the path /actors/{id}, /quotes/{id}, /topics/{id} or /cards/{actors|quotes|topics}/{id}.png.`,
    { extensions: { parameter: 'url', received: url } },
  )
}

function option<T extends string>(url: string, origin: string, name: string, value: string | null, allowed: readonly T[]): T | undefined {
  if (value === null) return undefined
  if (!(allowed as readonly string[]).includes(value)) throw refuse(url, origin, `its ${name} is ${JSON.stringify(value)}, not one of ${allowed.join(', ')}`)
  return value as T
}

/**
 * Which card a URL of this deployment names, or why it is refused.
 * @example
 * oembedTarget('https://x.example/cards/quotes/q1.png?size=square', 'https://x.example') // { kind: 'quote', id: 'q1', size: 'square' }
 */
export function oembedTarget(url: string, origin: string): Target {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw refuse(url, origin, 'it is not an absolute URL')
  }
  if (parsed.origin !== origin || parsed.username || parsed.password) throw refuse(url, origin, 'it is not a URL of this deployment')
  const page = PAGE_PATH.exec(parsed.pathname)
  const card = CARD_PATH.exec(parsed.pathname)
  const match = page ?? card
  const kind = match?.[1] ? kindOfSegment(match[1]) : undefined
  if (!match?.[2] || !kind) throw refuse(url, origin, 'its path is neither a share page nor a card')
  let id: string
  try {
    id = decodeURIComponent(match[2])
  } catch {
    throw refuse(url, origin, 'its id is not valid percent-encoding')
  }
  if (!card) return { kind, id }
  return {
    kind,
    id,
    size: option(url, origin, 'size', parsed.searchParams.get('size'), SIZE_NAMES),
    theme: option(url, origin, 'theme', parsed.searchParams.get('theme'), THEMES),
  }
}

/** The card size to answer with under maxwidth/maxheight, or undefined when none fits. */
export function fitSize(wanted: CardSize | undefined, maxwidth = Infinity, maxheight = Infinity): CardSize | undefined {
  const fits = (s: CardSize) => CARD_SIZES[s].width <= maxwidth && CARD_SIZES[s].height <= maxheight
  if (wanted) return fits(wanted) ? wanted : undefined
  if (fits('og')) return 'og'
  const area = (s: CardSize) => CARD_SIZES[s].width * CARD_SIZES[s].height
  return SIZE_NAMES.filter(fits).sort((a, b) => area(b) - area(a))[0]
}

export const oembed = createRouter()
oembed.use('/oembed', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }))
oembed.openapi(
  createRoute({
    method: 'get',
    path: '/oembed',
    tags: ['oembed'],
    summary: 'oEmbed (type photo) for a share page or card URL of this deployment',
    request: { query: OEmbedQuery },
    responses: {
      200: { description: 'The card as an oEmbed photo', content: { 'application/json': { schema: OEmbedPhoto } } },
      400: problemReply('The url is not a share page or card of this deployment, or format is not "json"'),
      404: problemReply('No record has this id, or no card size fits maxwidth/maxheight'),
    },
  }),
  async (c) => {
    const { url, maxwidth, maxheight } = c.req.valid('query')
    const origin = publicOrigin(c.env.PUBLIC_ORIGIN, c.req.url)
    const target = oembedTarget(url, origin)
    const { db, version } = await corpus(c)
    const store = await recordStore(db, version, target.kind, target.id)
    const described = store && describe(store, target.kind, target.id)
    if (!described) throw notFound(target.kind, target.id)
    const size = fitSize(target.size, maxwidth, maxheight)
    if (!size) {
      const offered = (target.size ? [target.size] : SIZE_NAMES).map((s) => `${s} ${CARD_SIZES[s].width}×${CARD_SIZES[s].height}`)
      throw new ProblemError(404, `No card fits maxwidth=${maxwidth ?? 'any'} and maxheight=${maxheight ?? 'any'}; sizes offered: ${offered.join(', ')}.`, {
        extensions: { maxwidth: maxwidth ?? null, maxheight: maxheight ?? null },
      })
    }
    const speaker = described.speakers.length === 1 ? described.statements[0]?.speaker : undefined
    return c.json(
      {
        version: '1.0' as const,
        type: 'photo' as const,
        url: `${origin}${cardPath(target.kind, target.id, { size, theme: target.theme ?? 'light' })}`,
        ...CARD_SIZES[size],
        title: described.title,
        author_name: described.speakers.join(', ') || 'onrecord',
        ...(speaker ? { author_url: `${origin}${pagePath('actor', speaker)}` } : {}),
        provider_name: 'onrecord' as const,
        provider_url: `${origin}/`,
      },
      200,
    )
  },
)

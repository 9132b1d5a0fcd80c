/**
 * Reading pages and images the way a crawler does, inside workerd: the head's meta and
 * link tags through HTMLRewriter (a real HTML parser), PNG dimensions from the IHDR chunk.
 */
import { pngSize as readPngSize } from '../../src/card/png'

export interface PageHead {
  /** `property` (Open Graph) or `name` (Twitter, description) → content. */
  meta: Record<string, string>
  links: { rel: string; type: string | null; href: string }[]
  jsonLd: unknown[]
  title: string
}

/** lol-html hands attribute values over as written; hono/jsx writes these five entities. */
function decode(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '')
}

export async function readHead(html: string): Promise<PageHead> {
  const head: PageHead = { meta: {}, links: [], jsonLd: [], title: '' }
  const scripts: string[] = []
  await new HTMLRewriter()
    .on('head meta', {
      element(e) {
        const key = e.getAttribute('property') ?? e.getAttribute('name')
        const content = e.getAttribute('content')
        if (key && content !== null) head.meta[key] = decode(content)
      },
    })
    .on('head link', {
      element(e) {
        head.links.push({ rel: e.getAttribute('rel') ?? '', type: e.getAttribute('type'), href: decode(e.getAttribute('href') ?? '') })
      },
    })
    .on('head title', {
      text(t) {
        head.title += t.text
      },
    })
    .on('script[type="application/ld+json"]', {
      element() {
        scripts.push('')
      },
      text(t) {
        scripts[scripts.length - 1] += t.text
      },
    })
    .transform(new Response(html))
    .text()
  head.jsonLd = scripts.map((s) => JSON.parse(s))
  head.title = decode(head.title)
  return head
}

/** Width and height of a PNG (signature checked), by the cards' own reader. */
export function pngSize(bytes: ArrayBuffer): { width: number; height: number } {
  return readPngSize(new Uint8Array(bytes))
}

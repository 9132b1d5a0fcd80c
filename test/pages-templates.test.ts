/** The page templates escape every piece of data; the JSON-LD block cannot be closed by data. */
import { describe, expect, it } from 'vitest'
import { Layout } from '../src/pages/layout'
import { scriptJson } from '../src/pages/meta'
import { embedCode, sentenceAround } from '../src/pages/share'

const EVIL = '"><script>alert(1)</script><img src=x onerror=alert(2)>'

describe('page templates', () => {
  it('escape data in text, attributes and meta tags', async () => {
    const html = String(
      await Layout({
        head: { title: EVIL, description: EVIL, canonical: `https://x.example/${EVIL}`, type: 'article', image: { url: EVIL, width: 1, height: 1, alt: EVIL } },
        ld: { text: `</script>${EVIL}` },
        children: EVIL,
      }),
    )
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img src=x')
    expect(html.match(/<script/g)).toHaveLength(2)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('write JSON-LD with <, > and & as \\u escapes, which JSON.parse reads back', () => {
    const value = { text: `</script><!-- & \u2028` }
    const json = scriptJson(value)
    expect(json).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028"}')
    expect(JSON.parse(json)).toEqual(value)
  })

  it('build embed code with the alt text escaped', () => {
    expect(embedCode('https://x.example/quotes/q', 'https://x.example/cards/quotes/q.png', 'He said "no" & <left>')).toBe(
      '<a href="https://x.example/quotes/q"><img src="https://x.example/cards/quotes/q.png" width="1200" height="630" alt="He said &quot;no&quot; &amp; &lt;left&gt;"/></a>',
    )
  })

  it('find the sentence around a partial quotation', () => {
    const text = 'First one. He called it a “backstop” for peace. Next.'
    const start = text.indexOf('backstop')
    expect(sentenceAround(text, start, start + 8)).toEqual({ before: 'He called it a “', quoted: 'backstop', after: '” for peace.' })
  })
})

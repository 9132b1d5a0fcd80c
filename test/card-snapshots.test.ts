/**
 * One SVG snapshot per card kind, reviewed by eye (render them to PNG to look: the SVG
 * holds text as paths). A change to a template shows up here as a diff to review.
 */
import { describe, expect, it } from 'vitest'
import { get } from './helpers/fetch'

const CARDS = [
  ['actors', 'donald-trump', 'og', 'light'],
  ['actors', 'vladimir-putin', 'square', 'dark'],
  ['quotes', 'ca7c55e2-q09', 'og', 'dark'],
  ['quotes', '5978e6f2-p05', 'story', 'light'],
  ['topics', 'peace-deal', 'og', 'light'],
  ['topics', 'security-guarantees', 'story', 'dark'],
] as const

describe('card SVG snapshots', { timeout: 30_000 }, () => {
  for (const [plural, id, size, theme] of CARDS) {
    it(`${plural}/${id} ${size} ${theme}`, async () => {
      const res = await get(`/cards/${plural}/${id}.svg?size=${size}&theme=${theme}`)
      expect(res.status).toBe(200)
      await expect(await res.text()).toMatchFileSnapshot(`./__snapshots__/${plural}-${id}.${size}.${theme}.svg`)
    })
  }
})

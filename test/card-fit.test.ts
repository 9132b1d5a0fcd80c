import satori, { type SatoriNode } from 'satori/standalone'
import { describe, expect, it } from 'vitest'
import { cardModel, type CardKind } from '../src/card/model'
import { ELLIPSIS, fitText, shortenTo, unverifiedPieces, wrapLines } from '../src/card/fit'
import { FONTS, fontMeasure, type Measure } from '../src/card/fonts'
import { SIZES, SIZE_NAMES, THEMES } from '../src/card/params'
import { chrome, context } from '../src/card/parts'
import { layCard } from '../src/card/template'
import { wasmReady } from '../src/card/wasm'
import { seedStore } from './helpers/seed'
import { everyCard } from './helpers/cards'

/** Every character 10 px wide at size 20: easy to reason about. */
const mono: Measure = (text, size) => [...text].length * size * 0.5

const STARMER = 'ca7c55e2-q09'

describe('fitText', () => {
  it('keeps a text whole at the largest size that fits', () => {
    const fitted = fitText('one two three', { width: 100, height: 60, sizes: [40, 20], lineHeight: 1.5, weight: 400 }, mono)
    expect(fitted).toEqual({ text: 'one two three', size: 20, lines: 2, height: 60, cut: false, overflow: false })
  })

  it('shortens only at word boundaries at the smallest size, marking the cut with …', () => {
    const text = 'alpha beta gamma delta epsilon zeta'
    const fitted = fitText(text, { width: 120, height: 60, sizes: [30, 20], lineHeight: 1.5, weight: 400 }, mono)
    // 12 characters a line, two lines: "alpha beta" / "gamma …"
    expect(fitted).toMatchObject({ text: 'alpha beta gamma …', size: 20, lines: 2, cut: true, overflow: false })
    expect(text.startsWith(fitted.text.slice(0, -2))).toBe(true)
  })

  it('never lets a cut follow a piece separator twice', () => {
    expect(shortenTo('one two … three four', 3)).toBe('one two …')
    expect(shortenTo('one two … three four', 4)).toBe('one two … three …')
  })

  it('reports overflow rather than drawing a word that cannot fit', () => {
    expect(fitText('incomprehensibilities', { width: 50, height: 100, sizes: [20], lineHeight: 1, weight: 400 }, mono).overflow).toBe(true)
  })

  it('wraps at spaces only, within the width', () => {
    expect(wrapLines('aa bb cc dd', 50, 20, 400, mono)).toEqual(['aa bb', 'cc dd'])
  })

  it('measures with the bundled fonts: Latin, Latin Extended and Cyrillic all have widths', async () => {
    const measure = await fontMeasure()
    for (const text of ['Zelenskyy', 'Łukasz Ścibor', 'Володимир Зеленський']) {
      const width = measure(text, 20, 400)
      expect(width).toBeGreaterThan(text.length * 20 * 0.3)
      expect(width).toBeLessThan(text.length * 20 * 0.8)
    }
    expect(measure('Inter', 20, 700)).toBeGreaterThan(measure('Inter', 20, 400))
  })
})

describe('quotes on cards', () => {
  const store = seedStore()

  it('draws every quotation verbatim, or as verbatim pieces joined or cut with …, on every card, size and theme', async () => {
    const measure = await fontMeasure()
    let quotes = 0
    for (const [plural, id] of everyCard()) {
      const model = cardModel(store, plural.slice(0, -1) as CardKind, id)!
      for (const size of SIZE_NAMES) {
        for (const theme of THEMES) {
          const { drawn } = layCard(model, size, theme, measure)
          for (const d of drawn.filter((x) => x.role === 'quote' || x.role === 'paraphrase')) {
            quotes++
            expect(d.statements?.length, `${plural}/${id} ${size}`).toBeGreaterThan(0)
            const statements = d.statements!.map((s) => store.statement(s)!)
            // each piece is in the statement's text, and that text is at its offset in the source
            for (const s of statements) expect(store.text(s.source)!.slice(s.start, s.start + s.text.length)).toBe(s.text)
            expect(unverifiedPieces(d.text, statements.map((s) => s.text)), `${plural}/${id} ${size}: ${d.text}`).toEqual([])
            // a paraphrase is never drawn as a quotation, nor a quotation as a paraphrase
            expect(statements.every((s) => (s.kind === 'paraphrase') === (d.role === 'paraphrase'))).toBe(true)
            // a cut is always marked, and the text starts where the quotation starts
            expect(statements[0]!.text.startsWith(d.text.split(` ${ELLIPSIS}`)[0]!)).toBe(true)
          }
          // no credit line without its quote, never a quote without its credit
          const credits = drawn.filter((x) => x.role === 'credit').map((x) => x.statements?.join())
          expect(drawn.filter((x) => x.role === 'quote' || x.role === 'paraphrase').map((x) => x.statements?.join())).toEqual(credits)
        }
      }
    }
    expect(quotes).toBeGreaterThan(300)
  })

  it('fits Starmer’s longest quote on its quote card, his actor card and the topic cards, in every size', async () => {
    const longest = [...store.data.statements].sort((a, b) => b.text.length - a.text.length)[0]!
    expect(longest.id).toBe(STARMER)
    const measure = await fontMeasure()
    for (const size of SIZE_NAMES) {
      for (const [kind, id] of [['quote', STARMER], ['actor', 'keir-starmer'], ['topic', 'peace-deal'], ['topic', 'security-guarantees']] as const) {
        const { drawn } = layCard(cardModel(store, kind, id)!, size, 'light', measure)
        const shown = drawn.find((d) => d.role === 'quote' && d.statements?.includes(STARMER))
        expect(shown, `${kind} ${id} ${size}`).toBeDefined()
        expect(shown!.text.split(' ').length, `${kind} ${id} ${size}: ${shown!.text}`).toBeGreaterThanOrEqual(8)
        expect(drawn.find((d) => d.role === 'credit' && d.statements?.includes(STARMER))?.text).toBe('— Keir Starmer, quoted by The Telegraph')
      }
      // on its own card it is whole
      const own = layCard(cardModel(store, 'quote', STARMER)!, size, 'dark', measure).drawn.find((d) => d.role === 'quote')!
      expect(own.text).toBe(longest.text)
    }
  })

  it('draws the actors of a topic card at one size per role: no column louder than another', async () => {
    const measure = await fontMeasure()
    let multi = 0
    for (const topic of store.data.topics) {
      for (const size of SIZE_NAMES) {
        const { drawn } = layCard(cardModel(store, 'topic', topic.id)!, size, 'light', measure)
        const quotes = drawn.filter((d) => d.role === 'quote')
        if (quotes.length > 1) multi++
        for (const role of ['quote', 'summary', 'name'] as const) {
          // The topic's own name and description are drawn once each, above the entries.
          const sizes = drawn.filter((d) => d.role === role).slice(role === 'name' || role === 'summary' ? 1 : 0).map((d) => d.size)
          expect(sizes.every((x) => x !== undefined && x === sizes[0]), `${topic.id} ${size} ${role}: ${sizes.join(', ')}`).toBe(true)
        }
      }
    }
    // The seeds have topics with several quoting actors, so the rule is exercised, not vacuous.
    expect(multi).toBeGreaterThan(3)
  })

  it('lays every card out inside its frame: satori puts no box past the padding or text over the footer', async () => {
    await wasmReady()
    const measure = await fontMeasure()
    for (const [plural, id] of everyCard().filter(([p, i]) => p !== 'quotes' || i === STARMER || i.endsWith('p05'))) {
      const model = cardModel(store, plural.slice(0, -1) as CardKind, id)!
      for (const size of SIZE_NAMES) {
        const { width, height } = SIZES[size]
        const ctx = context(size, 'light', measure)
        const footerTop = height - ctx.pad - chrome(ctx).footer
        const nodes: SatoriNode[] = []
        const { element } = layCard(model, size, 'light', measure)
        await satori(element as Parameters<typeof satori>[0], { width, height, fonts: FONTS, onNodeDetected: (n) => nodes.push(n) })
        const texts = nodes.filter((n) => n.type === 'text' || n.textContent !== undefined)
        expect(texts.length).toBeGreaterThan(5)
        for (const n of nodes.slice(1)) {
          const where = `${plural}/${id} ${size}: ${n.type} ${JSON.stringify(n.textContent ?? '').slice(0, 40)} at ${n.left},${n.top} ${n.width}×${n.height}`
          expect(n.left, where).toBeGreaterThanOrEqual(ctx.pad - 1)
          expect(n.left + n.width, where).toBeLessThanOrEqual(width - ctx.pad + 1)
          expect(n.top + n.height, where).toBeLessThanOrEqual(height - ctx.pad + 1)
        }
        for (const n of texts.filter((t) => t.top < footerTop - 1)) {
          expect(n.top + n.height, `${plural}/${id} ${size}: ${n.textContent} overlaps the footer`).toBeLessThanOrEqual(footerTop + 1)
        }
      }
    }
  })
})

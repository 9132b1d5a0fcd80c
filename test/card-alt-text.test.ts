/**
 * Alt text on the card itself: at most 420 characters (X's limit for image descriptions), and
 * still naming the speaker, the outlet (the credit line) and the source, for every card the
 * data has and for a quotation far longer than the limit.
 */
import { describe, expect, it } from 'vitest'
import { ALT_MAX, cutAtWord, modelAltText } from '../src/card/alt-text'
import { cardModel, type QuoteCardModel } from '../src/card/model'
import { seedStore as getStore } from './helpers/seed'
import { everyCard } from './helpers/cards'

describe('alt text', () => {
  it('is X’s limit, 420 characters', () => {
    expect(ALT_MAX).toBe(420)
  })

  it('cuts a quotation at a word, with an ellipsis', () => {
    expect(cutAtWord('it will simply give him the opportunity to wait', 20)).toBe('it will simply give…')
    expect(cutAtWord('a ceasefire without a backstop, it will', 33)).toBe('a ceasefire without a backstop…')
    expect(cutAtWord('short enough', 20)).toBe('short enough')
  })

  it('fits 420 characters on every card and names speaker, outlet and source', () => {
    const store = getStore()
    for (const [plural, id] of everyCard()) {
      const model = cardModel(store, plural === 'actors' ? 'actor' : plural === 'quotes' ? 'quote' : 'topic', id)!
      const alt = modelAltText(model)
      expect(alt.length, `${plural}/${id}: ${alt}`).toBeLessThanOrEqual(420)
      if (model.kind === 'quote') {
        expect(alt).toContain(model.speakerName)
        if (model.statementKind !== 'paraphrase') expect(alt).toContain(`— ${model.credit}.`) // the credit carries the outlet: "quoted by The Telegraph"
        expect(alt).toContain(model.source.label)
      } else if (model.kind === 'actor') {
        expect(alt.startsWith(`Actor card: ${model.name}`)).toBe(true)
        const first = model.quotes[0] ?? model.mentions[0]
        if (first) expect(alt, `${id}: ${alt}`).toContain(`— ${first.credit}.`)
        expect(alt).toContain(model.sources[0]!.label)
      } else {
        for (const e of model.entries) expect(alt).toContain(e.name)
        const first = model.entries[0]?.quote
        if (first) expect(alt, `${id}: ${alt}`).toContain(`— ${first.credit}.`)
        if (model.sources[0]) expect(alt).toContain(model.sources[0].label)
      }
    }
  })

  it('says the conduit of a quotation reported through an outlet', () => {
    const alt = modelAltText(cardModel(getStore(), 'quote', 'ca7c55e2-q08')!)
    expect(alt).toContain('Keir Starmer, quoted by The Telegraph')
  })

  it('shortens a quotation longer than the limit, keeping its speaker, outlet and source', () => {
    const base = cardModel(getStore(), 'quote', 'ca7c55e2-q08') as QuoteCardModel
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ')
    const alt = modelAltText({ ...base, text: long, occasion: 'at a press conference in London after the summit' })
    expect(alt.length).toBeLessThanOrEqual(420)
    expect(alt).toMatch(/^Quote card: “word0 word1 word2 .* word\d+…” — Keir Starmer, quoted by The Telegraph\. /)
    expect(alt.endsWith(`Source: ${base.source.label}.`)).toBe(true)
  })

  it('gives the Trump actor card — 1,285 characters before the limit — in 420 or fewer', () => {
    const alt = modelAltText(cardModel(getStore(), 'actor', 'donald-trump')!)
    expect(alt.length).toBeLessThanOrEqual(420)
    expect(alt).toMatch(/^Actor card: Donald Trump, .*Quotes: “.+” — Donald Trump.*Sources?: /)
  })
})

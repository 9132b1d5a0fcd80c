/**
 * The PolNeAR converter and eval on a tiny synthetic sample written here (brat standoff +
 * CoreNLP XML in PolNeAR's layout): the corpus itself is never needed by the tests.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { convertArticle, devPart, findQuotedPassages, parseBrat, parseCoreNlp } from '../../scripts/lib/polnear'
import { scoreQuotes } from '../../src/extract/score'
import { extractQuotes } from '../../src/extract/extract'

const TEXT = [
  'Jane Roe spoke in Ohio on Monday.',
  '',
  '"We will win," she told the Daily Post.',
  '',
  'The party said the plan was "dead."',
  '',
  'Roe, a farmer, said the tax was "a theft."',
  '',
  'Some call it "the Roe plan."',
].join('\n')

/** Tokens as CoreNLP gives them: [word, NER] in text order; offsets found in TEXT. */
const TOKENS: [string, string][][] = [
  [['Jane', 'PERSON'], ['Roe', 'PERSON'], ['spoke', 'O'], ['in', 'O'], ['Ohio', 'LOCATION'], ['on', 'O'], ['Monday', 'DATE'], ['.', 'O']],
  [['"', 'O'], ['We', 'O'], ['will', 'O'], ['win', 'O'], [',', 'O'], ['"', 'O'], ['she', 'O'], ['told', 'O'], ['the', 'O'], ['Daily', 'ORGANIZATION'], ['Post', 'ORGANIZATION'], ['.', 'O']],
  [['The', 'O'], ['party', 'O'], ['said', 'O'], ['the', 'O'], ['plan', 'O'], ['was', 'O'], ['"', 'O'], ['dead', 'O'], ['.', 'O'], ['"', 'O']],
  [['Roe', 'PERSON'], [',', 'O'], ['a', 'O'], ['farmer', 'O'], [',', 'O'], ['said', 'O'], ['the', 'O'], ['tax', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['theft', 'O'], ['.', 'O'], ['"', 'O']],
  [['Some', 'O'], ['call', 'O'], ['it', 'O'], ['"', 'O'], ['the', 'O'], ['Roe', 'PERSON'], ['plan', 'O'], ['.', 'O'], ['"', 'O']],
]

function coreNlpXml(text = TEXT, sentenceTokens = TOKENS, chains = CHAIN): string {
  let at = 0
  const sentences = sentenceTokens.map((tokens, si) => {
    const xml = tokens.map(([word, ner], ti) => {
      const start = text.indexOf(word, at)
      at = start + word.length
      const pos = ner === 'PERSON' || ner === 'ORGANIZATION' ? 'NNP' : word === 'she' ? 'PRP' : 'NN'
      return `<token id="${ti + 1}"><word>${word.replace(/"/g, '&quot;')}</word><lemma>x</lemma><CharacterOffsetBegin>${start}</CharacterOffsetBegin><CharacterOffsetEnd>${at}</CharacterOffsetEnd><POS>${pos}</POS><NER>${ner}</NER></token>`
    })
    return `<sentence id="${si + 1}"><tokens>${xml.join('')}</tokens></sentence>`
  })
  return `<?xml version="1.0"?><root><document><sentences>${sentences.join('')}</sentences><coreference>${chains}</coreference></document></root>`
}
// One chain: "Jane Roe" (sentence 1, tokens 1–2) and "she" (sentence 2, token 7).
const CHAIN = '<coreference><mention representative="true"><sentence>1</sentence><start>1</start><end>3</end><head>2</head><text>Jane Roe</text></mention><mention><sentence>2</sentence><start>7</start><end>8</end><head>7</head><text>she</text></mention></coreference>'

/** A brat line for the n-th occurrence of `words` in TEXT. */
function span(id: string, type: string, words: string, from = 0): string {
  const start = TEXT.indexOf(words, from)
  if (start < 0) throw new Error(`no ${words}`)
  return `${id}\t${type} ${start} ${start + words.length}\t${words}`
}
const at = (s: string) => TEXT.indexOf(s)
const ANN = [
  span('T1', 'Source', 'she'), span('T2', 'Cue', 'told'), span('T3', 'Content', '"We will win,"'),
  'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
  span('T4', 'Source', 'The party'), span('T5', 'Cue', 'said', at('The party')), span('T6', 'Content', 'the plan was "dead."'),
  'E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6',
  span('T7', 'Source', 'Roe', at('Roe, a farmer')), span('T8', 'Cue', 'said', at('Roe, a farmer')), span('T9', 'Content', 'the tax was "a theft."'),
  'E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9',
].join('\n')

describe('PolNeAR converter', () => {
  const gold = convertArticle(TEXT, parseBrat(ANN, TEXT), parseCoreNlp(coreNlpXml())).gold.quotes

  it('finds every double-quoted passage, straight marks alternating', () => {
    expect(findQuotedPassages(TEXT).map((q) => TEXT.slice(q.open + 1, q.close))).toEqual(['We will win,', 'dead.', 'a theft.', 'the Roe plan.'])
  })

  it('resolves a pronoun source through coreference to the fullest name, with its outlet', () => {
    expect(gold[0]).toMatchObject({ text: 'We will win,', speaker: 'Jane Roe', conduit: 'Daily Post', kind: 'direct', start: at('We will win') })
  })

  it('gives no speaker to words whose source is not a named person, or that no attribution holds', () => {
    expect(gold[1]).toMatchObject({ text: 'dead.', speaker: null, kind: 'partial' })
    expect(gold[3]).toMatchObject({ text: 'the Roe plan.', speaker: null, note: 'in no attribution content' })
  })

  it('names a surname source by the fullest name in the article', () => {
    expect(gold[2]).toMatchObject({ text: 'a theft.', speaker: 'Jane Roe', conduit: null, kind: 'partial' })
  })

  it('scores the extractor on it, a name on nobody’s words counting as spurious', () => {
    const score = scoreQuotes(TEXT, { quotes: gold }, extractQuotes(TEXT))
    expect(score.categories.spurious).toBe(0)
    expect(score.spanSpeaker.precision).toBe(1)
  })

  it('never runs a name over a line break (a section mark "X." above "Sexton said" is no initial)', () => {
    const text = 'Jared Sexton teaches.\n\nX.\n\nSexton said it was "a hard time."'
    const tokens: [string, string][][] = [
      [['Jared', 'PERSON'], ['Sexton', 'PERSON'], ['teaches', 'O'], ['.', 'O']],
      [['X.', 'PERSON'], ['Sexton', 'PERSON'], ['said', 'O'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['hard', 'O'], ['time', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    const from = text.indexOf('Sexton said')
    const ann = [`T1\tSource ${from} ${from + 6}\tSexton`, `T2\tCue ${from + 7} ${from + 11}\tsaid`, `T3\tContent ${from + 12} ${text.length}\tit was "a hard time."`, 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3'].join('\n')
    const quotes = convertArticle(text, parseBrat(ann, text), parseCoreNlp(coreNlpXml(text, tokens, ''))).gold.quotes
    expect(quotes[0]).toMatchObject({ text: 'a hard time.', speaker: 'Jared Sexton' })
  })

  it('takes a conduit only where an outlet carries the words: past an interviewer, not a topic or a venue', () => {
    const text = '"We will win," Roe told Bill Hale of the Daily Post.\n\nRoe blasted Acme for its "greed."\n\n"It is time," Roe said during a speech in Dayton.'
    const tokens: [string, string][][] = [
      [['"', 'O'], ['We', 'O'], ['will', 'O'], ['win', 'O'], [',', 'O'], ['"', 'O'], ['Roe', 'PERSON'], ['told', 'O'], ['Bill', 'PERSON'], ['Hale', 'PERSON'], ['of', 'O'], ['the', 'O'], ['Daily', 'ORGANIZATION'], ['Post', 'ORGANIZATION'], ['.', 'O']],
      [['Roe', 'PERSON'], ['blasted', 'O'], ['Acme', 'ORGANIZATION'], ['for', 'O'], ['its', 'O'], ['"', 'O'], ['greed', 'O'], ['.', 'O'], ['"', 'O']],
      [['"', 'O'], ['It', 'O'], ['is', 'O'], ['time', 'O'], [',', 'O'], ['"', 'O'], ['Roe', 'PERSON'], ['said', 'O'], ['during', 'O'], ['a', 'O'], ['speech', 'O'], ['in', 'O'], ['Dayton', 'ORGANIZATION'], ['.', 'O']],
    ]
    const brat = (n: number, source: string, cue: string, content: string, from: number) => {
      const s = text.indexOf(source, from)
      const c = text.indexOf(cue, from)
      const q = text.indexOf(content, from)
      return [`T${n}\tSource ${s} ${s + source.length}\t${source}`, `T${n + 1}\tCue ${c} ${c + cue.length}\t${cue}`, `T${n + 2}\tContent ${q} ${q + content.length}\t${content}`, `E${n}\tAttribution:T${n + 1} Source:T${n} Cue:T${n + 1} Content:T${n + 2}`]
    }
    const ann = [
      ...brat(1, 'Roe', 'told', '"We will win,"', 0),
      ...brat(4, 'Roe', 'blasted Acme for its', '"greed."', text.indexOf('Roe blasted')),
      ...brat(7, 'Roe', 'said during a speech', '"It is time,"', text.indexOf('"It is')),
    ].join('\n')
    const quotes = convertArticle(text, parseBrat(ann, text), parseCoreNlp(coreNlpXml(text, tokens, ''))).gold.quotes
    expect(quotes.map((q) => q.conduit)).toEqual(['Daily Post', null, null])
  })

  it('finds the outlet after the source whatever the cue, and one the tagger took for MISC before the medium it put on', () => {
    const text = '"We will win," Roe said on Metro News, adding "soon."\n\n"It is time," Roe said at a Daily Star town hall.'
    const tokens: [string, string][][] = [
      [['"', 'O'], ['We', 'O'], ['will', 'O'], ['win', 'O'], [',', 'O'], ['"', 'O'], ['Roe', 'PERSON'], ['said', 'O'], ['on', 'O'], ['Metro', 'ORGANIZATION'], ['News', 'ORGANIZATION'], [',', 'O'], ['adding', 'O'], ['"', 'O'], ['soon', 'O'], ['.', 'O'], ['"', 'O']],
      [['"', 'O'], ['It', 'O'], ['is', 'O'], ['time', 'O'], [',', 'O'], ['"', 'O'], ['Roe', 'PERSON'], ['said', 'O'], ['at', 'O'], ['a', 'O'], ['Daily', 'MISC'], ['Star', 'MISC'], ['town', 'O'], ['hall', 'O'], ['.', 'O']],
    ]
    const xml = coreNlpXml(text, tokens, '').replace(/<word>(Daily|Star)<\/word>([\s\S]*?)<POS>NN<\/POS>/g, '<word>$1</word>$2<POS>NNP</POS>')
    const at = (s: string, from = 0) => text.indexOf(s, from)
    const second = at('"It is')
    const ann = [
      `T1\tSource ${at('Roe')} ${at('Roe') + 3}\tRoe`, `T2\tCue ${at('adding')} ${at('adding') + 6}\tadding`, `T3\tContent ${at('"soon."')} ${at('"soon."') + 7}\t"soon."`,
      `T4\tContent 0 ${at('Roe') - 1}\t"We will win,"`, 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3 Content2:T4',
      `T5\tSource ${at('Roe', second)} ${at('Roe', second) + 3}\tRoe`, `T6\tCue ${at('said', second)} ${at('said', second) + 4}\tsaid`, `T7\tContent ${second} ${second + 14}\t"It is time,"`,
      'E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7',
    ].join('\n')
    const quotes = convertArticle(text, parseBrat(ann, text), parseCoreNlp(xml)).gold.quotes
    expect(quotes.map((q) => q.conduit)).toEqual(['Metro News', 'Metro News', 'Daily Star'])
  })

  it('takes a lone name the tagger calls a person for the outlet told when it tags it an organisation elsewhere', () => {
    const text = 'Metro News ran a poll.\n\nJane Roe told Metro that "we win."'
    const tokens: [string, string][][] = [
      [['Metro', 'ORGANIZATION'], ['News', 'ORGANIZATION'], ['ran', 'O'], ['a', 'O'], ['poll', 'O'], ['.', 'O']],
      [['Jane', 'PERSON'], ['Roe', 'PERSON'], ['told', 'O'], ['Metro', 'PERSON'], ['that', 'O'], ['"', 'O'], ['we', 'O'], ['win', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    const at = (s: string) => text.indexOf(s)
    const ann = [`T1\tSource ${at('Jane')} ${at('Jane') + 8}\tJane Roe`, `T2\tCue ${at('told')} ${at('told') + 4}\ttold`, `T3\tContent ${at('"we')} ${text.length}\t"we win."`, 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3'].join('\n')
    const quotes = convertArticle(text, parseBrat(ann, text), parseCoreNlp(coreNlpXml(text, tokens, ''))).gold.quotes
    expect(quotes[0]).toMatchObject({ speaker: 'Jane Roe', conduit: 'Metro' })
  })

  it('finds the outlet past the quoted words in the cue’s sentence', () => {
    const text = 'Jane Roe called the plan "a theft" on Metro News.'
    const tokens: [string, string][][] = [
      [['Jane', 'PERSON'], ['Roe', 'PERSON'], ['called', 'O'], ['the', 'O'], ['plan', 'O'], ['"', 'O'], ['a', 'O'], ['theft', 'O'], ['"', 'O'], ['on', 'O'], ['Metro', 'ORGANIZATION'], ['News', 'ORGANIZATION'], ['.', 'O']],
    ]
    const at = (s: string) => text.indexOf(s)
    const ann = [`T1\tSource 0 8\tJane Roe`, `T2\tCue ${at('called')} ${at('called') + 6}\tcalled`, `T3\tContent ${at('the plan')} ${at(' on')}\tthe plan "a theft"`, 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3'].join('\n')
    const quotes = convertArticle(text, parseBrat(ann, text), parseCoreNlp(coreNlpXml(text, tokens, ''))).gold.quotes
    expect(quotes[0]).toMatchObject({ speaker: 'Jane Roe', conduit: 'Metro News' })
  })

  it('keeps the outlet for the same speaker going on ("he added")', () => {
    const text = '"We will win," Roe told Metro News.\n\n"And soon," Roe added.'
    const tokens: [string, string][][] = [
      [['"', 'O'], ['We', 'O'], ['will', 'O'], ['win', 'O'], [',', 'O'], ['"', 'O'], ['Roe', 'PERSON'], ['told', 'O'], ['Metro', 'ORGANIZATION'], ['News', 'ORGANIZATION'], ['.', 'O']],
      [['"', 'O'], ['And', 'O'], ['soon', 'O'], [',', 'O'], ['"', 'O'], ['Roe', 'PERSON'], ['added', 'O'], ['.', 'O']],
    ]
    const second = text.indexOf('"And')
    const roe2 = text.indexOf('Roe', second)
    const ann = [
      `T1\tSource ${text.indexOf('Roe')} ${text.indexOf('Roe') + 3}\tRoe`, `T2\tCue ${text.indexOf('told')} ${text.indexOf('told') + 4}\ttold`, `T3\tContent 0 14\t"We will win,"`, 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
      `T4\tSource ${roe2} ${roe2 + 3}\tRoe`, `T5\tCue ${roe2 + 4} ${roe2 + 9}\tadded`, `T6\tContent ${second} ${second + 11}\t"And soon,"`, 'E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6',
    ].join('\n')
    const quotes = convertArticle(text, parseBrat(ann, text), parseCoreNlp(coreNlpXml(text, tokens, ''))).gold.quotes
    expect(quotes.map((q) => q.conduit)).toEqual(['Metro News', 'Metro News'])
  })

  it('takes for the outlet told a name the tagger made of two places ("the Dayton Courier")', () => {
    const text = 'Jane Roe told the Dayton Courier that "we win."'
    const tokens: [string, string][][] = [
      [['Jane', 'PERSON'], ['Roe', 'PERSON'], ['told', 'O'], ['the', 'O'], ['Dayton', 'LOCATION'], ['Courier', 'LOCATION'], ['that', 'O'], ['"', 'O'], ['we', 'O'], ['win', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    const xml = coreNlpXml(text, tokens, '')
      .replace(/<word>(Dayton|Courier)<\/word>([\s\S]*?)<POS>NN<\/POS>/g, '<word>$1</word>$2<POS>NNP</POS>')
      .replace(/<word>that<\/word>([\s\S]*?)<POS>NN<\/POS>/, '<word>that</word>$1<POS>IN</POS>')
    const at = (s: string) => text.indexOf(s)
    const ann = [`T1\tSource 0 8\tJane Roe`, `T2\tCue ${at('told')} ${at('told') + 4}\ttold`, `T3\tContent ${at('"we')} ${text.length}\t"we win."`, 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3'].join('\n')
    expect(convertArticle(text, parseBrat(ann, text), parseCoreNlp(xml)).gold.quotes[0]).toMatchObject({ conduit: 'Dayton Courier' })
  })

  it('splits dev by a fixed hash of the file name', () => {
    // sha256 of the names, by sha256sum: 794e…, c963…
    expect(devPart('nyt_2016-10-02_a-curious-plan-to-fight-climate-')).toBe('a')
    expect(devPart('breitbart_2016-09-12_stealth-over-health-hillary-clin')).toBe('b')
  })
})

describe('npm run eval:polnear', { timeout: 60_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'polnear-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const tsx = join('node_modules', '.bin', 'tsx')
  const run = (...args: string[]) => {
    try {
      return { code: 0, out: execFileSync(tsx, ['scripts/eval-polnear.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }) }
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string }
      return { code: e.status, out: e.stdout + e.stderr }
    }
  }

  it('scores a checkout laid out like PolNeAR and refuses the held-out test split', () => {
    for (const d of ['text', 'attributions', 'corenlp']) mkdirSync(join(root, 'data', 'train', d), { recursive: true })
    writeFileSync(join(root, 'data', 'train', 'text', 'sample.txt'), TEXT)
    writeFileSync(join(root, 'data', 'train', 'attributions', 'sample_ab12.ann'), ANN)
    writeFileSync(join(root, 'data', 'train', 'corenlp', 'sample.txt.xml'), coreNlpXml())
    const ok = run(root, '--split', 'train')
    expect(ok.code, ok.out).toBe(0)
    expect(ok.out).toContain('PolNeAR train: 1 articles, 2 quotes by a named person, 0 undecided (not scored)')
    expect(ok.out).toMatch(/missed \d+ · wrong speaker \d+ · spurious 0 · null speaker \d+ · withheld \d+/)
    const test = run(root, '--split', 'test')
    expect(test.code).toBe(2)
    expect(test.out).toContain('The test split is held out for measuring this work once; evaluate on train or dev.')
  })
})

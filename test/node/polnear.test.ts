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
import { scoreQuotes, type GoldQuote } from '../../src/extract/score'
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

/** Tokens as CoreNLP gives them: [word, NER, POS?] in text order; offsets found in TEXT. */
type Tok = [string, string, string?]
const TOKENS: Tok[][] = [
  [['Jane', 'PERSON'], ['Roe', 'PERSON'], ['spoke', 'O'], ['in', 'O'], ['Ohio', 'LOCATION'], ['on', 'O'], ['Monday', 'DATE'], ['.', 'O']],
  [['"', 'O'], ['We', 'O'], ['will', 'O'], ['win', 'O'], [',', 'O'], ['"', 'O'], ['she', 'O'], ['told', 'O'], ['the', 'O'], ['Daily', 'ORGANIZATION'], ['Post', 'ORGANIZATION'], ['.', 'O']],
  [['The', 'O'], ['party', 'O'], ['said', 'O'], ['the', 'O'], ['plan', 'O'], ['was', 'O'], ['"', 'O'], ['dead', 'O'], ['.', 'O'], ['"', 'O']],
  [['Roe', 'PERSON'], [',', 'O'], ['a', 'O'], ['farmer', 'O'], [',', 'O'], ['said', 'O'], ['the', 'O'], ['tax', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['theft', 'O'], ['.', 'O'], ['"', 'O']],
  [['Some', 'O'], ['call', 'O'], ['it', 'O'], ['"', 'O'], ['the', 'O'], ['Roe', 'PERSON'], ['plan', 'O'], ['.', 'O'], ['"', 'O']],
]

function coreNlpXml(text = TEXT, sentenceTokens: Tok[][] = TOKENS, chains = CHAIN): string {
  let at = 0
  const sentences = sentenceTokens.map((tokens, si) => {
    const xml = tokens.map(([word, ner, tag], ti) => {
      const start = text.indexOf(word, at)
      at = start + word.length
      const pos = tag ?? (ner === 'PERSON' || ner === 'ORGANIZATION' ? 'NNP' : /^(?:she|he)$/i.test(word) ? 'PRP' : 'NN')
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

/** An attribution written as its source, cue and content words, each found from the offset `from` on. */
interface Attr {
  source: string
  cue: string
  content: string
  from?: number
}

/** The gold of the last quotation in `text`, given its attributions (one by default: the last occurrence of each word). */
function convertOne(text: string, tokens: Tok[][], source: string, cue: string, content: string, chains = '', more: Attr[] = []): GoldQuote {
  const last = { source, cue, content, from: Math.min(text.lastIndexOf(source), text.lastIndexOf(content)) }
  const ann = [...more, last].flatMap((a, n) => {
    const s = text.indexOf(a.source, a.from ?? 0)
    const c = text.indexOf(a.cue, s + a.source.length)
    const k = text.indexOf(a.content, a.from ?? 0)
    const t = (i: number) => `T${3 * n + i}`
    return [`${t(1)}\tSource ${s} ${s + a.source.length}\t${a.source}`, `${t(2)}\tCue ${c} ${c + a.cue.length}\t${a.cue}`, `${t(3)}\tContent ${k} ${k + a.content.length}\t${a.content}`, `E${n + 1}\tAttribution:${t(2)} Source:${t(1)} Cue:${t(2)} Content:${t(3)}`]
  })
  const quotes = convertArticle(text, parseBrat(ann.join('\n'), text), parseCoreNlp(coreNlpXml(text, tokens, chains))).gold.quotes
  return quotes[quotes.length - 1]!
}

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
    const tokens: Tok[][] = [
      [['Jared', 'PERSON'], ['Sexton', 'PERSON'], ['teaches', 'O'], ['.', 'O']],
      [['X.', 'PERSON'], ['Sexton', 'PERSON'], ['said', 'O'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['hard', 'O'], ['time', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    const from = text.indexOf('Sexton said')
    const ann = [`T1\tSource ${from} ${from + 6}\tSexton`, `T2\tCue ${from + 7} ${from + 11}\tsaid`, `T3\tContent ${from + 12} ${text.length}\tit was "a hard time."`, 'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3'].join('\n')
    const quotes = convertArticle(text, parseBrat(ann, text), parseCoreNlp(coreNlpXml(text, tokens, ''))).gold.quotes
    expect(quotes[0]).toMatchObject({ text: 'a hard time.', speaker: 'Jared Sexton' })
  })

  it('reads a capitalised pronoun opening a sentence as a pronoun, not as a name ("She added")', () => {
    const text = 'Jane Roe spoke.\n\nShe added that it was "a good day."'
    const tokens: Tok[][] = [
      [['Jane', 'PERSON'], ['Roe', 'PERSON'], ['spoke', 'O'], ['.', 'O']],
      [['She', 'O'], ['added', 'O'], ['that', 'O'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['good', 'O'], ['day', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    const chain = '<coreference><mention representative="true"><sentence>1</sentence><start>1</start><end>3</end><head>2</head></mention><mention><sentence>2</sentence><start>1</start><end>2</end><head>1</head></mention></coreference>'
    expect(convertOne(text, tokens, 'She', 'added', 'that it was "a good day."', chain)).toMatchObject({ text: 'a good day.', speaker: 'Jane Roe' })
  })

  it('takes a capitalised source word for a name whatever its tag ("Will" tagged as a modal)', () => {
    const text = 'George Will writes columns.\n\nWill said it was "a poor plan."'
    const tokens: Tok[][] = [
      [['George', 'PERSON'], ['Will', 'PERSON'], ['writes', 'O'], ['columns', 'O'], ['.', 'O']],
      [['Will', 'O', 'MD'], ['said', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['poor', 'O'], ['plan', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    expect(convertOne(text, tokens, 'Will', 'said', 'it was "a poor plan."')).toMatchObject({ text: 'a poor plan.', speaker: 'George Will' })
  })

  it('names a bare surname by the person who bears it, not by a longer name of someone else ("Murphy" beside "Anne Marie Murphy")', () => {
    const text = 'Sen. Chris Murphy spoke of Anne Marie Murphy, an aide.\n\nMurphy said it was "the worst day."'
    const tokens: Tok[][] = [
      [['Sen.', 'O'], ['Chris', 'PERSON'], ['Murphy', 'PERSON'], ['spoke', 'O'], ['of', 'O'], ['Anne', 'PERSON'], ['Marie', 'PERSON'], ['Murphy', 'PERSON'], [',', 'O'], ['an', 'O'], ['aide', 'O'], ['.', 'O']],
      [['Murphy', 'PERSON'], ['said', 'O'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['the', 'O'], ['worst', 'O'], ['day', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    expect(convertOne(text, tokens, 'Murphy', 'said', 'it was "the worst day."')).toMatchObject({ text: 'the worst day.', speaker: 'Chris Murphy' })
  })

  const CLINTONS = 'Hillary Clinton met voters.\n\nFormer President Bill Clinton stayed home.\n\nLater, Clinton said it was "a fine day."'
  const CLINTON_TOKENS: Tok[][] = [
    [['Hillary', 'PERSON'], ['Clinton', 'PERSON'], ['met', 'O'], ['voters', 'O'], ['.', 'O']],
    [['Former', 'O'], ['President', 'O'], ['Bill', 'PERSON'], ['Clinton', 'PERSON'], ['stayed', 'O'], ['home', 'O'], ['.', 'O']],
    [['Later', 'O'], [',', 'O'], ['Clinton', 'PERSON'], ['said', 'O'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['fine', 'O'], ['day', 'O'], ['.', 'O'], ['"', 'O']],
  ]

  it('names a bare surname two people share by the one the article named first, whatever the coreference chain says', () => {
    // CoreNLP put the bare "Clinton" in Bill Clinton's chain.
    const chain = '<coreference><mention representative="true"><sentence>2</sentence><start>3</start><end>5</end><head>4</head></mention><mention><sentence>3</sentence><start>3</start><end>4</end><head>3</head></mention></coreference>'
    expect(convertOne(CLINTONS, CLINTON_TOKENS, 'Clinton', 'said', 'it was "a fine day."', chain)).toMatchObject({ text: 'a fine day.', speaker: 'Hillary Clinton' })
  })

  it('names a bare surname two people share by the other one when that one was just introduced speaking', () => {
    const text = CLINTONS.replace('stayed home', 'said "no"')
    const tokens = CLINTON_TOKENS.map((s, i) => (i === 1 ? [['Former', 'O'], ['President', 'O'], ['Bill', 'PERSON'], ['Clinton', 'PERSON'], ['said', 'O'], ['"', 'O'], ['no', 'O'], ['"', 'O'], ['.', 'O']] as Tok[] : s))
    const first = { source: 'Bill Clinton', cue: 'said', content: '"no"' }
    expect(convertOne(text, tokens, 'Clinton', 'said', 'it was "a fine day."', '', [first])).toMatchObject({ text: 'a fine day.', speaker: 'Bill Clinton' })
  })

  it('names the person who heads a source that mentions an outlet ("Fox\'s Chris Wallace"), and leaves an outlet source undecided', () => {
    const text = 'Fox\'s Chris Wallace said it was "a bad night."'
    const tokens: Tok[][] = [[['Fox', 'ORGANIZATION'], ["'s", 'O', 'POS'], ['Chris', 'PERSON'], ['Wallace', 'PERSON'], ['said', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['bad', 'O'], ['night', 'O'], ['.', 'O'], ['"', 'O']]]
    expect(convertOne(text, tokens, "Fox's Chris Wallace", 'said', 'it was "a bad night."')).toMatchObject({ speaker: 'Chris Wallace' })
    const outlet = 'Fox News said it was "a bad night."'
    const outletTokens: Tok[][] = [[['Fox', 'ORGANIZATION'], ['News', 'ORGANIZATION'], ['said', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['bad', 'O'], ['night', 'O'], ['.', 'O'], ['"', 'O']]]
    expect(convertOne(outlet, outletTokens, 'Fox News', 'said', 'it was "a bad night."')).toMatchObject({ speaker: null, ignore: true })
  })

  it('names the person a name-and-role phrase describes, not the name that modifies the role ("Roe ally Jim Doe")', () => {
    const text = 'Jane Roe spoke.\n\nRoe ally Jim Doe said it was "a good plan."'
    const tokens: Tok[][] = [
      [['Jane', 'PERSON'], ['Roe', 'PERSON'], ['spoke', 'O'], ['.', 'O']],
      [['Roe', 'PERSON'], ['ally', 'O', 'VB'], ['Jim', 'PERSON'], ['Doe', 'PERSON'], ['said', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['good', 'O'], ['plan', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    expect(convertOne(text, tokens, 'Roe ally Jim Doe', 'said', 'it was "a good plan."')).toMatchObject({ speaker: 'Jim Doe' })
  })

  it('gives no speaker to an indefinite source, whatever the coreference chain links it to ("a 2008 Roe veteran")', () => {
    const text = 'Jane Roe spoke.\n\nA 2008 Roe veteran said it was "a good plan."'
    const tokens: Tok[][] = [
      [['Jane', 'PERSON'], ['Roe', 'PERSON'], ['spoke', 'O'], ['.', 'O']],
      [['A', 'O', 'DT'], ['2008', 'O', 'CD'], ['Roe', 'PERSON'], ['veteran', 'O', 'NN'], ['said', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['good', 'O'], ['plan', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    const chain = '<coreference><mention representative="true"><sentence>1</sentence><start>1</start><end>3</end><head>2</head></mention><mention><sentence>2</sentence><start>1</start><end>5</end><head>4</head></mention></coreference>'
    expect(convertOne(text, tokens, 'A 2008 Roe veteran', 'said', 'it was "a good plan."', chain)).toMatchObject({ speaker: null })
    expect(convertOne(text, tokens, 'A 2008 Roe veteran', 'said', 'it was "a good plan."', chain).ignore).toBeUndefined()
  })

  it('reads two or three capitalised words after a personal title as a name the tagger missed ("Justice Frank Nervo")', () => {
    const text = 'State Supreme Court Justice Frank Nervo ruled on the case in a short order.\n\nNervo wrote that it was "not news."'
    const tokens: Tok[][] = [
      [['State', 'ORGANIZATION'], ['Supreme', 'ORGANIZATION'], ['Court', 'ORGANIZATION'], ['Justice', 'ORGANIZATION'], ['Frank', 'ORGANIZATION'], ['Nervo', 'ORGANIZATION'], ['ruled', 'O', 'VBD'], ['on', 'O', 'IN'], ['the', 'O', 'DT'], ['case', 'O'], ['in', 'O', 'IN'], ['a', 'O', 'DT'], ['short', 'O', 'JJ'], ['order', 'O'], ['.', 'O']],
      [['Nervo', 'LOCATION', 'NNP'], ['wrote', 'O', 'VBD'], ['that', 'O'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['not', 'O'], ['news', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    expect(convertOne(text, tokens, 'Nervo', 'wrote', 'that it was "not news."')).toMatchObject({ speaker: 'Frank Nervo' })
  })

  it('keeps a first name that is also a title ("Dean Baker") and a surname particle ("Bill de Blasio")', () => {
    const text = 'Dean Baker and Mayor Bill de Blasio spoke.\n\nBaker said it was "a boom." De Blasio said it was "a bust."'
    const tokens: Tok[][] = [
      [['Dean', 'PERSON'], ['Baker', 'PERSON'], ['and', 'O', 'CC'], ['Mayor', 'O'], ['Bill', 'PERSON'], ['de', 'PERSON'], ['Blasio', 'PERSON'], ['spoke', 'O', 'VBD'], ['.', 'O']],
      [['Baker', 'PERSON'], ['said', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['boom', 'O'], ['.', 'O'], ['"', 'O']],
      [['De', 'PERSON'], ['Blasio', 'PERSON'], ['said', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['bust', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    const baker = { source: 'Baker', cue: 'said', content: 'it was "a boom."', from: text.indexOf('Baker said') }
    const ann = (a: Attr, n: number) => {
      const at = (w: string) => text.indexOf(w, a.from)
      return [`T${3 * n + 1}\tSource ${at(a.source)} ${at(a.source) + a.source.length}\tx`, `T${3 * n + 2}\tCue ${at(a.cue)} ${at(a.cue) + a.cue.length}\tx`, `T${3 * n + 3}\tContent ${at(a.content)} ${at(a.content) + a.content.length}\tx`, `E${n + 1}\tAttribution:T${3 * n + 2} Source:T${3 * n + 1} Cue:T${3 * n + 2} Content:T${3 * n + 3}`]
    }
    const blasio = { source: 'De Blasio', cue: 'said', content: 'it was "a bust."', from: text.indexOf('De Blasio said') }
    const quotes = convertArticle(text, parseBrat([...ann(baker, 0), ...ann(blasio, 1)].join('\n'), text), parseCoreNlp(coreNlpXml(text, tokens, ''))).gold.quotes
    expect(quotes.map((q) => q.speaker)).toEqual(['Dean Baker', 'Bill de Blasio'])
  })

  it('takes the first name for the source when a second one sits in its relative clause, even after "and"', () => {
    const text = 'Jim Doe, who ran the party and has backed Jane Roe since 2008, said it was "time."'
    const tokens: Tok[][] = [
      [['Jim', 'PERSON'], ['Doe', 'PERSON'], [',', 'O', ','], ['who', 'O', 'WP'], ['ran', 'O', 'VBD'], ['the', 'O', 'DT'], ['party', 'O'], ['and', 'O', 'CC'], ['has', 'O', 'VBZ'], ['backed', 'O', 'VBN'], ['Jane', 'PERSON'], ['Roe', 'PERSON'], ['since', 'O', 'IN'], ['2008', 'O', 'CD'], [',', 'O', ','], ['said', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['time', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    expect(convertOne(text, tokens, 'Jim Doe, who ran the party and has backed Jane Roe since 2008', 'said', 'it was "time."')).toMatchObject({ speaker: 'Jim Doe' })
  })

  it('names a first name used alone by the one person the article gives it to ("Chelsea" is Chelsea Roe)', () => {
    const text = 'Chelsea Roe joined her mother.\n\nChelsea said it was "a joy."'
    const tokens: Tok[][] = [
      [['Chelsea', 'PERSON'], ['Roe', 'PERSON'], ['joined', 'O', 'VBD'], ['her', 'O', 'PRP$'], ['mother', 'O'], ['.', 'O']],
      [['Chelsea', 'PERSON'], ['said', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['joy', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    expect(convertOne(text, tokens, 'Chelsea', 'said', 'it was "a joy."')).toMatchObject({ speaker: 'Chelsea Roe' })
  })

  it('adds a first name the tagger left out of a lone surname ("Rand Paul"), never a word the article writes in lowercase', () => {
    const text = 'Sen. Rand Paul said it was "a bad deal."'
    const tokens: Tok[][] = [[['Sen.', 'O', 'NNP'], ['Rand', 'O', 'NNP'], ['Paul', 'PERSON'], ['said', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['bad', 'O'], ['deal', 'O'], ['.', 'O'], ['"', 'O']]]
    expect(convertOne(text, tokens, 'Sen. Rand Paul', 'said', 'it was "a bad deal."')).toMatchObject({ speaker: 'Rand Paul' })
    const crooked = 'Crooked Roe said it was "a bad deal." He is crooked.'
    const crookedTokens: Tok[][] = [
      [['Crooked', 'O', 'NNP'], ['Roe', 'PERSON'], ['said', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['bad', 'O'], ['deal', 'O'], ['.', 'O'], ['"', 'O']],
      [['He', 'O'], ['is', 'O', 'VBZ'], ['crooked', 'O', 'JJ'], ['.', 'O']],
    ]
    expect(convertOne(crooked, crookedTokens, 'Crooked Roe', 'said', 'it was "a bad deal."')).toMatchObject({ speaker: 'Roe' })
  })

  it('takes no place and no credit line for a person, so a pronoun the chain links to one stays undecided', () => {
    const text = 'Getty.\n\nCrowds filled Romare Bearden Park on a warm day.\n\n"It was calm," he said.'
    const tokens: Tok[][] = [
      [['Getty', 'PERSON'], ['.', 'O']],
      [['Crowds', 'O', 'NNS'], ['filled', 'O', 'VBD'], ['Romare', 'PERSON'], ['Bearden', 'PERSON'], ['Park', 'PERSON'], ['on', 'O', 'IN'], ['a', 'O', 'DT'], ['warm', 'O', 'JJ'], ['day', 'O'], ['.', 'O']],
      [['"', 'O'], ['It', 'O', 'PRP'], ['was', 'O'], ['calm', 'O'], [',', 'O'], ['"', 'O'], ['he', 'O'], ['said', 'O', 'VBD'], ['.', 'O']],
    ]
    const mention = (sentence: number, start: number, end: number) => `<mention><sentence>${sentence}</sentence><start>${start}</start><end>${end}</end><head>${start}</head></mention>`
    for (const chain of [`<coreference>${mention(1, 1, 2)}${mention(3, 7, 8)}</coreference>`, `<coreference>${mention(2, 3, 6)}${mention(3, 7, 8)}</coreference>`]) {
      expect(convertOne(text, tokens, 'he', 'said', '"It was calm,"', chain)).toMatchObject({ speaker: null, ignore: true })
    }
  })

  it('resolves a pronoun the chain leaves alone to the one person named and quoted in this paragraph or the one before', () => {
    const text = 'Jane Roe said the plan was "dead."\n\n"It will not pass," she said.'
    const tokens: Tok[][] = [
      [['Jane', 'PERSON'], ['Roe', 'PERSON'], ['said', 'O', 'VBD'], ['the', 'O', 'DT'], ['plan', 'O'], ['was', 'O'], ['"', 'O'], ['dead', 'O'], ['.', 'O'], ['"', 'O']],
      [['"', 'O'], ['It', 'O', 'PRP'], ['will', 'O', 'MD'], ['not', 'O', 'RB'], ['pass', 'O'], [',', 'O'], ['"', 'O'], ['she', 'O'], ['said', 'O', 'VBD'], ['.', 'O']],
    ]
    const roe = { source: 'Jane Roe', cue: 'said', content: 'the plan was "dead."' }
    expect(convertOne(text, tokens, 'she', 'said', '"It will not pass,"', '', [roe])).toMatchObject({ speaker: 'Jane Roe' })
    // Named but not quoted there ("Asked about Roe, she said"): the gold cannot tell who "she" is.
    expect(convertOne(text, tokens, 'she', 'said', '"It will not pass,"')).toMatchObject({ speaker: null, ignore: true })
  })

  it('resolves a definite description to the one person introduced by that role, named in this paragraph or the one before', () => {
    const text = 'Columnist Ann Doe wrote about the vote.\n\nBut the columnist suggested it was "a fluke."'
    const tokens: Tok[][] = [
      [['Columnist', 'O', 'NN'], ['Ann', 'PERSON'], ['Doe', 'PERSON'], ['wrote', 'O', 'VBD'], ['about', 'O', 'IN'], ['the', 'O', 'DT'], ['vote', 'O'], ['.', 'O']],
      [['But', 'O', 'CC'], ['the', 'O', 'DT'], ['columnist', 'O', 'NN'], ['suggested', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['fluke', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    expect(convertOne(text, tokens, 'the columnist', 'suggested', 'it was "a fluke."')).toMatchObject({ speaker: 'Ann Doe' })
  })

  it('resolves a definite description to the speaker just before, when the article introduced that one by its role', () => {
    const text = 'Sen. Al Poe and Sen. Jo Dunn spoke.\n\nPoe said the plan was "dead."\n\nLater, the senator said it was "a fluke."'
    const tokens: Tok[][] = [
      [['Sen.', 'O', 'NNP'], ['Al', 'PERSON'], ['Poe', 'PERSON'], ['and', 'O', 'CC'], ['Sen.', 'O', 'NNP'], ['Jo', 'PERSON'], ['Dunn', 'PERSON'], ['spoke', 'O', 'VBD'], ['.', 'O']],
      [['Poe', 'PERSON'], ['said', 'O', 'VBD'], ['the', 'O', 'DT'], ['plan', 'O'], ['was', 'O', 'VBD'], ['"', 'O'], ['dead', 'O', 'JJ'], ['.', 'O'], ['"', 'O']],
      [['Later', 'O', 'RB'], [',', 'O', ','], ['the', 'O', 'DT'], ['senator', 'O', 'NN'], ['said', 'O', 'VBD'], ['it', 'O', 'PRP'], ['was', 'O', 'VBD'], ['"', 'O'], ['a', 'O', 'DT'], ['fluke', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    const poe = { source: 'Poe', cue: 'said', content: 'the plan was "dead."', from: text.indexOf('Poe said') }
    expect(convertOne(text, tokens, 'the senator', 'said', 'it was "a fluke."', '', [poe])).toMatchObject({ speaker: 'Al Poe' })
    // Two senators and no speaker before: the gold cannot tell which.
    expect(convertOne(text, tokens, 'the senator', 'said', 'it was "a fluke."')).toMatchObject({ speaker: null, ignore: true })
  })

  it('resolves a definite description to the one person named and quoted earlier in its own paragraph', () => {
    const text = 'Ann Doe noted the rule. Asked why, the 34-year-old mother of three replied, "It is fair."'
    const tokens: Tok[][] = [
      [['Ann', 'PERSON'], ['Doe', 'PERSON'], ['noted', 'O', 'VBD'], ['the', 'O', 'DT'], ['rule', 'O'], ['.', 'O']],
      [['Asked', 'O', 'VBN'], ['why', 'O', 'WRB'], [',', 'O', ','], ['the', 'O', 'DT'], ['34-year-old', 'O', 'JJ'], ['mother', 'O', 'NN'], ['of', 'O', 'IN'], ['three', 'O', 'CD'], ['replied', 'O', 'VBD'], [',', 'O', ','], ['"', 'O'], ['It', 'O', 'PRP'], ['is', 'O'], ['fair', 'O'], ['.', 'O'], ['"', 'O']],
    ]
    const noted = { source: 'Ann Doe', cue: 'noted', content: 'the rule' }
    expect(convertOne(text, tokens, 'the 34-year-old mother of three', 'replied', '"It is fair."', '', [noted])).toMatchObject({ speaker: 'Ann Doe' })
    expect(convertOne(text, tokens, 'the 34-year-old mother of three', 'replied', '"It is fair."')).toMatchObject({ speaker: null, ignore: true })
  })

  it('resolves a pronoun whose chain mixes two people to the one of them just named and quoted', () => {
    const text = 'Bill Roe and Jane Roe spoke.\n\nJane Roe said it was "fine."\n\n"We won," she said.'
    const tokens: Tok[][] = [
      [['Bill', 'PERSON'], ['Roe', 'PERSON'], ['and', 'O', 'CC'], ['Jane', 'PERSON'], ['Roe', 'PERSON'], ['spoke', 'O', 'VBD'], ['.', 'O']],
      [['Jane', 'PERSON'], ['Roe', 'PERSON'], ['said', 'O', 'VBD'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['fine', 'O'], ['.', 'O'], ['"', 'O']],
      [['"', 'O'], ['We', 'O', 'PRP'], ['won', 'O', 'VBD'], [',', 'O'], ['"', 'O'], ['she', 'O'], ['said', 'O', 'VBD'], ['.', 'O']],
    ]
    const m = (sentence: number, start: number, end: number, head: number) => `<mention><sentence>${sentence}</sentence><start>${start}</start><end>${end}</end><head>${head}</head></mention>`
    const chain = `<coreference>${m(1, 1, 3, 2)}${m(2, 1, 3, 2)}${m(3, 6, 7, 6)}</coreference>`
    const jane = { source: 'Jane Roe', cue: 'said', content: 'it was "fine."', from: text.indexOf('Jane Roe said') }
    expect(convertOne(text, tokens, 'she', 'said', '"We won,"', chain, [jane])).toMatchObject({ speaker: 'Jane Roe' })
  })

  it('gives a pronoun the speaker just before it when its chain names someone else, and nobody else is named since', () => {
    const text = 'Jim Doe backed Jane Roe.\n\nRep. Al Poe said the plan was "dead." "It will not pass," he said.'
    const tokens: Tok[][] = [
      [['Jim', 'PERSON'], ['Doe', 'PERSON'], ['backed', 'O', 'VBD'], ['Jane', 'PERSON'], ['Roe', 'PERSON'], ['.', 'O']],
      [['Rep.', 'O', 'NNP'], ['Al', 'PERSON'], ['Poe', 'PERSON'], ['said', 'O', 'VBD'], ['the', 'O', 'DT'], ['plan', 'O'], ['was', 'O'], ['"', 'O'], ['dead', 'O'], ['.', 'O'], ['"', 'O']],
      [['"', 'O'], ['It', 'O', 'PRP'], ['will', 'O', 'MD'], ['not', 'O', 'RB'], ['pass', 'O'], [',', 'O'], ['"', 'O'], ['he', 'O'], ['said', 'O', 'VBD'], ['.', 'O']],
    ]
    // CoreNLP chained "he" to Jim Doe.
    const chain = '<coreference><mention><sentence>1</sentence><start>1</start><end>3</end><head>2</head></mention><mention><sentence>3</sentence><start>8</start><end>9</end><head>8</head></mention></coreference>'
    const poe = { source: 'Rep. Al Poe', cue: 'said', content: 'the plan was "dead."' }
    expect(convertOne(text, tokens, 'he', 'said', '"It will not pass,"', chain, [poe])).toMatchObject({ speaker: 'Al Poe' })
    expect(convertOne(text, tokens, 'he', 'said', '"It will not pass,"', chain)).toMatchObject({ speaker: 'Jim Doe' })
  })

  /** "Al Poe said his plan was “sound.” <between> “It will pass,” <pronoun> said.", with "his" chained to Al Poe. */
  const speakerBefore = (between: string, betweenTokens: Tok[][], pronoun: string, chains: string) => {
    const text = `Al Poe said his plan was "sound," and he meant it. ${between}

"It will pass," ${pronoun} said.`
    const tokens: Tok[][] = [
      [['Al', 'PERSON'], ['Poe', 'PERSON'], ['said', 'O', 'VBD'], ['his', 'O', 'PRP$'], ['plan', 'O'], ['was', 'O', 'VBD'], ['"', 'O'], ['sound', 'O', 'JJ'], [',', 'O', ','], ['"', 'O'], ['and', 'O', 'CC'], ['he', 'O', 'PRP'], ['meant', 'O', 'VBD'], ['it', 'O', 'PRP'], ['.', 'O']],
      ...betweenTokens,
      [['"', 'O'], ['It', 'O', 'PRP'], ['will', 'O', 'MD'], ['pass', 'O', 'VB'], [',', 'O', ','], ['"', 'O'], [pronoun, 'O', 'PRP'], ['said', 'O', 'VBD'], ['.', 'O']],
    ]
    const poe = { source: 'Al Poe', cue: 'said', content: 'his plan was "sound,"' }
    return convertOne(text, tokens, pronoun, 'said', '"It will pass,"', chains, [poe])
  }
  const m = (sentence: number, start: number, end: number, head = start) => `<mention><sentence>${sentence}</sentence><start>${start}</start><end>${end}</end><head>${head}</head></mention>`
  const poeChain = `<coreference>${m(1, 1, 3, 2)}${m(1, 4, 5)}${m(1, 12, 13)}</coreference>`

  it('gives "he said" the speaker of the attribution just before, in the paragraph before, the chain leaving it alone', () => {
    expect(speakerBefore('', [], 'he', poeChain)).toMatchObject({ speaker: 'Al Poe' })
  })

  it('leaves "he said" undecided when another man may be meant, named since outside quotation marks', () => {
    const between = 'Jim Doe nodded.'
    const tokens: Tok[][] = [[['Jim', 'PERSON'], ['Doe', 'PERSON'], ['nodded', 'O', 'VBD'], ['.', 'O']]]
    expect(speakerBefore(between, tokens, 'he', poeChain)).toMatchObject({ speaker: null, ignore: true })
    // A woman named since is no rival for "he".
    const her = 'Ann Lee shook her head, and she left.'
    const herTokens: Tok[][] = [[['Ann', 'PERSON'], ['Lee', 'PERSON'], ['shook', 'O', 'VBD'], ['her', 'O', 'PRP$'], ['head', 'O'], [',', 'O', ','], ['and', 'O', 'CC'], ['she', 'O', 'PRP'], ['left', 'O', 'VBD'], ['.', 'O']]]
    const herChain = `<coreference>${m(1, 1, 3, 2)}${m(1, 4, 5)}${m(1, 12, 13)}</coreference><coreference>${m(2, 1, 3, 2)}${m(2, 4, 5)}${m(2, 8, 9)}</coreference>`
    expect(speakerBefore(her, herTokens, 'he', herChain)).toMatchObject({ speaker: 'Al Poe' })
  })

  it('never gives "she" a man the article calls "he", whether by the chain or by the speaker before', () => {
    // CoreNLP chained the last "she" to Al Poe, whom the article calls "his" and "he".
    const chain = `<coreference>${m(1, 1, 3, 2)}${m(1, 4, 5)}${m(1, 12, 13)}${m(2, 7, 8)}</coreference>`
    expect(speakerBefore('', [], 'she', chain)).toMatchObject({ speaker: null, ignore: true })
    expect(speakerBefore('', [], 'she', poeChain)).toMatchObject({ speaker: null, ignore: true })
  })

  it('takes a name the tagger called an organisation for a person when the article says "he" of it, by its longest form', () => {
    const text = 'Al Fenn, the owner of a team, spoke.\n\n"It is early," Fenn said. Fenn said he may run.'
    const tokens: Tok[][] = [
      [['Al', 'ORGANIZATION'], ['Fenn', 'ORGANIZATION'], [',', 'O', ','], ['the', 'O', 'DT'], ['owner', 'O'], ['of', 'O', 'IN'], ['a', 'O', 'DT'], ['team', 'O'], [',', 'O', ','], ['spoke', 'O', 'VBD'], ['.', 'O']],
      [['"', 'O'], ['It', 'O', 'PRP'], ['is', 'O', 'VBZ'], ['early', 'O', 'JJ'], [',', 'O', ','], ['"', 'O'], ['Fenn', 'ORGANIZATION'], ['said', 'O', 'VBD'], ['.', 'O']],
      [['Fenn', 'ORGANIZATION'], ['said', 'O', 'VBD'], ['he', 'O', 'PRP'], ['may', 'O', 'MD'], ['run', 'O', 'VB'], ['.', 'O']],
    ]
    expect(convertOne(text, tokens, 'Fenn', 'said', '"It is early,"')).toMatchObject({ speaker: 'Al Fenn' })
    // Without words that make it a person ("Verizon said"), an organisation says nothing a person said.
    const org = text.replace('Fenn said he may run', 'Fenn said it may run')
    expect(convertOne(org, tokens.map((s) => s.map(([w, n, p]) => [w === 'he' ? 'it' : w, n, p] as Tok)), 'Fenn', 'said', '"It is early,"')).toMatchObject({ speaker: null })
  })

  it('names a source by the name that opens it, before its appositive ("Jo Dunn III, founder of …")', () => {
    const text = 'Jo Dunn spoke.\n\n"It is done," said Jo Dunn III, founder of the Center.'
    const tokens: Tok[][] = [
      [['Jo', 'PERSON'], ['Dunn', 'PERSON'], ['spoke', 'O', 'VBD'], ['.', 'O']],
      [['"', 'O'], ['It', 'O', 'PRP'], ['is', 'O', 'VBZ'], ['done', 'O', 'VBN'], [',', 'O', ','], ['"', 'O'], ['said', 'O', 'VBD'], ['Jo', 'ORGANIZATION'], ['Dunn', 'ORGANIZATION'], ['III', 'ORGANIZATION'], [',', 'O', ','], ['founder', 'O'], ['of', 'O', 'IN'], ['the', 'O', 'DT'], ['Center', 'ORGANIZATION'], ['.', 'O']],
    ]
    expect(convertOne(text, tokens, 'Jo Dunn III, founder of the Center', 'said', '"It is done,"')).toMatchObject({ speaker: 'Jo Dunn' })
  })

  it('gives no speaker to a relative pronoun after a plural ("critics who say") or to a capitalised plural ("Aides")', () => {
    const text = 'Jane Roe rebuked critics who say it was "a mistake."'
    const tokens: Tok[][] = [[['Jane', 'PERSON'], ['Roe', 'PERSON'], ['rebuked', 'O', 'VBD'], ['critics', 'O', 'NNS'], ['who', 'O', 'WP'], ['say', 'O', 'VBP'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['mistake', 'O'], ['.', 'O'], ['"', 'O']]]
    const who = convertOne(text, tokens, 'who', 'say', 'it was "a mistake."')
    expect(who).toMatchObject({ speaker: null })
    expect(who.ignore).toBeUndefined()
    const aides = 'Aides say it was "a mistake."'
    const aideTokens: Tok[][] = [[['Aides', 'O', 'NNS'], ['say', 'O', 'VBP'], ['it', 'O'], ['was', 'O'], ['"', 'O'], ['a', 'O'], ['mistake', 'O'], ['.', 'O'], ['"', 'O']]]
    const plural = convertOne(aides, aideTokens, 'Aides', 'say', 'it was "a mistake."')
    expect(plural).toMatchObject({ speaker: null })
    expect(plural.ignore).toBeUndefined()
  })

  it('leaves undecided a sentence between marks that no attribution holds, and gives no speaker to a short one (a title)', () => {
    const text = 'A tweet last week: "When the same problems crop up twice, maybe it is us." The show "Meet the Press" aired.'
    const quotes = convertArticle(text, parseBrat('', text), parseCoreNlp(coreNlpXml(text, [], ''))).gold.quotes
    expect(quotes.map((q) => [q.text, q.speaker, q.ignore ?? false])).toEqual([
      ['When the same problems crop up twice, maybe it is us.', null, true],
      ['Meet the Press', null, false],
    ])
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

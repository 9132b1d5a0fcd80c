/**
 * PolNeAR (networkdynamics/PolNeAR) to the project's gold format (`src/extract/score.ts`).
 *
 * PolNeAR annotates attributions as brat standoff: Source, Cue and Content spans joined by
 * an event line. Its CoreNLP XML gives tokens with named-entity tags and coreference chains.
 * The gold made here is every double-quoted passage of the article:
 *  - inside the Content of an attribution whose Source is one named person: that person,
 *    by the fullest name the article gives (a pronoun or title source via coreference);
 *  - inside a Content whose Source is no single named person (an organisation, "a
 *    spokesman", "officials", no source), or outside every Content (titles, scare quotes):
 *    speaker null, so a name given there is spurious;
 *  - where the annotation cannot decide (a pronoun coreference leaves unresolved, a surname
 *    two people share, an editor's note the annotators discarded): ignored.
 * PolNeAR does not annotate conduits; the gold conduit is an ORGANIZATION the CoreNLP
 * tagger found in the attribution's own words in one of the places an outlet carries a
 * quote: the cue itself ("told Reuters"), its object ("told the Washington Post"),
 * "interview with X", "on X" / "to X" right after the cue, or "according to X".
 *
 * The corpus is never copied into the repository: these functions read a checkout given
 * as a path. Only `train` and `dev` are read; `test` is held out.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Gold, GoldQuote } from '../../src/extract/score'

export interface Span {
  start: number
  end: number
}

export interface BratSpan {
  id: string
  type: string
  fragments: Span[]
}

export interface BratRelation {
  id: string
  source: BratSpan | null
  cues: BratSpan[]
  contents: BratSpan[]
}

export interface Brat {
  spans: BratSpan[]
  relations: BratRelation[]
}

/** brat counts characters as Python does (code points); JavaScript strings count UTF-16 units. */
function codePointToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp
  const map: number[] = []
  let u = 0
  for (const ch of text) {
    map.push(u)
    u += ch.length
  }
  map.push(u)
  return (cp) => map[cp] ?? u
}

/**
 * Reads a brat standoff `.ann` file: text-bound spans (`T1\tSource 10 20;25 30\t…`) and
 * attribution events (`E1\tAttribution:T5 Content:T4 Cue:T3 Source:T2`).
 * @example parseBrat('T1\tSource 0 4\tJane\nE1\tAttribution:T1 Source:T1', 'Jane said').relations.length // 1
 */
export function parseBrat(ann: string, text: string): Brat {
  const toU = codePointToUtf16(text)
  const byId = new Map<string, BratSpan>()
  const events: string[] = []
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t/.exec(line)
    if (t) {
      const fragments = t[3]!.split(';').map((f) => {
        const [a, b] = f.trim().split(' ').map(Number)
        return { start: toU(a!), end: toU(b!) }
      })
      byId.set(t[1]!, { id: t[1]!, type: t[2]!, fragments })
      continue
    }
    if (/^E\d+\t/.test(line)) events.push(line)
  }
  const relations: BratRelation[] = []
  for (const line of events) {
    const [id, args = ''] = line.split('\t')
    const rel: BratRelation = { id: id!, source: null, cues: [], contents: [] }
    for (const arg of args.trim().split(/\s+/)) {
      const [role, ref] = arg.split(':')
      const span = ref ? byId.get(ref) : undefined
      if (!role || !span) continue
      if (/^Source\d*$/.test(role)) rel.source = span
      else if (/^Cue\d*$/.test(role)) rel.cues.push(span)
      else if (/^Content\d*$/.test(role)) rel.contents.push(span)
    }
    relations.push(rel)
  }
  return { spans: [...byId.values()], relations }
}

export interface Token {
  /** Index in the document. */
  i: number
  sentence: number
  word: string
  start: number
  end: number
  pos: string
  ner: string
}

export interface CorefMention {
  /** Document token indices [start, end) and head. */
  start: number
  end: number
  head: number
}

export interface CoreNlp {
  tokens: Token[]
  chains: CorefMention[][]
}

/**
 * Reads the parts of a CoreNLP XML file the converter needs: tokens (offsets, POS, NER)
 * and coreference chains, with sentence-relative token numbers made document-wide.
 */
export function parseCoreNlp(xml: string): CoreNlp {
  const corefAt = xml.indexOf('<coreference>')
  const body = corefAt < 0 ? xml : xml.slice(0, corefAt)
  const tokens: Token[] = []
  const firstOfSentence: number[] = []
  const sentenceRe = /<sentence id="(\d+)"[^>]*>([\s\S]*?)<\/sentence>/g
  const tokenRe =
    /<token id="\d+">\s*<word>([\s\S]*?)<\/word>[\s\S]*?<CharacterOffsetBegin>(\d+)<\/CharacterOffsetBegin>\s*<CharacterOffsetEnd>(\d+)<\/CharacterOffsetEnd>\s*<POS>([\s\S]*?)<\/POS>\s*<NER>([\s\S]*?)<\/NER>/g
  for (const s of body.matchAll(sentenceRe)) {
    const sentence = Number(s[1])
    firstOfSentence[sentence] = tokens.length
    for (const t of s[2]!.matchAll(tokenRe)) {
      tokens.push({ i: tokens.length, sentence, word: t[1]!, start: Number(t[2]), end: Number(t[3]), pos: t[4]!, ner: t[5]! })
    }
  }
  const chains: CorefMention[][] = []
  if (corefAt >= 0) {
    const section = xml.slice(corefAt + '<coreference>'.length)
    for (const chunk of section.split('<coreference>')) {
      const chain: CorefMention[] = []
      for (const m of chunk.matchAll(/<mention[^>]*>\s*<sentence>(\d+)<\/sentence>\s*<start>(\d+)<\/start>\s*<end>(\d+)<\/end>\s*<head>(\d+)<\/head>/g)) {
        const base = firstOfSentence[Number(m[1])]
        if (base === undefined) continue
        chain.push({ start: base + Number(m[2]) - 1, end: base + Number(m[3]) - 1, head: base + Number(m[4]) - 1 })
      }
      if (chain.length) chains.push(chain)
    }
  }
  return { tokens, chains }
}

export interface Quotation {
  /** Offset of the opening mark and of the closing mark. */
  open: number
  close: number
}

/**
 * Double-quoted passages, written independently of the extractor's own finder: curly marks
 * pair by direction, straight marks alternate within a paragraph, and a paragraph left open
 * continues into a next paragraph that opens with a mark (the newspaper convention).
 */
export function findQuotedPassages(text: string): Quotation[] {
  const out: Quotation[] = []
  let open = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '\n') {
      if (open < 0) continue
      let j = i
      while (j < text.length && /\s/.test(text[j]!)) j++
      if (text[j] === '“' || text[j] === '"') i = j
      else open = -1
      continue
    }
    if (c === '“') open = i
    else if (c === '”') {
      if (open >= 0 && i > open + 1) out.push({ open, close: i })
      open = -1
    } else if (c === '"') {
      if (open < 0) open = i
      else {
        if (i > open + 1) out.push({ open, close: i })
        open = -1
      }
    }
  }
  return out
}

const PRONOUNS = /^(?:he|she|him|her|his|hers|i|me|my|we|us|our|they|them|their|you|it)$/i
const covers = (s: BratSpan, pos: number) => s.fragments.some((f) => pos >= f.start && pos < f.end)

export interface Converted {
  gold: Gold
  /** Per gold quote, how its speaker was found, for reading the conversion by hand. */
  how: string[]
}

/** One article's text, annotation and CoreNLP output to gold. */
export function convertArticle(text: string, brat: Brat, nlp: CoreNlp | null): Converted {
  const tokens = nlp?.tokens ?? []
  const runs = personRuns(text, tokens)
  const runAt = new Map<number, PersonRun>()
  for (const r of runs) for (let k = r.first; k <= r.last; k++) runAt.set(k, r)
  const orgs = orgRuns(text, tokens)
  const tokensIn = (frags: readonly Span[]) => tokens.filter((t) => frags.some((f) => t.start < f.end && f.start < t.end))

  /** The fullest name for a run's name: the longest in the article that contains its words and ends with its surname. */
  const fullest = (run: PersonRun, preferred: readonly PersonRun[]): string | null => {
    const words = run.words
    const last = words[words.length - 1]!
    const cands = runs.filter((r) => r.words[r.words.length - 1] === last && words.every((w) => r.words.includes(w)))
    const key = (r: PersonRun) => r.words.filter((w) => w.length > 1 || !/^[A-Z]$/.test(w)).join(' ')
    const distinct = (list: readonly PersonRun[]) => [...new Map(list.map((r) => [key(r), r])).values()]
    const longest = (list: readonly PersonRun[]) => {
      const d = distinct(list)
      const max = Math.max(...d.map((r) => key(r).split(' ').length))
      return d.filter((r) => key(r).split(' ').length === max)
    }
    let best = longest(cands)
    if (best.length > 1) {
      // Two people share the surname: the coreference chain, or the run itself if it is full, decides.
      const inChain = best.filter((b) => preferred.some((p) => key(p) === key(b)))
      best = inChain.length ? longest(inChain) : best.filter((b) => key(b) === key(run))
      // Different first names among the longest ("Bill Clinton", "Hillary Clinton"): undecidable.
    }
    if (best.length !== 1) return null
    return best[0]!.name
  }

  const speakerOf = (rel: BratRelation): { speaker: string | null; ignore: boolean; how: string } => {
    if (!rel.source) return { speaker: null, ignore: false, how: 'no source' }
    const srcTokens = tokensIn(rel.source.fragments)
    const srcText = rel.source.fragments.map((f) => text.slice(f.start, f.end)).join(' ')
    if (!nlp) return { speaker: null, ignore: true, how: 'no CoreNLP file' }
    // A news outlet as source ("CNN", "Vermont Edition", "a White House pool report"): the words are
    // usually someone else's that it carried, which PolNeAR (one attribution per token) cannot say.
    if (/\b(?:News|Times|Post|Journal|Radio|TV|Magazine|Daily|Herald|Tribune|Network|Press|Channel|Gazette|Edition|Blaze|Dealer|CNN|MSNBC|NPR|Fox|ABC|NBC|CBS|AP|Reuters|Bloomberg|Politico|report|reports|transcript)\b/.test(srcText)) {
      return { speaker: null, ignore: true, how: `an outlet or report as source: "${srcText}"` }
    }
    const inSource = [...new Set(srcTokens.flatMap((t) => (runAt.has(t.i) ? [runAt.get(t.i)!] : [])))]
    // A name that modifies another noun is not the source: "Clinton spokesman Brian Fallon", "Trump's campaign".
    const heads = inSource.filter((r) => {
      // "Supporters of Sanders", "a spokesman for Clinton": the name hangs off another noun.
      const prev = tokens[r.first - 1]
      if (prev && srcTokens.includes(prev) && /^(?:IN|TO)$/.test(prev.pos)) return false
      const next = tokens[r.last + 1]
      if (!next || !srcTokens.includes(next)) return true
      return !(next.pos === 'POS' || /^NNS?$/.test(next.pos) || (next.pos === 'NNP' && next.ner !== 'PERSON'))
    })
    // The source phrase's head: its last noun or pronoun before a preposition, relative word or comma.
    let headToken: Token | undefined
    for (const t of srcTokens) {
      if (headToken && /^(?:IN|TO|WDT|WP|,)$/.test(t.pos)) break
      if (/^(?:NN|PRP)/.test(t.pos)) headToken = t
    }
    const chainRuns = (): PersonRun[] => {
      const ids = new Set(headToken ? [headToken.i] : srcTokens.map((t) => t.i))
      const chain = nlp.chains.find((c) => c.some((m) => ids.has(m.head)))
      if (!chain) return []
      return chain.flatMap((m) => {
        const r = runAt.get(m.head)
        return r ? [r] : []
      })
    }
    if (heads.length > 1) {
      const names = new Set(heads.map((h) => fullest(h, [])))
      // "Trump and Pence said": nobody alone. Without a conjunction the first name is the head and
      // the others sit in its appositive or relative clause ("Heather Hurlburt, who worked for …").
      const joined = /\b(?:and|or)\b|&/.test(text.slice(tokens[heads[0]!.last]!.end, tokens[heads[1]!.first]!.start))
      if (names.size > 1 && joined) return { speaker: null, ignore: false, how: `several persons (${[...names].join(', ')})` }
    }
    // A relative pronoun: the person named right before it ("Jane Roe, who said …").
    if (heads.length === 0 && srcTokens.length === 1 && /^(?:who|that)$/i.test(srcTokens[0]!.word)) {
      let k = srcTokens[0]!.i - 1
      while (k >= 0 && /^[,(]$/.test(tokens[k]!.word)) k--
      const r = runAt.get(k)
      if (!r) return { speaker: null, ignore: true, how: `relative pronoun "${srcText}"` }
      const name = fullest(r, [])
      return name ? { speaker: name, ignore: false, how: `relative pronoun after "${r.name}"` } : { speaker: null, ignore: true, how: `surname shared: "${r.name}"` }
    }
    // A capitalised name the tagger did not take for a person ("Cuban", "Xi"): the person of that surname, if one.
    // A source span holding no noun or pronoun at all (annotators sometimes mark the cue, "said"): undecidable.
    if (srcTokens.length > 0 && !srcTokens.some((t) => /^(?:NN|PRP|WP)/.test(t.pos))) return { speaker: null, ignore: true, how: `no noun in the source "${srcText}"` }
    const capitals = srcTokens.filter((t) => /^\p{Lu}/u.test(t.word) && t.pos !== 'DT')
    if (heads.length === 0 && inSource.length === 0 && capitals.length > 0 && srcTokens.every((t) => /^\p{Lu}/u.test(t.word) || t.pos === 'POS')) {
      const last = capitals[capitals.length - 1]!.word
      const byName = runs.filter((r) => r.words[r.words.length - 1] === last)
      if (byName.length) {
        const name = fullest(byName[0]!, byName)
        return name ? { speaker: name, ignore: false, how: `untagged name "${srcText}"` } : { speaker: null, ignore: true, how: `surname shared: "${srcText}"` }
      }
      // A name the tagger never took for a person nor for an organisation or place: the gold cannot tell.
      if (!srcTokens.some((t) => /^(?:ORGANIZATION|LOCATION|MISC)$/.test(t.ner))) return { speaker: null, ignore: true, how: `untagged name "${srcText}"` }
    }
    const head = heads[0]
    if (head) {
      const name = fullest(head, chainRuns())
      return name ? { speaker: name, ignore: false, how: `named "${srcText}"` } : { speaker: null, ignore: true, how: `surname shared: "${srcText}"` }
    }
    if (inSource.length > 0) {
      // Only modifying names ("Clinton's campaign"): the source is not that person.
      const viaChain = chainRuns()
      if (viaChain.length === 0) return { speaker: null, ignore: false, how: `not a person: "${srcText}"` }
    }
    const viaChain = chainRuns()
    const names = [...new Set(viaChain.map((r) => fullest(r, viaChain)))]
    if (names.length === 1 && names[0]) {
      // CoreNLP's chains reach far and err: trust one only if the person is named in the last three paragraphs.
      const from = srcTokens[0] ? paragraphStartBefore(text, srcTokens[0].start, 3) : 0
      const near = viaChain.some((r) => tokens[r.first]!.start >= from && tokens[r.first]!.start < (srcTokens[0]?.start ?? 0))
      if (!near) return { speaker: null, ignore: true, how: `coreference to a person named far back: "${srcText}" → ${names[0]}` }
      return { speaker: names[0], ignore: false, how: `coreference "${srcText}"` }
    }
    if (names.length > 1) return { speaker: null, ignore: true, how: `coreference ambiguous "${srcText}": ${names.join(', ')}` }
    if (srcTokens.length > 0 && srcTokens.every((t) => PRONOUNS.test(t.word))) return { speaker: null, ignore: true, how: `unresolved pronoun "${srcText}"` }
    // "The former secretary of state", "the Republican nominee": a person the coreference did not name.
    if (/^the\s/i.test(srcText) && DESCRIBES_PERSON.test(srcText)) return { speaker: null, ignore: true, how: `unresolved description "${srcText}"` }
    return { speaker: null, ignore: false, how: `not a named person: "${srcText}"` }
  }

  const sentenceBounds = (pos: number): Span => {
    const t = tokens.find((x) => x.end > pos)
    if (!t) return { start: 0, end: text.length }
    const same = tokens.filter((x) => x.sentence === t.sentence)
    return { start: same[0]!.start, end: same[same.length - 1]!.end }
  }
  const conduitOf = (rel: BratRelation): string | null => {
    const contentCovers = (pos: number) => rel.contents.some((c) => covers(c, pos))
    const sourceCovers = (pos: number) => rel.source !== null && covers(rel.source, pos)
    const surnames = new Set(runs.map((r) => r.words[r.words.length - 1]))
    const outlets = orgs.filter((o) => isOutletLike(o.name) && !surnames.has(o.name) && !contentCovers(o.start) && !sourceCovers(o.start))
    for (const cue of rel.cues) {
      for (const f of cue.fragments) {
        // An outlet inside the cue ("told Reuters in a rare interview").
        const inside = outlets.find((o) => o.start >= f.start && o.end <= f.end)
        if (inside) return inside.name
        // The cue's object or complement: "told the Post", "said on CNN", "said in an interview with ABC".
        for (const o of outlets) {
          if (o.start < f.end || o.start > f.end + 80) continue
          const between = text.slice(f.end, o.start)
          if (/[.;“”"\n]/.test(between)) continue
          if (/^\s*(?:(?:[\p{L}’'-]+\s+){0,5}?(?:to|with|on|in|for|by)\s+)?(?:the\s+)?$/iu.test(between)) return o.name
        }
      }
    }
    // Before the source in its sentence: "In an interview with X, Roe said", "Wednesday on X's “Show,” Roe said".
    const first = rel.source?.fragments[0] ?? rel.cues[0]?.fragments[0]
    if (first) {
      const s = sentenceBounds(first.start)
      for (const o of outlets) {
        if (o.start < s.start || o.end > first.start) continue
        const lead = text.slice(s.start, o.start)
        if (/\b(?:interview|appearance|speaking|spoke|talking|talked|statement|op-ed|call|conversation|on|to|with)\s+(?:an?\s+|the\s+)?$/i.test(lead)) return o.name
      }
      // "…, according to The Hill" after the content.
      for (const o of outlets) {
        if (o.start < s.start || o.end > s.end) continue
        if (/\baccording\s+to\s+(?:the\s+)?$/i.test(text.slice(s.start, o.start)) || /^\s*(?:reported|reports|quoted)\b/.test(text.slice(o.end, o.end + 12))) return o.name
      }
    }
    return null
  }

  const passages = findQuotedPassages(text)
  const discards = brat.spans.filter((s) => s.type === 'Discard')
  const quotes: GoldQuote[] = []
  const how: string[] = []
  for (const q of passages) {
    const start = q.open + 1
    const quoteText = text.slice(start, q.close)
    const rel = brat.relations.find((r) => r.contents.some((c) => covers(c, start) || covers(c, q.open)))
    if (discards.some((d) => covers(d, start))) {
      quotes.push({ text: quoteText, start, speaker: null, conduit: null, kind: 'direct', ignore: true })
      how.push('discarded by the annotators')
      continue
    }
    if (!rel) {
      quotes.push({ text: quoteText, start, speaker: null, conduit: null, kind: 'partial', note: 'in no attribution content' })
      how.push('in no attribution content')
      continue
    }
    const s = speakerOf(rel)
    const contentText = rel.contents.flatMap((c) => c.fragments.map((f) => text.slice(f.start, f.end))).join(' ')
    const rest = contentText.replace(/[“"][^“”"]*[”"]?/g, '').replace(/[^\p{L}\p{N}]/gu, '')
    const kind = rest === '' ? 'direct' : 'partial'
    const g: GoldQuote = { text: quoteText, start, speaker: s.speaker, conduit: conduitOf(rel), kind, note: s.how }
    if (s.ignore) g.ignore = true
    quotes.push(g)
    how.push(s.how)
  }
  return { gold: { quotes }, how }
}

interface PersonRun {
  first: number
  last: number
  name: string
  words: string[]
}

const DESCRIBES_PERSON = /\b(?:secretary|president|nominee|candidate|senator|governor|speaker|leader|mogul|businessman|billionaire|chairman|chairwoman|director|spokesman|spokeswoman|front-?runner|congressman|congresswoman|mayor|judge|host|anchor|author|actor|actress|star|pastor|founder|ceo|attorney|lawyer|former|man|woman)\b/i
const PARTY_WORDS = /^(?:Democrat|Democratic|Republican|GOP|Independent|Libertarian|Former|Presidential|Candidate|Nominee)$/
const TITLE_WORDS = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Rev|Mayor|President|Senator|Governor|Judge|Justice|Pastor|Reverend|Father|Sister|Chairman|Secretary|Speaker|Leader|Rabbi|Imam|Dean|Professor|Coach|Sheriff|Officer|Detective|Sergeant|Captain|General|Admiral|Ambassador|Congressman|Congresswoman|Assemblyman|Assemblywoman|Councilman|Councilwoman|Journalist|Reporter|Actress|Actor)\.?$/

/** Maximal runs of PERSON tokens in one sentence. */
function personRuns(text: string, tokens: readonly Token[]): PersonRun[] {
  const out: PersonRun[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.ner !== 'PERSON') continue
    let j = i
    // A name never runs over a line break: a section mark "X." on its own line is no initial ("X. Sexton").
    while (tokens[j + 1]?.ner === 'PERSON' && tokens[j + 1]!.sentence === tokens[i]!.sentence && !text.slice(tokens[j]!.end, tokens[j + 1]!.start).includes('\n')) j++
    // A generational suffix the tagger left out ("Vann R. Newkirk II") ends the name; it is not a noun the name modifies.
    if (/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(tokens[j + 1]?.word ?? '') && tokens[j + 1]!.sentence === tokens[i]!.sentence) j++
    // The tagger sometimes takes a title or a stray mark into the name ("Mayor Marty Walsh", "” Cruz").
    let k = i
    while (k < j && (TITLE_WORDS.test(tokens[k]!.word) || PARTY_WORDS.test(tokens[k]!.word) || !/^\p{Lu}/u.test(tokens[k]!.word))) k++
    // A headline in title case tagged whole ("Chris Christie Calls Hillary Clinton") is not a name.
    if (j - k >= 4) {
      i = j
      continue
    }
    const name = text.slice(tokens[k]!.start, tokens[j]!.end).replace(/\s+/g, ' ')
    out.push({ first: i, last: j, name, words: name.replace(/[’']s$/, '').split(' ').filter((w) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w)) })
    i = j
  }
  return out
}

/** Runs of ORGANIZATION tokens, kept as written with a leading "the" dropped. */
function orgRuns(text: string, tokens: readonly Token[]): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.ner !== 'ORGANIZATION') continue
    let j = i
    while (tokens[j + 1]?.ner === 'ORGANIZATION' && tokens[j + 1]!.sentence === tokens[i]!.sentence) j++
    const start = tokens[i]!.start
    const end = tokens[j]!.end
    out.push({ start, end, name: text.slice(start, end).replace(/^the\s+/i, '') })
    i = j
  }
  return out
}

/** An organisation that can carry a quote; never a legislature, party, campaign, agency or the like. */
function isOutletLike(name: string): boolean {
  if (/^(?:USA|US|U\.S\.|America|Cleveland|Philadelphia|Washington|New York|Chicago|Ohio|Florida|Iowa|Texas|California)$/.test(name)) return false
  return !/\b(?:Senate|House|Congress|Committee|Party|Campaign|Department|University|College|School|Foundation|Council|Court|Commission|Agency|Administration|Church|Association|Institute|Center|Centre|Bureau|Office|Army|Police|Union|Club|Corporation|Inc|LLC|Group|Fund|State|GOP|FBI|CIA|DNC|RNC|NATO|UN|EU|Democrats|Republicans|Democratic|Republican)\b/.test(name)
}

/** Where the paragraph `n` paragraphs before the one holding `pos` starts. */
function paragraphStartBefore(text: string, pos: number, n: number): number {
  let at = pos
  for (let k = 0; k < n && at > 0; k++) {
    const br = text.lastIndexOf('\n\n', at - 1)
    if (br < 0) return 0
    at = br
  }
  return at
}

export type Part = 'a' | 'b'

/**
 * The fixed split of `dev` into a part for tuning (a) and a part held out (b), decided
 * before reading it: the first hex digit of the SHA-256 of the article's file name
 * (without extension), 0–7 → a, 8–f → b.
 */
export function devPart(article: string): Part {
  const h = createHash('sha256').update(article).digest('hex')
  return parseInt(h[0]!, 16) < 8 ? 'a' : 'b'
}

export interface Article {
  name: string
  text: string
  ann: string
  /** Null when the checkout lacks the CoreNLP file (GitHub snapshots omit files over 4 MiB). */
  xml: string | null
}

/**
 * The articles of one split of a PolNeAR checkout, one annotation each (the first
 * annotator's in file-name order where several annotated the same article).
 */
export function readSplit(root: string, split: 'train' | 'dev', part?: Part): Article[] {
  const dir = join(root, 'data', split)
  if (!existsSync(join(dir, 'text'))) throw new Error(`No ${join(dir, 'text')}: give the path of a PolNeAR checkout (the folder holding data/)`)
  const anns = readdirSync(join(dir, 'attributions')).filter((n) => n.endsWith('.ann')).sort()
  const out: Article[] = []
  for (const file of readdirSync(join(dir, 'text')).filter((n) => n.endsWith('.txt')).sort()) {
    const name = file.replace(/\.txt$/, '')
    if (split === 'dev' && part && devPart(name) !== part) continue
    const ann = anns.find((a) => a.startsWith(`${name}_`) && /^[0-9a-f]{4}\.ann$/.test(a.slice(name.length + 1)))
    if (!ann) continue
    const xmlPath = join(dir, 'corenlp', `${name}.txt.xml`)
    out.push({
      name,
      text: readFileSync(join(dir, 'text', file), 'utf8'),
      ann: readFileSync(join(dir, 'attributions', ann), 'utf8'),
      xml: existsSync(xmlPath) ? readFileSync(xmlPath, 'utf8') : null,
    })
  }
  return out
}

/**
 * PolNeAR (networkdynamics/PolNeAR) to the project's gold format (`src/extract/score.ts`).
 *
 * PolNeAR annotates attributions as brat standoff: Source, Cue and Content spans joined by
 * an event line. Its CoreNLP XML gives tokens with named-entity tags and coreference chains.
 * The gold made here is every double-quoted passage of the article:
 *  - inside the Content of an attribution whose Source is one named person: that person,
 *    by the fullest name the article gives (a pronoun or title source via coreference);
 *  - inside a Content whose Source is no single named person (an organisation, "a
 *    spokesman", "officials", no source), or outside every Content and shorter than eight
 *    words (titles, scare quotes): speaker null, so a name given there is spurious;
 *  - where the annotation cannot decide (a pronoun coreference leaves unresolved, a surname
 *    two people share, an editor's note the annotators discarded, a passage of eight words or
 *    more outside every Content, which is as often a statement they skipped as a title): ignored.
 * Rules for reading a source, each applied to every article:
 *  - a pronoun opening a sentence ("He said", "His assumption") is a pronoun resolved by
 *    coreference, never a capitalised name; a capitalised word is a name whatever part of
 *    speech the tagger gave it ("Will" as a modal, "From" as a preposition);
 *  - a name is the fullest the article gives that holds all its words; names no other holds
 *    are distinct people ("Chris Murphy", "Anne Marie Murphy"). A bare surname two people
 *    share is the one the article named first in full, unless the other was just introduced
 *    speaking (a source in this paragraph or the one before); CoreNLP's chains, which merge
 *    such surnames, decide only between fuller names;
 *  - a name followed by a role word and another name modifies the role ("Clinton ally James
 *    Carville" is Carville); a source headed by a person is that person even when it names
 *    an outlet ("Fox's Chris Wallace", "Washington Post columnist Michael Gerson"); a source
 *    that is an outlet or a report stays undecided; an indefinite source ("a 2008 Clinton
 *    veteran", "one former executive") is someone unnamed: speaker null;
 *  - two or three capitalised words after a personal title are a name whatever the tagger
 *    called them ("Justice Frank Nervo", "Secretary General Ban Ki-moon"), except in a
 *    headline in title case; "Dean" is a first name, not a title ("Dean Baker"); a surname
 *    particle stays in the name ("Bill de Blasio");
 *  - a first name used alone that no name ends with is the one person the article gives it
 *    to ("Chelsea" is Chelsea Clinton); a lone surname takes a capitalised word before it the
 *    tagger left out, unless the article writes that word in lowercase ("Rand Paul", not
 *    "Crooked Clinton"); a place or work ("Romare Bearden Park"), a plural ("Millennials") or
 *    a credit line alone on its line ("Getty.") is no person, whatever the tagger says;
 *  - a he/she source the coreference leaves unresolved is the one person named from the start
 *    of the paragraph before, if only one is named there and that one is quoted there (a source),
 *    and so is a pronoun whose coreference chain mixes several people, that one among them; a
 *    pronoun whose chain names someone other than the speaker of the attribution just before it
 *    in its paragraph is ignored (read by hand, that speaker is right four times in five);
 *  - a person's sex is the one the article's own he/she gives that name: a pronoun a chain links to the
 *    name just before it, in its sentence or the next, nobody else named between, neither in quotation
 *    marks nor a source (twice at least, three times as often as the other), or "Mr."/"Mrs."/"Ms."; a
 *    chain that gives "he" a woman or "she" a man has gone astray and names nobody, and neither the one
 *    person just named nor the previous speaker is a "she" that is a man;
 *  - "Roe said …. “…,” he said": a he/she source is the speaker of the attribution just before it, in its
 *    paragraph or the one before, whatever the chain says, unless that speaker is of the other sex or
 *    someone else it could be (not of the other sex) is named since, outside quotation marks (a surname
 *    counts where the tagger missed it);
 *  - a definite description ("the columnist", "the Vermont senator") the coreference leaves
 *    unresolved is the one person the article introduced by that role ("columnist Ai Jun",
 *    "Sen. Bernie Sanders") if named in this paragraph or the one before, else the one person
 *    named and quoted earlier in its own paragraph, or the speaker of the attribution just before it (in its
 *    paragraph or the one before) if the article introduced that one by the role; else, if it describes a
 *    person, ignored;
 *  - a source that opens with a name before its appositive or relative clause ("Brent Bozell III, founder
 *    of …") is that name's person; a name the tagger took for an organisation or a place is a person when
 *    the article's words make it one ("Cuban said he", "Le Pen, who … her", "Acs, the student"), by its
 *    longest form tagged alike ("Mark Cuban") or its own last three words ("Chicago Alderman Jason C. Ervin");
 *  - a relative pronoun source is the person named right before it ("Donald Trump - who"), or
 *    nobody named after a plural ("critics who say"); a capitalised plural is no name ("Aides");
 *  - several names in a source are several people only when a conjunction joins them outside
 *    a relative clause ("Don Fowler, who helmed the DNC … and has backed Hillary Clinton" is Fowler).
 * PolNeAR does not annotate conduits; the gold conduit is an ORGANIZATION the CoreNLP
 * tagger found (or a MISC proper noun standing as a noun of its own: "The Spokesman-Review")
 * in the attribution's own words (never in the content or the source, never a legislature,
 * party, agency, forum, social network or the like) in one of the places an outlet carries a quote:
 *  - the object of a verb of telling, in the cue or right after it: "told Reuters", "told Bill
 *    O'Reilly of Fox News"; the same forms right after the source, whatever the annotators took
 *    for the cue ("Carson tells Breitbart News, responding …", "Graham said on MSNBC, adding …");
 *  - a preposition after the cue, or after the quoted words the cue introduces in the same
 *    sentence ("blasted Clinton as a “disgrace” Wednesday on X"), that leads to an outlet: "said on CNN" (after any verb or a
 *    time: "said this month on CNBC"), "speaking to / spoke with X" (after speaking, not
 *    "responds to Mills"), "wrote in / for X" (after writing, not "said in Milwaukee"), "quoted
 *    by X", or an event "sponsored / hosted by X";
 *  - a medium and its preposition: "in a rare interview Tuesday with X", "in an email to X",
 *    "in a meeting with X" (with only: "a town-hall meeting in Plymouth" is a place),
 *    or an outlet naming the medium, the event it put on or its journalist: "in an MSNBC
 *    interview", "at a Fox News town hall", "at a recent Reuters event", "told a Politico reporter";
 *  - before the source in its sentence: "In an interview with X, Roe said", "Speaking to X",
 *    "Sitting down with X", "on X";
 *  - a name of two LOCATION proper nouns or more standing as a noun, when it is what a speaker
 *    told ("told the Washington Examiner");
 *  - a lone name the tagger took for a person but, elsewhere in the article, for the first word
 *    of an organisation ("The Fox News results …", then "Shaw told Fox"), when it is what a
 *    speaker told;
 *  - "according to X" or "X reported" in the sentence;
 *  - for a cue of going on ("he added", "she continued"), the outlet of the same speaker's last
 *    quote in the same paragraph or the one before, when the relation names none itself; or a credit line that is the whole cue
 *    ("[Reuters.]").
 * An object reached any other way is a topic, a venue or an audience ("blasted Disney",
 * "said during a speech in Milwaukee", "told the Shangri-La Dialogue"), not an outlet.
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
/** A personal, possessive or relative pronoun, whatever its case. */
const isPronoun = (t: Token) => PRONOUNS.test(t.word) || /^(?:PRP|WP)/.test(t.pos)
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
  const places = placeRuns(text, tokens)
  const tokensIn = (frags: readonly Span[]) => tokens.filter((t) => frags.some((f) => t.start < f.end && f.start < t.end))
  /** Tokens some attribution names as its source: a name among them is a person the article quotes. */
  const sourceTokens = new Set(brat.relations.flatMap((r) => (r.source ? tokensIn(r.source.fragments).map((t) => t.i) : [])))

  /** The fullest name for a run's name: the longest in the article that contains its words and ends with its surname. */
  const fullest = (run: PersonRun, preferred: readonly PersonRun[]): string | null => {
    const words = run.words
    const last = words[words.length - 1]!
    const key = (r: PersonRun) => r.words.filter((w) => w.length > 1 || !/^[A-Z]$/.test(w)).map((w) => w.toLowerCase())
    /** Whether name `a` holds every word of name `b` ("Hillary Rodham Clinton" holds "Hillary Clinton"). */
    const holds = (a: PersonRun, b: PersonRun) => key(b).every((w) => key(a).includes(w))
    const byKey = new Map<string, PersonRun>()
    for (const r of runs) if (r.words[r.words.length - 1] === last && holds(r, run) && !byKey.has(key(r).join(' '))) byKey.set(key(r).join(' '), r)
    const cands = [...byKey.values()]
    // The people among them: the names no other candidate holds ("Chris Murphy" and "Anne Marie Murphy" for "Murphy").
    let people = cands.filter((c) => !cands.some((o) => o !== c && holds(o, c) && !holds(c, o)))
    if (people.length > 1) {
      // A bare surname two people share is the one the article named first in full: writers give the
      // other a first name or a role ("Bill Clinton", "her husband"), and CoreNLP's chains, which merge
      // such surnames, do not decide. Unless the other was just introduced speaking, in this paragraph or
      // the one before ("Homeland Security Secretary Jeh Johnson says …. Johnson tells MSNBC").
      if (key(run).length === 1) {
        const full = (b: PersonRun) => runs.filter((r) => key(r).length > 1 && r.words[r.words.length - 1] === last && holds(b, r))
        const from = paragraphStartBefore(text, tokens[run.first]!.start, 2)
        const speaking = (b: PersonRun) => full(b).filter((r) => r.first < run.first && tokens[r.first]!.start >= from && sourceTokens.has(r.first)).map((r) => r.first)
        const recent = people.map((b) => ({ b, at: Math.max(-1, ...speaking(b)) })).sort((x, y) => y.at - x.at)[0]!
        if (recent.at >= 0) return recent.b.name
        return people.reduce((a, b) => (full(b)[0]!.first < full(a)[0]!.first ? b : a)).name
      }
      // A fuller name two people could bear: a name of more than one word in the coreference chain decides.
      people = people.filter((b) => preferred.some((p) => key(p).length > 1 && holds(b, p)))
    }
    if (people.length !== 1) return null
    // A first name alone that no name ends with ("Chelsea", "Melania") is the one person the article gives it to.
    if (key(people[0]!).length === 1 && /^\p{Lu}\p{Ll}/u.test(people[0]!.words[0]!)) {
      const firstOf = runs.filter((r) => key(r).length > 1 && key(r)[0] === key(run)[0])
      const owners = firstOf.filter((c) => !firstOf.some((o) => o !== c && holds(o, c) && !holds(c, o)))
      if (new Set(owners.map((o) => key(o).join(' '))).size === 1) return owners[0]!.name
    }
    return people[0]!.name
  }

  /**
   * The one person named from the start of the paragraph before `t` (or of its own paragraph, with
   * `paragraphs` 1) up to it, if exactly one and that one is quoted there (a source): "Ramos said
   * …. "…," he said."
   */
  const onlyPersonBefore = (t: Token, paragraphs = 2): string | null => {
    const from = paragraphStartBefore(text, t.start, paragraphs)
    const names = new Set<string | null>()
    let speaking = false
    for (let k = t.i - 1; k >= 0 && tokens[k]!.start >= from; k--) {
      const r = runAt.get(k)
      if (!r || r.first !== k) continue
      names.add(fullest(r, []))
      if (sourceTokens.has(r.last)) speaking = true
    }
    const [only] = names
    return names.size === 1 && only && speaking ? only : null
  }

  /**
   * The one person the article introduced, before `head`, by the role word `head` names: right
   * before the name ("columnist Ai Jun", "Vermont Sen. Bernie Sanders" for "the senator") or in
   * its appositive ("Jane Roe, a 34-year-old mother of three,"). Null if none or several.
   */
  const introducedAs = (head: Token): string | null => {
    const names = introducedBy(head)
    const [only] = names
    if (names.size !== 1 || !only) return null
    // And the description follows that person's name closely: named in this paragraph or the one before.
    const from = paragraphStartBefore(text, head.start, 2)
    return runs.some((r) => r.first < head.i && tokens[r.first]!.start >= from && fullest(r, []) === only) ? only : null
  }
  /** The people the article introduced, before `head`, by the role word `head` names. */
  const introducedBy = (head: Token): Set<string | null> => {
    const role = head.word.toLowerCase()
    const is = (t: Token | undefined) => t !== undefined && (t.word.toLowerCase() === role || ROLE_ABBREVIATION[t.word.replace(/\.$/, '')] === role)
    const names = new Set<string | null>()
    for (const r of runs) {
      if (r.last >= head.i) break
      let hit = false
      for (let k = r.first - 1; k >= r.first - 4 && k >= 0 && tokens[k]!.sentence === tokens[r.first]!.sentence && /^(?:NN|JJ)/.test(tokens[k]!.pos); k--) if (is(tokens[k])) hit = true
      // An appositive is a noun phrase: no verb before the role word.
      if (tokens[r.last + 1]?.word === ',') {
        for (let k = r.last + 2; k <= r.last + 9 && tokens[k] && !/^[,.;:]$/.test(tokens[k]!.word) && !/^VB/.test(tokens[k]!.pos) && k < head.i; k++) if (is(tokens[k])) hit = true
      }
      if (hit) names.add(fullest(r, []))
    }
    return names
  }

  /** The attribution whose source comes just before `rel`'s, from the start of the paragraph `paragraphs` back. */
  const previousRelation = (rel: BratRelation, paragraphs: number): BratRelation | undefined => {
    const at = rel.source!.fragments[0]!.start
    const from = paragraphStartBefore(text, at, paragraphs)
    let best: BratRelation | undefined
    for (const r of brat.relations) {
      const f = r.source?.fragments[0]
      if (!f || f.start >= at || f.start < from || (best && f.start <= best.source!.fragments[0]!.start)) continue
      best = r
    }
    return best
  }
  /** The named speaker of the attribution just before `rel` in its paragraph, if any. */
  const previousSpeaker = (rel: BratRelation): string | null => {
    const best = previousRelation(rel, 1)
    return best ? speakerOf(best).speaker : null
  }

  const quoted = findQuotedPassages(text)
  /** A person's run by surname, for finding the surname where the tagger missed it. */
  const bySurname = new Map(runs.filter((r) => r.words.length > 1).map((r) => [r.words[r.words.length - 1]!, r]))
  const sexes = new Map<string, { he: number; she: number }>()
  const tally = (name: string | null, he: number, she: number) => {
    if (!name) return
    const c = sexes.get(name) ?? { he: 0, she: 0 }
    c.he += he
    c.she += she
    sexes.set(name, c)
  }
  const inQuote = (pos: number) => quoted.some((q) => pos > q.open && pos < q.close)
  /**
   * Tallies the pronoun at token `head` for the name `r` a chain gave it last: both outside quotation marks
   * (a speaker's "he" is often someone else), in one sentence or the next, not a source's pronoun (which is
   * what the sex decides), nobody else named between, and not a bare surname others share ("Clinton").
   */
  const tallyPronoun = (r: PersonRun, head: number) => {
    const at = tokens[head]!.start
    if (inQuote(at) || sourceTokens.has(head) || inQuote(tokens[r.first]!.start) || tokens[head]!.sentence > tokens[r.first]!.sentence + 1) return
    const name = fullest(r, [])
    if (!name || (r.words.length === 1 && runs.some((o) => o.words.length > 1 && o.words[o.words.length - 1] === r.words[0] && fullest(o, []) !== name))) return
    if (runs.some((o) => o.first > r.last && o.first < head && fullest(o, []) !== name)) return
    const between = text.slice(tokens[r.last]!.end, at)
    if ([...between.matchAll(/\p{Lu}[\p{L}’'-]+/gu)].some((m) => bySurname.has(m[0]) && fullest(bySurname.get(m[0])!, []) !== name)) return
    const w = tokens[head]!.word.toLowerCase()
    tally(name, /^(?:he|him|his|himself)$/.test(w) ? 1 : 0, /^(?:she|her|hers|herself)$/.test(w) ? 1 : 0)
  }
  let tallied = false
  /**
   * A person's sex as the article's own pronouns give it (see `tallyPronoun`), or "Mr." or "Mrs."/"Ms."
   * before the name; null when they do not say clearly.
   */
  const sexOf = (name: string): 'he' | 'she' | null => {
    if (!tallied) {
      tallied = true
      // Chains that run on merge people ("Hillary Clinton" … "he" of her husband): only a pronoun close after a name counts.
      for (const chain of nlp?.chains ?? []) {
        let last: PersonRun | undefined
        for (const m of [...chain].sort((x, y) => x.head - y.head)) {
          if (runAt.has(m.head)) last = runAt.get(m.head)
          else if (last) tallyPronoun(last, m.head)
        }
      }
      for (const r of runs) {
        const title = tokens[r.first - 1]?.word
        if (title && /^Mr\.?$/.test(title)) tally(fullest(r, []), 2, 0)
        if (title && /^(?:Mrs|Ms)\.?$/.test(title)) tally(fullest(r, []), 0, 2)
      }
    }
    // Twice at least, and three times as often as the other: one stray pronoun decides nothing.
    const c = sexes.get(name)
    if (!c || Math.max(c.he, c.she) < 2) return null
    return c.he >= 3 * c.she ? 'he' : c.she >= 3 * c.he ? 'she' : null
  }

  /**
   * "Roe said …. “…,” he said": a he or she whose speaker the paragraph's attributions give, as a
   * reader takes it. The speaker of the attribution just before (in this paragraph or the one
   * before), when the pronoun's sex is that person's as the article's pronouns give it.
   */
  const speakerBefore = (rel: BratRelation, pronoun: string): string | null => {
    const prev = previousRelation(rel, 2)
    const name = prev ? speakerOf(prev).speaker : null
    if (!name) return null
    const sex = /^(?:he|him|his)$/i.test(pronoun) ? 'he' : 'she'
    if (sexOf(name) === (sex === 'he' ? 'she' : 'he')) return null
    // Another person the pronoun could be, named since outside quotation marks ("Ham said …. Obama …. he said"), leaves it
    // open: a name the tagger found, or a surname of one written where it missed it ("Trump almost seemed to agree").
    const from = prev!.source!.fragments[prev!.source!.fragments.length - 1]!.end
    const to = rel.source!.fragments[0]!.start
    const outside = (at: number) => at >= from && at < to && !inQuote(at)
    const rival = (who: string | null) => who !== name && (who === null || sexOf(who) !== (sex === 'he' ? 'she' : 'he'))
    if (runs.some((r) => outside(tokens[r.first]!.start) && rival(fullest(r, [])))) return null
    for (const w of text.slice(from, to).matchAll(/\p{Lu}[\p{L}’'-]+/gu)) {
      const r = bySurname.get(w[0])
      if (r && outside(from + w.index) && rival(fullest(r, []))) return null
    }
    return name
  }

  /**
   * A surname the tagger never took for a person's, and the article's words make one ("Cuban said he",
   * "Le Pen, who … her", "Pete Seat, an Indiana GOP consultant", "star Buddy Valastro"): the longest
   * name ending with it that the tagger tagged alike ("Mark Cuban" as MISC), or null.
   */
  const personByWords = (lead: readonly Token[], last: string): string | null => {
    if (runs.some((r) => r.words.includes(last))) return null
    const w = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const says = new RegExp(String.raw`\b${w}(?:[’']s)?\s+(?:said|says|told|tells|added|adds|explained|wrote|writes|argued|noted|continued)\s+(?:that\s+)?(?:he|she)\b`)
    const who = new RegExp(String.raw`\b${w},\s+who\b[^.,;“”"]{0,80}?\b(?:his|her|he|she)\b`)
    const role = new RegExp(String.raw`\b${w},\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?${DESCRIBES_PERSON.source}`, 'u')
    if (!says.test(text) && !who.test(text) && !role.test(text)) return null
    // The source's own words, titles dropped ("Secretary General Ban Ki-moon"), or a longer form elsewhere.
    let best: string | null = lead.filter((t) => /^\p{Lu}/u.test(t.word) && !TITLE_WORDS.test(t.word) && t.pos !== 'POS').slice(-3).map((t) => t.word).join(' ') || null
    for (const t of tokens) {
      if (t.word !== last || t.ner === 'O' || t.ner === 'PERSON') continue
      let k = t.i
      while (k > t.i - 2 && tokens[k - 1] && tokens[k - 1]!.ner === t.ner && tokens[k - 1]!.pos === 'NNP' && tokens[k - 1]!.sentence === t.sentence && /^\p{Lu}[\p{L}.’'-]*$/u.test(tokens[k - 1]!.word) && !/[’']s$/.test(tokens[k - 1]!.word)) k--
      const name = text.slice(tokens[k]!.start, t.end)
      if (!best || name.length > best.length) best = name
    }
    return best
  }

  const decided = new Map<BratRelation, { speaker: string | null; ignore: boolean; how: string }>()
  const speakerOf = (rel: BratRelation): { speaker: string | null; ignore: boolean; how: string } => {
    let s = decided.get(rel)
    if (!s) decided.set(rel, (s = readSource(rel)))
    return s
  }
  const readSource = (rel: BratRelation): { speaker: string | null; ignore: boolean; how: string } => {
    if (!rel.source) return { speaker: null, ignore: false, how: 'no source' }
    const srcTokens = tokensIn(rel.source.fragments)
    const srcText = rel.source.fragments.map((f) => text.slice(f.start, f.end)).join(' ')
    if (!nlp) return { speaker: null, ignore: true, how: 'no CoreNLP file' }
    const inSource = [...new Set(srcTokens.flatMap((t) => (runAt.has(t.i) ? [runAt.get(t.i)!] : [])))]
    // A name that modifies another noun is not the source: "Clinton spokesman Brian Fallon", "Trump's campaign".
    const heads = inSource.filter((r) => {
      // "Supporters of Sanders", "a spokesman for Clinton": the name hangs off another noun.
      const prev = tokens[r.first - 1]
      if (prev && srcTokens.includes(prev) && /^(?:IN|TO)$/.test(prev.pos)) return false
      const next = tokens[r.last + 1]
      if (!next || !srcTokens.includes(next)) return true
      // "Clinton ally James Carville": a name, a lowercase role word or two, then the person it describes.
      let k = r.last + 1
      while (k <= r.last + 3 && srcTokens.includes(tokens[k]!) && /^\p{Ll}/u.test(tokens[k]!.word) && !/^(?:IN|TO|CC|DT|WDT|WP|PRP\$?|,|:)$/.test(tokens[k]!.pos)) k++
      if (k > r.last + 1 && tokens[k] && srcTokens.includes(tokens[k]!) && runAt.has(k)) return false
      return !(next.pos === 'POS' || /^NNS?$/.test(next.pos) || (next.pos === 'NNP' && next.ner !== 'PERSON'))
    })
    // The source phrase's head: its last noun or pronoun before a preposition, relative word or comma.
    let headToken: Token | undefined
    for (const t of srcTokens) {
      if (headToken && /^(?:IN|TO|WDT|WP|,)$/.test(t.pos)) break
      if (/^(?:NN|PRP)/.test(t.pos)) headToken = t
    }
    // A news outlet as source ("CNN", "Vermont Edition", "a White House pool report"), unless a person
    // heads it ("Fox's Chris Wallace", "Washington Post columnist Michael Gerson, a speechwriter"):
    // the words are usually someone else's that it carried, which PolNeAR (one attribution per token)
    // cannot say. A "person" whose name is an outlet's ("Politico") is the outlet.
    const headRun = headToken ? runAt.get(headToken.i) : undefined
    if ((!headRun || headRun.words.every((w) => OUTLET.test(w))) && OUTLET.test(srcText)) return { speaker: null, ignore: true, how: `an outlet or report as source: "${srcText}"` }
    // An indefinite source ("a 2008 Clinton veteran", "one former executive") is someone left unnamed.
    if (heads.length === 0 && /^(?:an?|one|another|some|several)\s/i.test(srcText)) return { speaker: null, ignore: false, how: `an unnamed source: "${srcText}"` }
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
      // "Trump and Pence said": nobody alone. Without a conjunction, or with one inside a relative clause,
      // the first name is the head and the others sit in its appositive or relative clause ("Heather
      // Hurlburt, who worked for …", "Don Fowler, who helmed the DNC … and has backed Hillary Clinton").
      const between = text.slice(tokens[heads[0]!.last]!.end, tokens[heads[1]!.first]!.start)
      const joined = /\b(?:and|or)\b|&/.test(between) && !/\b(?:who|whom|whose|which|that)\b/.test(between)
      if (names.size > 1 && joined) return { speaker: null, ignore: false, how: `several persons (${[...names].join(', ')})` }
    }
    // A relative pronoun: the person named right before it ("Jane Roe, who said …").
    if (heads.length === 0 && srcTokens.length === 1 && /^(?:who|that)$/i.test(srcTokens[0]!.word)) {
      let k = srcTokens[0]!.i - 1
      while (k >= 0 && /^(?:[,(]|-+|—|–)$/.test(tokens[k]!.word)) k--
      const r = runAt.get(k)
      // "Critics who say …", "Democrats across the country, who …": several people, none named.
      if (!r && tokens[k] && /^NNP?S$/.test(tokens[k]!.pos)) return { speaker: null, ignore: false, how: `relative pronoun after a plural "${tokens[k]!.word}"` }
      if (!r) return { speaker: null, ignore: true, how: `relative pronoun "${srcText}"` }
      const name = fullest(r, [])
      return name ? { speaker: name, ignore: false, how: `relative pronoun after "${r.name}"` } : { speaker: null, ignore: true, how: `surname shared: "${r.name}"` }
    }
    // A capitalised name the tagger did not take for a person ("Cuban", "Xi"): the person of that surname, if one.
    // A source span holding no noun or pronoun at all (annotators sometimes mark the cue, "said"): undecidable.
    // A capitalised word counts as a noun whatever the tagger said ("Will" as a modal in "George Will").
    const capitalised = (t: Token) => /^\p{Lu}/u.test(t.word) && !/^(?:DT|NNS|NNPS)$/.test(t.pos) && !isPronoun(t)
    if (srcTokens.length > 0 && !srcTokens.some((t) => /^(?:NN|PRP|WP)/.test(t.pos) || capitalised(t))) return { speaker: null, ignore: true, how: `no noun in the source "${srcText}"` }
    // A pronoun opening a sentence ("He said", "His assumption") is capitalised but no name.
    // The name that opens the source, before an appositive or relative clause ("Brent Bozell III, founder of …").
    const comma = srcTokens.findIndex((t) => t.word === ',' || /^(?:WDT|WP)$/.test(t.pos))
    const lead = comma < 0 ? srcTokens : srcTokens.slice(0, comma)
    const capitals = lead.filter(capitalised).filter((t) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(t.word))
    if (heads.length === 0 && inSource.length === 0 && capitals.length > 0 && lead.every((t) => capitalised(t) || t.pos === 'POS')) {
      const last = capitals[capitals.length - 1]!.word
      const byName = runs.filter((r) => r.words[r.words.length - 1] === last)
      if (byName.length) {
        const name = fullest(byName[0]!, byName)
        return name ? { speaker: name, ignore: false, how: `untagged name "${srcText}"` } : { speaker: null, ignore: true, how: `surname shared: "${srcText}"` }
      }
      // A name the tagger took for an organisation or a place that the article's words make a person.
      const missed = personByWords(lead, last)
      if (missed) return { speaker: missed, ignore: false, how: `a person the tagger missed, by the article's words: "${srcText}"` }
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
    // A chain that gives "he" a woman or "she" a man, as the article's other pronouns have them, has gone astray.
    const opposite = /^(?:he|him|his)$/i.test(srcText.trim()) ? 'she' : /^(?:she|her|hers)$/i.test(srcText.trim()) ? 'he' : null
    const chained = [...new Set(viaChain.map((r) => fullest(r, viaChain)))]
    const names = chained.some((n) => opposite && n && sexOf(n) === opposite) ? [] : chained
    // "He said" after a paragraph that names and quotes one person only: that person, as any reader takes it.
    const loneOne = /^(?:he|she|him|his|her)$/i.test(srcText.trim()) ? onlyPersonBefore(srcTokens[0]!) : null
    const lone = loneOne && !(opposite && sexOf(loneOne) === opposite) ? loneOne : null
    const previousOne = /^(?:he|she)$/i.test(srcText.trim()) ? previousSpeaker(rel) : null
    // Not one the pronoun cannot be: "she" after a man ("Sanders said …. “…,” she said").
    const previous = previousOne && !(opposite && sexOf(previousOne) === opposite) ? previousOne : null
    const before = /^(?:he|she|him|his|her)$/i.test(srcText.trim()) ? speakerBefore(rel, srcText.trim()) : null
    if (names.length === 1 && names[0]) {
      // A chain to someone other than the speaker of the attribution just before in the paragraph: the
      // chain is more often wrong ("Rep. Hank Johnson said …. "…," he said" chained to Obama), but not always.
      if (before && before !== names[0]) return { speaker: before, ignore: false, how: `pronoun "${srcText}" after the speaker before, ${before} (the chain names ${names[0]})` }
      if (previous && previous !== names[0]) return { speaker: null, ignore: true, how: `coreference "${srcText}" → ${names[0]}, but ${previous} spoke just before` }
      // CoreNLP's chains reach far and err: trust one only if the person is named in the last three paragraphs.
      const from = srcTokens[0] ? paragraphStartBefore(text, srcTokens[0].start, 3) : 0
      const near = viaChain.some((r) => tokens[r.first]!.start >= from && tokens[r.first]!.start < (srcTokens[0]?.start ?? 0))
      if (near) return { speaker: names[0], ignore: false, how: `coreference "${srcText}"` }
      if (before === names[0]) return { speaker: before, ignore: false, how: `pronoun "${srcText}" after the speaker before, ${before}, whom the chain names far back` }
      return { speaker: null, ignore: true, how: `coreference to a person named far back: "${srcText}" → ${names[0]}` }
    }
    // A chain that mixes people ("Bill Clinton", "Hillary Clinton"): the one person just named and quoted, if it is one of them.
    if (lone && (names.length === 0 || names.includes(lone))) return { speaker: lone, ignore: false, how: `pronoun after the one person named "${srcText}"` }
    if (before && names.includes(before)) return { speaker: before, ignore: false, how: `pronoun "${srcText}" after the speaker before, ${before}, among the chain's ${names.join(', ')}` }
    if (before && names.length === 0) return { speaker: before, ignore: false, how: `pronoun "${srcText}" after the speaker before, ${before}` }
    if (names.length > 1) return { speaker: null, ignore: true, how: `coreference ambiguous "${srcText}": ${names.join(', ')}` }
    if (srcTokens.length > 0 && srcTokens.every((t) => PRONOUNS.test(t.word))) return { speaker: null, ignore: true, how: `unresolved pronoun "${srcText}"` }
    // "The former secretary of state", "the Republican nominee": a person the coreference did not name.
    if (/^the\s/i.test(srcText) && headToken && /^NN/.test(headToken.pos)) {
      // "The columnist suggested": the one person the article introduced by that role ("columnist Ai Jun").
      const introduced = /^\p{Ll}/u.test(headToken.word) && DESCRIBES_PERSON.test(headToken.word) ? introducedAs(headToken) : null
      if (introduced) return { speaker: introduced, ignore: false, how: `description of the one person introduced as "${headToken.word}": "${srcText}"` }
      if (DESCRIBES_PERSON.test(headToken.word)) {
        // "Ivanka Trump … noted the rule. … the 34-year-old mother of three replied": the one person
        // named and quoted earlier in the same paragraph.
        const lone = onlyPersonBefore(srcTokens[0]!, 1)
        if (lone) return { speaker: lone, ignore: false, how: `description after the one person named in its paragraph "${srcText}"` }
        // "Rubio said …. The Florida senator added": the speaker just before, if the article introduced that one by the role.
        const prev = previousRelation(rel, 2)
        const prevName = prev ? speakerOf(prev).speaker : null
        if (prevName && /^\p{Ll}/u.test(headToken.word) && introducedBy(headToken).has(prevName)) return { speaker: prevName, ignore: false, how: `description of the speaker before, introduced as "${headToken.word}": "${srcText}"` }
        return { speaker: null, ignore: true, how: `unresolved description "${srcText}"` }
      }
    }
    return { speaker: null, ignore: false, how: `not a named person: "${srcText}"` }
  }

  const sentenceBounds = (pos: number): Span => {
    const t = tokens.find((x) => x.end > pos)
    if (!t) return { start: 0, end: text.length }
    const same = tokens.filter((x) => x.sentence === t.sentence)
    return { start: same[0]!.start, end: same[same.length - 1]!.end }
  }
  /** Whether the words after an outlet name what it carried or put on ("an MSNBC interview", "a Politico reporter"). */
  const namesMedium = (o: Span) => MEDIUM_AFTER.test(text.slice(o.end, o.end + 40))
  /** Whether [start, end) is exactly one person's name as the tagger found it ("Bill O'Reilly"). */
  const isPersonSpan = (start: number, end: number) => runs.some((r) => tokens[r.first]!.start === start && tokens[r.last]!.end === end)
  const conduitOf = (rel: BratRelation): string | null => {
    const contentCovers = (pos: number) => rel.contents.some((c) => covers(c, pos))
    const source = rel.source?.fragments ?? []
    const overlapsSource = (o: Span) => source.some((f) => o.start < f.end && f.start < o.end)
    const surnames = new Set(runs.map((r) => r.words[r.words.length - 1]))
    // "Shaw told Fox that …": a lone name the tagger took for a person here but for the first word of an organisation
    // elsewhere in the article ("The Fox News results"), and nobody's surname, is an outlet when the speaker told it.
    const orgFirstWords = new Set(orgs.map((o) => o.name.split(/\s+/)[0]))
    const lone = runs.filter((r) => r.first === r.last && orgFirstWords.has(r.words[0]) && !runs.some((x) => x.last > x.first && x.words[x.words.length - 1] === r.words[0]))
    const toldLone = (verb: string, from: number) => {
      if (!TELLS_END.test(verb)) return null
      const r = lone.find((x) => tokens[x.first]!.start >= from && /^\s*$/.test(text.slice(from, tokens[x.first]!.start)))
      if (r) return r.name
      // "told the Washington Examiner": a name of two places or more the speaker told, standing as a noun, is no place.
      const p = places.find((x) => x.start >= from && /^\s*(?:the\s+)?$/i.test(text.slice(from, x.start)))
      return p ? p.name : null
    }
    const outlets = orgs.filter((o) => isOutletLike(o.name) && !surnames.has(o.name) && !contentCovers(o.start) && !overlapsSource(o) && (!o.modifier || namesMedium(o)))
    /** Whether the words from the verb (`verb`, ending where `between` starts) to outlet `o` carry the quote to it. */
    const carries = (verb: string, between: string, o: Span) => {
      // A sentence's end stops the search; the point of an abbreviation does not ("said Dec. 6 on CNN").
      if (/[;“”"\n]/.test(between) || /\.(?=\s+\p{Lu})(?<!\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St)\.)|\.$/u.test(between)) return false
      if (TELLS_END.test(verb) && /^\s*(?:the\s+)?$/i.test(between)) return true
      const prep = /^\s*(to|with|on|in|for|by)\s+(?:the\s+)?$/i.exec(between)?.[1]?.toLowerCase()
      if (prep && PREPOSITION_AFTER[prep]!.test(verb)) return true
      if (CARRIED_BY.test(between)) return true
      // "said at a town hall sponsored by CNN": an outlet that put on the event carried it.
      if (/\b(?:hosted|sponsored|moderated|organized|broadcast|aired|televised)\s+by\s+(?:the\s+)?$/i.test(between)) return true
      // "told Bill O'Reilly of Fox News": the interviewer, then the outlet.
      const of = /^(\s*(?:(?:to|with)\s+)?)(.+?)\s+of\s+(?:the\s+)?$/.exec(between)
      const at = o.start - between.length
      if (of && isPersonSpan(at + of[1]!.length, at + of[1]!.length + of[2]!.length)) return true
      // "said in an MSNBC interview", "said at a Fox News town hall": the outlet names the medium.
      return /^\s*(?:(?:in|at|during|on|to|with)\s+)?(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(between) && namesMedium(o)
    }
    for (const cue of rel.cues) {
      for (const f of cue.fragments) {
        const cueText = text.slice(f.start, f.end)
        // An outlet inside the cue ("told Reuters in a rare interview"), reached as from its verb ("blasted Disney for" is not),
        // or the cue itself, a credit line ("[Reuters.]").
        for (const o of outlets) {
          if (o.start < f.start || o.end > f.end) continue
          const before = text.slice(f.start, o.start)
          if (/^[\s[(]*$/.test(before)) return o.name
          const verb = /^\s*[\p{L}’'-]+/u.exec(before)?.[0] ?? ''
          if (carries(verb, before.slice(verb.length), o) || LEAD_TO_OUTLET.test(before)) return o.name
        }
        // The cue's object or complement: "told the Post", "said on CNN", "said in an interview with ABC".
        for (const o of outlets) {
          if (o.start < f.end || o.start > f.end + 80) continue
          if (carries(cueText, text.slice(f.end, o.start), o)) return o.name
        }
        const told = toldLone(cueText, f.end)
        if (told) return told
        // Past the quoted words, in the same sentence: "blasted Clinton as a “disgrace” Wednesday on The Laura Ingraham Show."
        const contentEnd = Math.max(...rel.contents.flatMap((c) => c.fragments.map((x) => x.end)))
        if (contentEnd > f.end) {
          const s = sentenceBounds(f.start)
          for (const o of outlets) {
            if (o.start < contentEnd || o.start > contentEnd + 80 || o.end > s.end) continue
            if (carries('', text.slice(contentEnd, o.start).replace(/^[”"’',.\s]+/, ' '), o)) return o.name
          }
        }
      }
    }
    // Right after the source, whatever the annotators took for the cue: "Carson tells Breitbart News, responding to …",
    // "Graham said on MSNBC’s “Morning Joe,” adding …", "Jeff Weaver, speaking to CNN".
    const last = source[source.length - 1]
    if (last) {
      const verb = /^\s*,?\s*(?:told|tells|said|says|speaking|spoke|talking|talked|wrote|writes|writing)\b/.exec(text.slice(last.end, last.end + 16))
      if (verb) {
        const from = last.end + verb[0].length
        for (const o of outlets) if (o.start >= from && o.start <= from + 80 && carries(verb[0], text.slice(from, o.start), o)) return o.name
        const told = toldLone(verb[0], from)
        if (told) return told
      }
    }
    // Before the source in its sentence: "In an interview with X, Roe said", "Wednesday on X's “Show,” Roe said".
    const first = rel.source?.fragments[0] ?? rel.cues[0]?.fragments[0]
    if (first) {
      const s = sentenceBounds(first.start)
      for (const o of outlets) {
        if (o.start < s.start || o.end > first.start) continue
        const lead = text.slice(s.start, o.start)
        if (LEAD_TO_OUTLET.test(lead) || (/\b(?:in|at|during|on)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(lead) && namesMedium(o))) return o.name
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
  /** The last quote a named person said with an outlet, for "he added" in the same paragraph or the next. */
  interface Carried {
    speaker: string
    conduit: string
    at: number
  }
  let lastCarried = null as Carried | null
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
      // A sentence or more between marks that no attribution holds is someone's words the annotators
      // skipped as often as a long title: the gold cannot tell. Short ones are titles and scare quotes.
      if (quoteText.trim().split(/\s+/).length >= 8) {
        quotes.push({ text: quoteText, start, speaker: null, conduit: null, kind: 'direct', ignore: true, note: 'a sentence in no attribution content' })
        how.push('a sentence in no attribution content')
        continue
      }
      quotes.push({ text: quoteText, start, speaker: null, conduit: null, kind: 'partial', note: 'in no attribution content' })
      how.push('in no attribution content')
      continue
    }
    const s = speakerOf(rel)
    const contentText = rel.contents.flatMap((c) => c.fragments.map((f) => text.slice(f.start, f.end))).join(' ')
    const rest = contentText.replace(/[“"][^“”"]*[”"]?/g, '').replace(/[^\p{L}\p{N}]/gu, '')
    const kind = rest === '' ? 'direct' : 'partial'
    let conduit = conduitOf(rel)
    // "He added, “…”": the same speaker going on keeps the outlet of the words before.
    const cueText = rel.cues.flatMap((c) => c.fragments.map((f) => text.slice(f.start, f.end))).join(' ')
    if (conduit === null && s.speaker && lastCarried?.speaker === s.speaker && GOES_ON.test(cueText) && paragraphStartBefore(text, start, 2) <= lastCarried.at) conduit = lastCarried.conduit
    if (s.speaker && conduit) lastCarried = { speaker: s.speaker, conduit, at: start }
    const g: GoldQuote = { text: quoteText, start, speaker: s.speaker, conduit, kind, note: s.how }
    if (s.ignore) g.ignore = true
    quotes.push(g)
    how.push(s.how)
  }
  return { gold: { quotes }, how }
}

/** Cues of a speaker going on with the words before: "he added", "she continued", "went on". */
const GOES_ON = /\b(?:added|adds|adding|continued|continues|went\s+on)\b/i
/** A cue ending in a verb of telling takes the outlet as its object ("told Reuters"). */
const TELLS_END = /\b(?:told|tell|tells|telling)\s*$/i
/**
 * The verbs after which a bare preposition leads to an outlet: "said on CNN" (any verb: on the
 * air), "speaking to the BBC", "spoke with Politico" (speaking, not replying or giving: "responds
 * to Mills", "gave to La Raza"), "wrote in National Review", "wrote for the Post" (writing, not
 * "said in Milwaukee"), "quoted by Reuters".
 */
/** The forms that carry words to an outlet (writing, a broadcast, an interview), as nouns. */
const MEDIUM = String.raw`(?:interview|appearance|op-ed|column|article|piece|essay|podcast|broadcast|show|program|programme|segment|statement|email|e-mail|letter|call|conversation|chat|video|post|remarks|comments)s?`
const SPEAKS = String.raw`(?:speak|speaks|speaking|spoke|spoken|talk|talks|talking|talked|said|says|say|saying|comments?|remarks|statement|interview\w*|sat\s+down|sitting\s+down)`
const WRITES = String.raw`(?:wrote|writes|write|writing|written|published|penned|op-ed|column|article|piece|essay|interview\w*|statement)`
const PREPOSITION_AFTER: Record<string, RegExp> = {
  on: /^/,
  to: new RegExp(String.raw`\b(?:${SPEAKS}|${MEDIUM})\s*$`, 'i'),
  with: new RegExp(String.raw`\b(?:${SPEAKS}|${MEDIUM}|meetings?)\s*$`, 'i'),
  in: new RegExp(String.raw`\b(?:${WRITES}|${MEDIUM})\s*$`, 'i'),
  for: new RegExp(String.raw`\b(?:${WRITES}|${MEDIUM})\s*$`, 'i'),
  by: /\b(?:quoted|interviewed|reported|published|posted|aired|broadcast|obtained)\s*$/i,
}
/**
 * After the cue, a medium and its preposition ("said in a rare interview Tuesday with Reuters",
 * "wrote in an op-ed for the Post"), or a time before "on" ("said just after midnight on CNN").
 * A place, a venue or an audience reached any other way ("said during a speech in Milwaukee",
 * "said at a town hall in Plymouth", "blasted Disney") is not an outlet.
 */
const CARRIED_BY = new RegExp(String.raw`^\s*(?:,\s*)?(?:(?:in|during|at|for|on)\s+)?(?:an?|the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:${MEDIUM}\s+(?:[\p{L}\p{N}’'-]+\s+){0,2}?(?:to|with|on|in|for|by)|meetings?\s+with)\s+(?:the\s+)?$|^\s*(?:[\p{L}\p{N}.’'-]+\s+){1,4}?on\s+(?:the\s+)?$`, 'iu')
/** An outlet naming the medium after it: "an MSNBC interview", "a Fox News town hall", "CNN’s broadcast". */
const MEDIUM_AFTER = new RegExp(String.raw`^(?:[’']s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:${MEDIUM}|meetings?|town[ -]halls?|debates?|forums?|events?|conferences?|breakfasts?|luncheons?|summits?|reporters?|correspondents?|journalists?|anchors?|hosts?|columnists?|editors?)\b`, 'iu')
/** Before the source: "In an interview with X, Roe said", "Speaking to X, Roe said", "On X's “Show,” Roe said", "questioned on X, Roe". */
const LEAD_TO_OUTLET = new RegExp(String.raw`(?:\b${MEDIUM}\s+(?:[\p{L}\p{N}’'-]+\s+){0,2}?(?:with|on|to|in|for)|\bmeetings?\s+with|\b(?:speaking|spoke|talking|talked|writing|wrote)\s+(?:to|with|on|in|for)|\b(?:sitting|sat)\s+down\s+with|\bon)\s+(?:the\s+)?$`, 'iu')

interface PersonRun {
  first: number
  last: number
  name: string
  words: string[]
}

/** Words that name a news outlet or a report. */
const OUTLET = /\b(?:News|Times|Post|Journal|Radio|TV|Magazine|Daily|Herald|Tribune|Network|Press|Channel|Gazette|Edition|Blaze|Dealer|CNN|MSNBC|NPR|Fox|ABC|NBC|CBS|AP|Reuters|Bloomberg|Politico|report|reports|transcript)\b/
/** Abbreviated titles and the role word a later description uses ("Sen. Roe" … "the senator"). */
const ROLE_ABBREVIATION: Record<string, string> = { Sen: 'senator', Rep: 'congressman', Gov: 'governor', Gen: 'general', Dr: 'doctor', Rev: 'pastor', Lt: 'lieutenant', Col: 'colonel' }
const DESCRIBES_PERSON = /\b(?:secretary|president|nominee|candidate|senator|governor|speaker|leader|mogul|businessman|businesswoman|billionaire|chairman|chairwoman|director|spokesman|spokeswoman|front-?runner|congressman|congresswoman|lawmaker|mayor|judge|justice|host|anchor|author|writer|columnist|reporter|journalist|editor|analyst|strategist|adviser|advisor|aide|pollster|economist|professor|scholar|expert|commentator|activist|organizer|actor|actress|star|comedian|singer|rapper|pastor|preacher|bishop|rabbi|imam|founder|ceo|executive|attorney|lawyer|prosecutor|sheriff|officer|general|veteran|widow|widower|mother|father|wife|husband|daughter|son|sister|brother|chancellor|minister|ambassador|diplomat|former|man|woman)\b/i
const PARTY_WORDS = /^(?:Democrat|Democratic|Republican|GOP|Independent|Libertarian|Former|Presidential|Candidate|Nominee)$/
const TITLE_WORDS = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Rev|Mayor|President|Senator|Governor|Judge|Justice|Pastor|Reverend|Father|Sister|Chairman|Secretary|Speaker|Leader|Rabbi|Imam|Professor|Coach|Sheriff|Officer|Detective|Sergeant|Captain|General|Admiral|Ambassador|Congressman|Congresswoman|Assemblyman|Assemblywoman|Councilman|Councilwoman|Journalist|Reporter|Actress|Actor|Chancellor|Minister|Premier|Representative|Attorney|Director|Spokesman|Spokeswoman|Chairwoman|Commissioner|Prince|Princess|King|Queen|Pope|Chief|Deputy|Vice|Superintendent|Treasurer|Editor|Host|Anchor|Columnist|Sgt|Maj|Adm|Prof|Cardinal|Bishop|Archbishop|Sheikh|Emir|Sir|Dame)\.?$/

/** Last words of names the tagger takes for a person's that are a place's or a work's ("Romare Bearden Park"). */
const PLACE = /^(?:Park|Street|Avenue|Square|Hall|Center|Centre|Arena|Stadium|Images|Library|Museum|Bridge|Airport|County|Tower|Hotel|Plaza|Boulevard|Road|Institute|Foundation|University|College|School|Act|Care)$/

/**
 * Whether tokens k..j, tagged as a person, can be one: not a place or a work ("Romare Bearden
 * Park"), not a plural ("Millennials"), not a credit line standing alone on its line ("Getty.").
 */
function personLike(text: string, tokens: readonly Token[], k: number, j: number): boolean {
  if (PLACE.test(tokens[j]!.word) || (k === j && tokens[k]!.pos === 'NNPS')) return false
  const from = text.lastIndexOf('\n', tokens[k]!.start - 1) + 1
  const to = text.indexOf('\n', tokens[j]!.end)
  const line = text.slice(from, to < 0 ? text.length : to)
  return line.replace(/[\s.,:;()/|-]/g, '') !== text.slice(tokens[k]!.start, tokens[j]!.end).replace(/[\s.,:;()/|-]/g, '')
}

/** Lowercase particles that belong to a surname ("de Blasio", "van Hollen"). */
const PARTICLE = /^(?:de|del|della|der|di|da|du|van|von|le|la|bin|al|el|ter)$/
/** Capitalised words that name an institution, never a person after a title ("Justice Department"). */
const INSTITUTION = /^(?:Department|Committee|Court|Council|Office|Party|House|Senate|Congress|University|College|School|Church|Agency|Administration|Board|Bureau|Commission|Center|Institute|Foundation|Association|Union|Corps|Army|Navy|Force|Guard|Police|Democrats|Republicans|State|States|Nations|Assembly|Caucus|Motors)$/

/**
 * Maximal runs of PERSON tokens in one sentence, and names the tagger missed after a personal
 * title ("Justice Frank Nervo", "Secretary General Ban Ki-moon"): a title followed by two or three
 * capitalised words is a person's name, whatever the tagger called them.
 */
function personRuns(text: string, tokens: readonly Token[]): PersonRun[] {
  const out: PersonRun[] = []
  const sameLine = (a: number, b: number) => tokens[a]!.sentence === tokens[b]!.sentence && !text.slice(tokens[a]!.end, tokens[b]!.start).includes('\n')
  const push = (i: number, k: number, j: number) => {
    const name = text.slice(tokens[k]!.start, tokens[j]!.end).replace(/\s+/g, ' ')
    out.push({ first: i, last: j, name, words: name.replace(/[’']s$/, '').split(' ').filter((w) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w)) })
  }
  // A headline in title case ("Right After This Big Name Senator Endorsed Trump") holds no titled names.
  const words = new Map<number, { caps: number; all: number }>()
  for (const t of tokens) {
    if (!/^\p{L}/u.test(t.word)) continue
    const w = words.get(t.sentence) ?? { caps: 0, all: 0 }
    w.all++
    if (/^\p{Lu}/u.test(t.word)) w.caps++
    words.set(t.sentence, w)
  }
  const lower = new Set(text.match(/\b\p{Ll}+\b/gu) ?? [])
  const headline = (i: number) => {
    const w = words.get(tokens[i]!.sentence)!
    return w.all >= 5 && w.caps / w.all > 0.6
  }
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.ner !== 'PERSON') {
      if (!TITLE_WORDS.test(tokens[i]!.word) || headline(i)) continue
      let k = i
      while (tokens[k + 1] && TITLE_WORDS.test(tokens[k + 1]!.word) && sameLine(k, k + 1)) k++
      let j = k
      while (j - k < 3 && tokens[j + 1] && tokens[j + 1]!.ner !== 'PERSON' && tokens[j + 1]!.pos.startsWith('NNP') && /^\p{Lu}[\p{L}.’'-]*$/u.test(tokens[j + 1]!.word) && !TITLE_WORDS.test(tokens[j + 1]!.word) && !PARTY_WORDS.test(tokens[j + 1]!.word) && !INSTITUTION.test(tokens[j + 1]!.word) && sameLine(j, j + 1)) j++
      const next = tokens[j + 1]
      if (j - k >= 2 && !(next && next.ner === 'PERSON') && !(next && /^\p{Lu}/u.test(next.word) && next.pos.startsWith('NNP'))) {
        push(k + 1, k + 1, j)
        i = j
      }
      continue
    }
    let j = i
    // A name never runs over a line break: a section mark "X." on its own line is no initial ("X. Sexton").
    while (tokens[j + 1]?.ner === 'PERSON' && sameLine(j, j + 1)) j++
    // A generational suffix the tagger left out ("Vann R. Newkirk II") ends the name; it is not a noun the name modifies.
    if (/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(tokens[j + 1]?.word ?? '') && sameLine(j, j + 1)) j++
    // The tagger sometimes takes a title or a stray mark into the name ("Mayor Marty Walsh", "” Cruz").
    let k = i
    while (k < j && (TITLE_WORDS.test(tokens[k]!.word) || PARTY_WORDS.test(tokens[k]!.word) || (!/^\p{Lu}/u.test(tokens[k]!.word) && !PARTICLE.test(tokens[k]!.word)))) k++
    // A headline in title case tagged whole ("Chris Christie Calls Hillary Clinton") is not a name.
    if (j - k >= 4) {
      i = j
      continue
    }
    // The tagger sometimes leaves out an uncommon first name ("Rand Paul", "Win Htein").
    let first = i
    const before = tokens[i - 1]
    // Only before a lone surname, and only a word the article never writes in lowercase ("Crooked", "Director").
    if (k === i && j === i && before && before.ner === 'O' && before.pos === 'NNP' && /^\p{Lu}\p{Ll}+$/u.test(before.word) && !TITLE_WORDS.test(before.word) && !PARTY_WORDS.test(before.word) && !INSTITUTION.test(before.word) && !OUTLET.test(before.word) && !lower.has(before.word.toLowerCase()) && sameLine(i - 1, i) && !headline(i)) {
      first = i - 1
      k = i - 1
    }
    if (personLike(text, tokens, k, j)) push(first, k, j)
    i = j
  }
  return out
}

/**
 * Runs of ORGANIZATION tokens, kept as written with a leading "the" dropped, going on over
 * capitalised words the tagger took for a date but no day or month ("USA TODAY"); and runs of
 * proper nouns it took for MISC ("The Spokesman-Review", "National Review"), marked as
 * modifiers when a noun follows ("American voters", "a Fox News town hall").
 */
/** Runs of two or more LOCATION proper nouns standing as a noun of their own ("the Orlando Sentinel", not "Iowa voters"). */
function placeRuns(text: string, tokens: readonly Token[]): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.ner !== 'LOCATION') continue
    let j = i
    while (tokens[j + 1]?.ner === 'LOCATION' && tokens[j + 1]!.sentence === tokens[i]!.sentence) j++
    const next = tokens[j + 1]
    if (j > i && tokens.slice(i, j + 1).every((t) => t.pos === 'NNP') && !(next && /^(?:NN|NNS|NNP|NNPS|CD|POS)$/.test(next.pos))) {
      out.push({ start: tokens[i]!.start, end: tokens[j]!.end, name: text.slice(tokens[i]!.start, tokens[j]!.end) })
    }
    i = j
  }
  return out
}

/** Days and months, which end an outlet's name ("CNN Tuesday", "Fox News Sunday"). */
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)\.?$|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?$/

function orgRuns(text: string, tokens: readonly Token[]): { start: number; end: number; name: string; modifier: boolean }[] {
  const out: { start: number; end: number; name: string; modifier: boolean }[] = []
  const inName = (t: Token | undefined, ner: string) =>
    t !== undefined &&
    (t.ner === ner ? ner === 'ORGANIZATION' || t.pos === 'NNP' : ner === 'ORGANIZATION' && /^(?:DATE|TIME)$/.test(t.ner) && /^\p{Lu}/u.test(t.word) && !CALENDAR.test(t.word))
  for (let i = 0; i < tokens.length; i++) {
    const ner = tokens[i]!.ner
    if (!/^(?:ORGANIZATION|MISC)$/.test(ner) || !inName(tokens[i], ner)) continue
    let j = i
    while (inName(tokens[j + 1], ner) && tokens[j + 1]!.sentence === tokens[i]!.sentence) j++
    const next = tokens[j + 1]
    const modifier = ner === 'MISC' && next !== undefined && /^(?:NN|NNS|NNP|NNPS|CD)$/.test(next.pos)
    const start = tokens[i]!.start
    const end = tokens[j]!.end
    out.push({ start, end, name: text.slice(start, end).replace(/^the\s+/i, ''), modifier })
    i = j
  }
  return out
}

/**
 * An organisation that can carry a quote; never a legislature, party, campaign, agency, forum or
 * the like, nor a social network where speakers post their own words ("said on Twitter").
 */
function isOutletLike(name: string): boolean {
  if (/^(?:USA|US|U\.S\.|America|Cleveland|Philadelphia|Washington|New York|Chicago|Ohio|Florida|Iowa|Texas|California)$/.test(name)) return false
  return !/\b(?:Senate|House|Congress|Committee|Party|Campaign|Forum|Dialogue|Conference|Summit|Convention|Initiative|Caucus|Chamber|Democrat|Republican|Twitter|Facebook|YouTube|Instagram|Reddit|Snapchat|Periscope|Tumblr|Department|University|College|School|Foundation|Council|Court|Commission|Agency|Administration|Church|Association|Institute|Center|Centre|Bureau|Office|Army|Police|Union|Club|Corporation|Inc|LLC|Group|Fund|State|GOP|FBI|CIA|DNC|RNC|NATO|UN|EU|Democrats|Republicans|Democratic|Republican)\b/.test(name)
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

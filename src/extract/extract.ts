/**
 * The quote extractor: finds every quotation in an article, decides whether it is someone's
 * words (direct or partial) or a name, title or term in quotation marks, and attributes it
 * to a speaker with the rules of `attribute.ts`, noting the conduit (the outlet the words
 * came through) apart from the speaker. Pure: text in, records out; the Worker can run it.
 */
import { Attributor, CONFIDENCE, REVIEW_BELOW, type Attribution } from './attribute'
import { MENTION_CUES } from './lexicon'
import { PeopleIndex, type KnownActor, type Person } from './people'
import { conduitByPattern, creditLine, findOutlets } from './outlets'
import { findQuotations, findSentences, maskQuotations, type Quotation } from './text'

export interface ExtractedQuote {
  /** Index of the first character between the marks. */
  start: number
  text: string
  kind: 'direct' | 'partial'
  /** Who said it; null when the rules are unsure: the quote then goes to review, never to a guessed name. */
  speaker: Person | null
  /** The persons the rules considered for this quote (the speaker first when there is one). */
  candidates: Person[]
  /** The source's own words attributing the quote, verbatim. */
  attribution: string
  conduit: string | null
  /** Index (in the returned list) of the quote this one continues, or null. */
  continues: number | null
  rule: string
  confidence: number
}

export interface RejectedQuote {
  start: number
  text: string
  reason: string
}

export interface Extraction {
  quotes: ExtractedQuote[]
  rejected: RejectedQuote[]
  /** Every person who speaks in `quotes`, with the names and roles the text gives. */
  speakers: Person[]
}

interface Working extends ExtractedQuote {
  close: number
  attributionStart: number
}

/**
 * A programme, book or slogan named in quotation marks: its words in title case and written
 * where a title goes ("on ABC’s “This Week,”", "in his book “Crippled America”").
 */
function isTitle(quoted: string, before: string): boolean {
  const words = quoted.replace(/[.,!?]+$/, '').split(/\s+/)
  if (words.length > 8 || /[.!?;:]\s/.test(quoted)) return false
  // Short words and prepositions stay lowercase in a title ("This Week with George Stephanopoulos").
  const titleCase = words.every((w) => w.length < 4 || /^(?:with|from|over|into|upon|about)$/.test(w) || /^[\p{Lu}\d]/u.test(w))
  return titleCase && /^[\p{Lu}\d]/u.test(quoted) && /(?:\b(?:on|in|of|from|to|at|told|the)|[’']s)[ \t]*$/.test(before)
}

/** Two to five words, each capitalised but for small function words, with no stop inside: a name or title ("Dear Walter" letters). */
function isTitleCased(quoted: string): boolean {
  const words = quoted.trim().replace(/[.,!?]+$/, '').split(/\s+/)
  return words.length > 1 && words.length <= 5 && !/[.!?;:]\s/.test(quoted) && /^[\p{Lu}\d]/u.test(words[0]!) &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|for|the|a|an|and|or|to|in|on|at|by|with|from)$/.test(w))
}

/** A lowercase word after a quote that is no preposition, conjunction or verb: the noun the quote describes. */
const MODIFIES_NOUN = /^[ \t]+(?!(?:and|or|but|nor|on|in|at|to|for|from|with|as|of|by|that|which|who|whom|is|was|were|are|be|been|has|had|have|will|would|can|could|should|may|might|must|because|than|since|if|when|while|before|after|during|over|into|about|against|among|between|through|without|within|under|so|yet|then|even|only|not|the|a|an|his|her|their|its|our|my|your|this|these|those|it|them|him|us|me|you|what|how|why|whether|up|out|off|down|back|every|all|any|some|more|most|too|very|here|there|now|again|also|just|still)\b)[a-z]+(?<!ed|ing|ly)\b(?![ \t]+(?:the|a|an|his|her|their|its)\b)/

/** A nickname inside a name: one or two capitalised words quoted between a first name and a surname (Marcia “Cia” Price). */
function isNickname(text: string, q: Quotation): boolean {
  return /^[A-Z][\p{L}.’'-]*(?: [A-Z][\p{L}.’'-]*)?$/u.test(q.text) &&
    /[A-Z][\p{L}.’'-]*[ \t]$/u.test(text.slice(Math.max(0, q.open - 20), q.open)) &&
    /^[ \t](?!(?:As|In|On|Of|At|By|To|For|With|The|And|Or|A|An)\b)[A-Z][\p{L}’'-]+/u.test(text.slice(q.close + 1, q.close + 21))
}

/** "Those were the words of X": the sentence after a quotation names its speaker. */
const WORDS_OF = /\b(?:words|remarks|comments|message|verdict|warning|view)[ \t]+(?:of|from)[ \t]+/
/** Where a clause of its own is joined to the one before: "…, and Trump says", "…, while Cruz said", "; Roe said". */
const COORDINATED = /(?:,?[ \t]+(?:and|but|while|whereas)|;)[ \t]+(?=[A-Z])/g
/** An unnamed source's own verb right after a quotation: "…,” the source recalled", "…,” a witness said". */
const RECALLED_BY_UNNAMED = /^[\s,]*(?:the|a|an|one)[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?:recalled|recalls|remembered|said|says|told)\b/
/** Verbs of a speaker going on with the words before: "he added", "she continued", "went on". */
const GOES_ON = /\b(?:added|adds|adding|continued|continues|went[ \t]+on)\b/
const INTRO_BY_OUTLET = /\bquoted[ \t]+(?:an?|one)[ \t]|\b(?:an?|one)[ \t]+[^.,“”"]{1,60}?[ \t]+told\b/

/** A person the text gives one word for and nothing else: no first name, title, role, pronoun or known actor. */
function unintroduced(p: Person): boolean {
  return p.actorId === null && p.names.every((n) => !/\s/.test(n.trim())) && p.titles.length === 0 && p.roles.length === 0 && p.gender === null
}

/**
 * Extracts the attributed quotations of an article.
 * @example
 * const { quotes } = extractQuotes('“We will win,” Jane Smith said.')
 * quotes[0]?.speaker.name // 'Jane Smith'
 */
export function extractQuotes(source: string, known: readonly KnownActor[] = []): Extraction {
  // A no-break space (web pages are full of them) reads as a space; the quotes keep the source's characters.
  const text = source.replace(/\u00a0/g, ' ')
  // A nickname is part of the name around it, never a quotation the writer's sentence stops at.
  const found = findQuotations(text)
  const nicknames = found.filter((q) => isNickname(text, q))
  const nickname = new Set(nicknames)
  const quotations = found.filter((q) => !nickname.has(q))
  // Marcia “Cia” Price reads as Marcia Price.
  const masked = maskQuotations(text, quotations, nicknames)
  const sentences = findSentences(masked)
  const people = new PeopleIndex(text, masked, sentences, known)
  const attributor = new Attributor(text, masked, people)
  const quotes: Working[] = []
  const rejected: RejectedQuote[] = nicknames.map((q) => ({ start: q.open + 1, text: q.text, reason: 'a nickname inside a name' }))

  const sentenceOf = (pos: number) => people.sentenceAt(pos)
  const quoted = new Set(quotations.map((q) => sentenceOf(q.open)))
  const hasQuote = (si: number) => quoted.has(si)
  let lastAttributed: Working | undefined

  quotations.forEach((q, qi) => {
    const start = q.open + 1
    const reject = (reason: string) => rejected.push({ start, text: q.text, reason })
    const si = sentenceOf(q.open)
    const s = sentences[si]
    if (!s) return reject('outside any sentence')
    const prev = quotations[qi - 1]
    const next = quotations[qi + 1]
    const prevInSentence = prev && prev.close >= s.start ? prev : undefined
    const nextInSentence = next && next.open < s.end ? next : undefined
    const beforeFrom = prevInSentence ? prevInSentence.close + 1 : s.start
    const before = masked.slice(beforeFrom, q.open).trim()
    const afterTo = nextInSentence ? nextInSentence.open : s.end

    // A title or term never opens in lowercase with a clause ("the program “is gaining traction”" is someone's words).
    // …and neither does a predicate ("the report “wasn’t good.”").
    const clause = /^[a-z]/.test(q.text) && (q.text.split(/\s+/).length > 3 || /^(?:is|was|were|are|has|have|had|will|would|could|should|can|may|might|must|does|did|do)(?:n[’']t)?\b|^(?:isn|wasn|weren|aren|hasn|haven|hadn|won|wouldn|couldn|shouldn|can|doesn|didn|don)[’']t\b/.test(q.text))
    if (!clause && MENTION_CUES.test(masked.slice(s.start, q.open))) return reject('a name, title or term in quotation marks')
    if (isTitle(q.text, masked.slice(Math.max(s.start, q.open - 40), q.open))) return reject('the title of a programme, book or slogan in quotation marks')
    // The second half of a quote split around its attribution, perhaps with a phrase after it
    // ("…,” said Sherman, speaking of politicians, “and leave …”): the same speaker, whatever else the phrase names.
    const last = quotes[quotes.length - 1]
    if (last && last.kind === 'direct' && last.attributionStart > last.close && last.attributionStart < q.open && /^[a-z]/.test(q.text)) {
      const between = masked.slice(last.close + 1, q.open)
      const attribution = masked.slice(last.attributionStart, last.attributionStart + last.attribution.length)
      // …and the phrase ends with the comma that reopens the quote ("…, who waited in an “extraordinarily long line”" does not).
      if (between.trimStart().replace(/^[,\s]+/, '').startsWith(attribution) && /,\s*$/.test(between) && !/[.?!]\s/.test(between) && between.split(/\s+/).length <= 16) {
        quotes.push({ ...last, start, close: q.close, text: q.text, kind: 'direct', continues: quotes.length - 1, rule: 'continues', confidence: Math.min(0.9, last.confidence) })
        if (last.speaker) lastAttributed = quotes[quotes.length - 1]
        return
      }
    }
    // "Trump called him a “nasty guy,” “unstable” and “sick.”": a quote right after another in the same sentence is one of a list.
    const listed = prevInSentence !== undefined && /^[,;]?$/.test(before)
    const direct = !listed && (before === '' || before.endsWith(':')) || (before.endsWith(',') && attributor.leading(beforeFrom, q.open, s.start) !== null)

    const lastSaid = lastAttributed
    attributor.current =
      lastSaid?.speaker && (sentences[sentenceOf(lastSaid.close)]?.paragraph ?? -9) >= s.paragraph - 1
        ? // Persons named in the speaker's own attribution sentence ("…, after meeting Bob Hale") do not take over.
          { person: lastSaid.speaker, at: Math.max(lastSaid.close, sentences[sentenceOf(lastSaid.attributionStart)]?.end ?? 0) }
        : null
    let attr: Attribution | null
    let continues: Working | null = null
    /** The writer's own words close the sentence after a quote that goes on: the quote is part of the sentence (partial). */
    let writerCloses = false
    if (direct) {
      attr = attributor.trailing(q.close + 1, afterTo)
      if (!attr && before !== '') attr = attributor.leading(beforeFrom, q.open, s.start)
      // A colon introduction with no verb: "Jane Roe, The Daily Post: “…”" names its speaker; "Of the plan: “…”" goes on with the last one.
      const colon = before.endsWith(':')
      // Only a short introduction, a name with perhaps a role or outlet; a long clause is the writer's own.
      const short = colon && before.split(/\s+/).length <= 8
      const introduced = short ? [...new Set(people.mentionsIn(beforeFrom, q.open).map((m) => m.person))] : []
      if (!attr && introduced.length === 1) {
        const person = introduced[0]!
        attr = { person, candidates: [person], start: beforeFrom, end: q.open, rule: 'colon-intro', confidence: CONFIDENCE['colon-intro']!, conduit: attributor.conduitBetween(beforeFrom, q.open) }
      }
      // "Clinton has since apologized for what happened: “…”": the subject of the sentence the colon closes.
      // Only a statement, not a title after the colon ("a new title to his resume: “song anthropologist.”").
      if (!attr && colon && !prevInSentence && q.text.split(/\s+/).length >= 3) attr = attributor.sentenceSubject(s.start, q.open, true)
      const last = quotes[quotes.length - 1]
      if (last) {
        const sameAttribution = last.kind === 'direct' && attr !== null && attr.start === last.attributionStart && last.attributionStart > last.close
        const rest = masked.slice(q.close + 1, afterTo).trim()
        const bare = before === '' || (short && introduced.length === 0)
        // After a partial quote ("…, says Paul Rieckhoff, founder of X. “We often …”") only within its paragraph.
        // Or a partial quote closing the paragraph before ("…, saying he’s “made a lot of money.”" ¶ "“Frankly, …”").
        // Or a partial quote whose attribution after it closes the paragraph before ("“…,” Schroeder wrote." ¶ "“…”").
        const near = last.kind === 'direct' || sentences[sentenceOf(last.close)]?.paragraph === s.paragraph || closesParagraph(last) || attributionClosesParagraph(last)
        // The writer may add an aside after a dash ("“… the ‘Carolina two-step’ ” - increasing his name recognition.").
        // Or the writer's words may close the sentence after the quote, naming nobody and saying nothing, in the last
        // quote's paragraph ("“I think what they will care about is …” and other pocketbook issues."); a clause, not a
        // term the writer goes on to explain (“Non-paper” is a diplomatic term).
        const aside = /^[.?!]?$/.test(rest) || /^(?:-|--|—|–)[ \t]/.test(rest)
        writerCloses = !aside && before === '' && q.text.split(/\s+/).length > 3 && sameParagraph(last, s.paragraph) && !attributor.saysIn(q.close + 1, afterTo) && people.mentionsIn(q.close + 1, afterTo).length === 0
        if (sameAttribution || (attr === null && bare && near && (aside || writerCloses) && followsOn(last, si))) continues = last
      }
      if (!attr && !continues) {
        const rest = masked.slice(q.close + 1, afterTo).trim()
        const whole = before === '' && /^[.?!]?$/.test(rest) && (/[.?!,…—–-]$/.test(q.text) || rest !== '' || q.text.split(/\s+/).length > 6)
        if (!whole) {
          // "“…,” the dawn of a movement, Bozell says.": the attribution closing the sentence.
          attr = sentenceFinal(si, q.close + 1)
          if (!attr) return reject('quoted words inside a sentence that names no speaker')
        } else {
          attr = signature(si) ?? neighbour(si - 1, 'preceding-sentence', CONFIDENCE['preceding-sentence']!)
          // A speaker named only after the quotation was wrong about as often as right on real news: review.
          const after = attr ? null : neighbour(si + 1, 'following-sentence', 0.6)
          // …and its outlet with it: the sentence after may tell of other words given to it ("X told NBC News before …").
          if (after) attr = after.rule.includes('words-of') ? after : { ...after, person: null, candidates: after.person ? [after.person] : [], confidence: 0.4, conduit: null }
        }
      }
    } else {
      if (isTitleCased(q.text)) return reject('a name or title in quotation marks (title case)')
      // "Cruz accuses Obama of “leading from behind” and Trump says he's “losing the war”": the attribution
      // since the sentence's last quotation comes first, then the sentence's own.
      attr = (prevInSentence ? attributor.leading(prevInSentence.close + 1, q.open, s.start) : null) ?? attributor.leading(s.start, q.open, s.start) ?? attributor.trailing(q.close + 1, afterTo) ?? sentenceFinal(si, q.close + 1) ?? subjectOfSentence(q, s)
      // "“You winning?” she said, but as Trump went on about “how the system is rigged,” …": the attribution
      // of an earlier quotation in the sentence does not carry past another person who speaks after it.
      if (attr?.person && attr.end < q.open && closesEarlierQuote(attr.start, qi) && people.mentionsIn(attr.end, q.open).some((m) => m.person !== attr!.person && people.speaksAt(m))) {
        attr = { ...attr, person: null, candidates: attr.candidates, confidence: 0.3 }
      }
      // "Cruz accuses Obama of “…” and Trump says he is “losing the war”": a clause joined by "and", "but" or
      // "while" after the attribution has its own speaker, who says the quote in it.
      if (attr?.person && attr.end < q.open) attr = coordinated(attr, q.open) ?? attr
      // "Grayson said Randolph “would have no chance to win,” the source recalled": words someone unnamed passed on go to review.
      if (attr?.person && attr.end < q.open && RECALLED_BY_UNNAMED.test(masked.slice(q.close + 1, afterTo))) {
        attr = { ...attr, person: null, candidates: attr.candidates, rule: `${attr.rule}(relayed)`, confidence: 0.3 }
      }
    }
    if (continues) {
      quotes.push({
        ...continues,
        start, close: q.close, text: q.text, kind: writerCloses ? 'partial' : 'direct',
        continues: quotes.indexOf(continues), rule: 'continues', confidence: Math.min(0.9, continues.confidence),
      })
      if (continues.speaker) lastAttributed = quotes[quotes.length - 1]
      return
    }
    if (!attr) return reject(direct ? 'no speaker found in or around the sentence' : 'no speaker for quoted words inside the sentence (scare quotes?)')

    // A tweet is published by its author: an outlet elsewhere in its sentence did not carry it
    // ("Clinton tweeted, quoting a reporter's tweet on Trump's comments on MSNBC").
    const tweet = /\btweet(?:ed|s|ing)?\b/i.test(text.slice(attr.start, attr.end))
    let conduit = tweet ? null : attr.conduit
    let rule = attr.rule
    if (conduit === null && !tweet) {
      // "In a 2014 interview with POLITICO Magazine, Gore insisted …, adding “…”": the writer's words
      // anywhere in the quote's sentence (never the quoted words) may name the outlet.
      const named = conduitByPattern(masked.slice(s.start, s.end))
      if (named) {
        conduit = named
        rule += '+conduit-in-sentence'
      }
    }
    if (conduit === null && !tweet) {
      // A newsletter item closed by a credit line, "… had “Syrian roots.” [Reuters.]": the credited outlet carried it.
      const paragraphEnd = text.indexOf('\n', q.close)
      const tail = text.slice(q.close + 1, paragraphEnd < 0 ? text.length : paragraphEnd)
      const bracket = tail.lastIndexOf('[')
      const credited = bracket >= 0 && /\]\s*$/.test(tail) ? creditLine(tail.slice(bracket)) : null
      if (credited) {
        conduit = credited
        rule += '+credit-line'
      }
    }
    const previous = sentences[si - 1]
    if (conduit === null && !tweet && direct && previous && !hasQuote(si - 1) && si > 0) {
      const p = masked.slice(previous.start, previous.end)
      const outlet = findOutlets(text.slice(previous.start, previous.end))[0]
      if (outlet && INTRO_BY_OUTLET.test(p)) {
        conduit = outlet.name
        rule += '+conduit-from-preceding-sentence'
      }
    }
    // "He added, “…”", "…, she continued": the same speaker going on in the same interview, in the last quote's
    // paragraph or the next, keeps its outlet.
    const previousSaid = lastAttributed
    if (conduit === null && !tweet && attr.person && previousSaid?.speaker === attr.person && previousSaid.conduit && GOES_ON.test(text.slice(attr.start, attr.end)) &&
      (sentences[sentenceOf(previousSaid.close)]?.paragraph ?? -9) >= s.paragraph - 1) {
      conduit = previousSaid.conduit
      rule += '+conduit-goes-on'
    }
    // A rule right less often than REVIEW_BELOW on real news names nobody: the quote goes to review with its candidates.
    if (attr.person && attr.confidence < REVIEW_BELOW) attr = { ...attr, person: null }
    // A newspaper introduces a person by full name, title or role; a speaker known by one word and nothing else
    // ("PolitiFact said", "Demonstrators chanted") may be no person at all: right 18 times and wrong 13 on PolNeAR train and dev a.
    if (attr.person && unintroduced(attr.person)) {
      attr = { ...attr, person: null }
      rule += '(unintroduced)'
    }
    quotes.push({
      start, close: q.close, text: q.text, kind: direct ? 'direct' : 'partial',
      speaker: attr.person, candidates: attr.candidates, attribution: text.slice(attr.start, attr.end), attributionStart: attr.start,
      conduit, continues: null, rule, confidence: attr.confidence,
    })
    if (attr.person) lastAttributed = quotes[quotes.length - 1]
  })

  /** Whether an attribution starting at `at` directly follows the closing mark of a quotation before quotation `qi`. */
  /** The speaker of a clause joined after an attribution ("…, while Cruz said that “…”"), when that clause has one of its own. */
  function coordinated(attr: Attribution, open: number): Attribution | null {
    let joint = -1
    for (const m of masked.slice(attr.end, open).matchAll(COORDINATED)) joint = attr.end + m.index + m[0].length
    if (joint < 0) return null
    const later = attributor.leading(joint, open, joint)
    return later?.person && later.person !== attr.person && later.start >= joint ? later : null
  }

  function closesEarlierQuote(at: number, qi: number): boolean {
    for (let k = qi - 1; k >= 0 && quotations[k]!.close >= at - 40; k--) {
      const earlier = quotations[k]!
      if (earlier.close < at && /^[\s,]*$/.test(masked.slice(earlier.close + 1, at))) return true
    }
    return false
  }

  /**
   * An attribution closing the sentence after its last comma ("…” in comparison to Obama,
   * Gingrich said."), for every quotation before it in the sentence.
   */
  function sentenceFinal(si: number, after: number): Attribution | null {
    const s = sentences[si]!
    // The attribution may carry an appositive of its own ("…, said Brad Roe, a Democratic pollster."):
    // try the last three commas, the attribution then ending the sentence or followed by one more phrase.
    let comma = s.end
    for (let tries = 0; tries < 3; tries++) {
      comma = masked.lastIndexOf(',', comma - 1)
      if (comma < after || comma < s.start) return null
      const a = attributor.trailing(comma + 1, s.end)
      if (!a) continue
      const rest = masked.slice(a.end, s.end)
      if (/^[\s.?!]*$/.test(rest) || (tries > 0 && /^,[^,;“”"◦]*[.?!]?$/.test(rest))) {
        return { ...a, rule: `sentence-final(${a.rule})`, confidence: Math.min(a.confidence, CONFIDENCE['sentence-final']!) }
      }
    }
    return null
  }

  /**
   * The sentence's subject for a partial quote its own attribution rules leave unattributed
   * (attribute.ts, sentenceSubject), unless the quote names something (words in title case:
   * “Dear Walter” letters) or the sentence closes on an outlet's report ("…, the Sentinel reported.").
   */
  function subjectOfSentence(q: Quotation, s: { start: number; end: number }): Attribution | null {
    if (/\b(?:reported|according to)\b/.test(masked.slice(q.close + 1, s.end))) return null
    // "his “Mexican” lunch", "“BERNIE!” chants": a few quoted words before the noun they describe are a term.
    if (q.text.split(/\s+/).length <= 3 && MODIFIES_NOUN.test(masked.slice(q.close + 1, q.close + 30))) return null
    return attributor.sentenceSubject(s.start, q.open)
  }

  /**
   * A quote paragraph signed on the line after it with a dash and a name ("“…”" ¶ "— Hillary Clinton,
   * in Iowa."), as quotes of the week are printed.
   */
  function signature(si: number): Attribution | null {
    const n = sentences[si + 1]
    if (!n || hasQuote(si + 1) || n.paragraph !== sentences[si]!.paragraph + 1) return null
    const dash = /^(?:-|—|–|--)[ \t]*/.exec(masked.slice(n.start, n.end))
    if (!dash) return null
    const m = people.mentionsIn(n.start, n.end)[0]
    if (!m || m.start !== n.start + dash[0].length) return null
    return { person: m.person, candidates: [m.person], start: n.start, end: m.end, rule: 'signature', confidence: CONFIDENCE.signature!, conduit: null }
  }

  /** Whether a quote's attribution comes after it and ends its paragraph ("“…,” Roe wrote." ¶). */
  function attributionClosesParagraph(q: Working): boolean {
    const end = q.attributionStart + q.attribution.length
    return q.attributionStart > q.close && /^[.?!]?[ \t]*(?:\n|$)/.test(masked.slice(end, end + 8))
  }

  /** Whether a quote and its attribution stand in the given paragraph. */
  function sameParagraph(q: Working, paragraph: number): boolean {
    return sentences[sentenceOf(q.close)]?.paragraph === paragraph && sentences[sentenceOf(q.attributionStart)]?.paragraph === paragraph
  }

  /** Whether a quote ends its paragraph: nothing but a stop after its closing mark before the line ends. */
  function closesParagraph(q: Working): boolean {
    return /^[.?!]?[ \t]*(?:\n|$)/.test(masked.slice(q.close + 1, q.close + 8))
  }

  /**
   * Whether a quotation sentence with no attribution of its own goes on with the last quote:
   * in the same paragraph or opening the next one, with at most the last quote's attribution
   * sentence between them, and nobody else named there outside that sentence.
   */
  function followsOn(last: Working, si: number): boolean {
    const s = sentences[si]!
    const lastSi = sentenceOf(last.close)
    const attrSi = sentenceOf(last.attributionStart)
    const pLast = sentences[lastSi]?.paragraph ?? -9
    if (s.paragraph !== pLast && !(s.paragraph === pLast + 1 && sentences[si - 1]?.paragraph === pLast)) return false
    if (si - Math.max(lastSi, attrSi) > 1) return false
    const next = sentences[si + 1]
    // …unless the sentence after says whose words they were ("Those were the words of X"), early in it:
    // "There is no way to gather a theory of Trump’s view of terrorism" names no speaker.
    if (next && WORDS_OF.test(masked.slice(next.start, Math.min(next.end, next.start + 60)))) return false
    const attrS = sentences[attrSi]
    return !people.mentionsIn(last.close + 1, s.start).some((m) => m.person !== last.speaker && !(attrS && m.start >= attrS.start && m.start < attrS.end))
  }

  /** A sentence next to a quotation that names its speaker: "X did not hold back." / "Those were the words of X." */
  function neighbour(i: number, rule: string, confidence: number): Attribution | null {
    const n = sentences[i]
    if (!n || hasQuote(i)) return null
    const body = masked.slice(n.start, n.end)
    const mention = (from: number) => {
      const m = people.mentionsIn(from, n.end, true).find((x) => !/^[’']s\b/.test(masked.slice(x.end, x.end + 2)))
      return m ? { person: m.person, candidates: [m.person], start: m.start, end: m.end, conduit: null } : null
    }
    if (rule === 'preceding-sentence' && body.endsWith(':')) {
      const m = mention(n.start)
      if (m) return { ...m, rule: `${rule}(colon)`, confidence }
    }
    const a = attributor.leading(n.start, n.end, n.start)
    if (a) return { ...a, rule: `${rule}(${a.rule})`, confidence: Math.min(confidence, a.confidence) }
    const wordsOf = WORDS_OF.exec(body)
    if (rule === 'following-sentence' && wordsOf) {
      const m = mention(n.start + wordsOf.index + wordsOf[0].length)
      if (m) return { ...m, rule: `${rule}(words-of)`, confidence: CONFIDENCE['words-of']! }
    }
    if (rule === 'preceding-sentence') {
      // The subject of the sentence before: a person named in its first few words.
      const m = mention(n.start)
      // In the quote's own paragraph ("Dr. Roe did not hold back. “…”") it introduces the quote; a paragraph
      // before, it was right about half the time on PolNeAR train, so the quote goes to review.
      const sameParagraph = sentences[i + 1]?.paragraph === n.paragraph
      if (m && masked.slice(n.start, m.start).split(/\s+/).length <= 3) return { ...m, rule: `${rule}(subject${sameParagraph ? '' : '-paragraph-before'})`, confidence: sameParagraph ? 0.6 : CONFIDENCE['preceding-subject']! }
    }
    return null
  }

  const out: ExtractedQuote[] = quotes.map(({ close, attributionStart, ...rest }) =>
    text === source ? rest : { ...rest, text: source.slice(rest.start, close), attribution: source.slice(attributionStart, attributionStart + rest.attribution.length) },
  )
  const speakers = [...new Set(out.flatMap((q) => (q.speaker ? [q.speaker] : [])))]
  return { quotes: out, rejected, speakers }
}

export type { KnownActor, Person, Quotation }

/**
 * News outlets: the conduit through which a speaker's words reached the article.
 * Known outlets get their usual name ("the BBC" → "BBC", "the New York Times" → "The New
 * York Times"); an unknown one is recognised by what the text calls it ("U.K. newspaper
 * The Telegraph", "broadcaster TVP") and kept as written.
 */

const KNOWN: readonly [name: string, pattern: string][] = [
  ['The New York Times', String.raw`(?:[Tt]he\s+)?New\s+York\s+Times`],
  ['The Washington Post', String.raw`(?:[Tt]he\s+)?Washington\s+Post`],
  ['The Wall Street Journal', String.raw`(?:[Tt]he\s+)?Wall\s+Street\s+Journal`],
  ['Financial Times', String.raw`(?:[Tt]he\s+)?Financial\s+Times`],
  ['The Times', String.raw`[Tt]he\s+Times(?!\s+of)`],
  ['The Telegraph', String.raw`(?:[Tt]he\s+)?(?:Daily\s+)?Telegraph`],
  ['The Guardian', String.raw`(?:[Tt]he\s+)?Guardian`],
  ['The Economist', String.raw`(?:[Tt]he\s+)?Economist`],
  ['The Independent', String.raw`[Tt]he\s+Independent`],
  ['The Atlantic', String.raw`[Tt]he\s+Atlantic`],
  ['The New Yorker', String.raw`(?:[Tt]he\s+)?New\s+Yorker`],
  ['Kyiv Independent', String.raw`(?:[Tt]he\s+)?Kyiv\s+Independent`],
  ['Daily Mail', String.raw`(?:[Tt]he\s+)?Daily\s+Mail`],
  ['Al Jazeera', String.raw`Al\s+Jazeera`],
  ['Associated Press', String.raw`(?:[Tt]he\s+)?Associated\s+Press`],
  ['BBC', String.raw`(?:[Tt]he\s+)?BBC(?:\s+News)?`],
  ['CNN', String.raw`CNN`],
  // "told Fox", "on Fox": the network by its short name, never a person's surname ("Vicente Fox") nor Fox Business.
  ['Fox News', String.raw`(?<!\p{Lu}[\p{L}.]*\s+)Fox(?:\s+News)?(?!\s+Business)`],
  ['NBC News', String.raw`NBC(?:\s+News)?`],
  ['CBS News', String.raw`CBS(?:\s+News)?`],
  ['ABC News', String.raw`ABC(?:\s+News)?`],
  ['MSNBC', String.raw`MSNBC`],
  ['CNBC', String.raw`CNBC`],
  ['NPR', String.raw`NPR`],
  ['Sky News', String.raw`Sky\s+News`],
  ['Reuters', String.raw`Reuters`],
  ['AFP', String.raw`AFP|Agence\s+France-Presse`],
  ['Bloomberg', String.raw`Bloomberg(?:\s+News)?`],
  ['Politico', String.raw`Politico|POLITICO`],
  ['Axios', String.raw`Axios`],
  ['Newsweek', String.raw`Newsweek`],
  ['Le Monde', String.raw`Le\s+Monde`],
  ['Der Spiegel', String.raw`(?:Der\s+)?Spiegel`],
  ['Deutsche Welle', String.raw`Deutsche\s+Welle|DW`],
  ['Euronews', String.raw`Euronews`],
  ['France 24', String.raw`France\s+24`],
  ['Interfax', String.raw`Interfax`],
  ['TASS', String.raw`TASS`],
  ['Ukrainska Pravda', String.raw`Ukrainska\s+Pravda`],
  // US outlets PolNeAR's articles cite by a name with no outlet word in it.
  ['Yahoo News', String.raw`Yahoo(?:!)?(?:\s+News)?`],
  ['Rolling Stone', String.raw`Rolling\s+Stone`],
  ['Breitbart News', String.raw`Breitbart(?:\s+News)?`],
  ['Newsmax', String.raw`Newsmax`],
  ['BuzzFeed News', String.raw`BuzzFeed(?:\s+News)?`],
  ['HuffPost', String.raw`HuffPost`],
  ['The Huffington Post', String.raw`(?:[Tt]he\s+)?Huffington\s+Post`],
  ['Univision', String.raw`Univision`],
  ['Telemundo', String.raw`Telemundo`],
  ['PBS', String.raw`PBS`],
  ['C-SPAN', String.raw`C-SPAN`],
  ['Vox', String.raw`Vox`],
  ['Forbes', String.raw`(?<!\p{Lu}[\p{L}.]*\s+)Forbes`],
  ['Salon', String.raw`Salon`],
  ['Slate', String.raw`Slate`],
  ['TMZ', String.raw`TMZ(?:\s+Sports)?`],
]

const GENERIC = String.raw`(?:newspaper|broadcaster|magazine|news\s+agency|agency|outlet|network|channel|station|website|daily|tabloid|paper|radio|TV)\s+((?:[Tt]he\s+)?[A-Z][\p{L}\p{N}’'.-]*(?:\s+[A-Z0-9][\p{L}\p{N}’'.-]*)*)`

const GENERIC_G = new RegExp(GENERIC, 'gu')
const KNOWN_RES = KNOWN.map(([name, p]) => ({ name, re: new RegExp(String.raw`(?<![\p{L}])(?:${p})(?![\p{L}])`, 'gu') }))

export interface OutletMention {
  name: string
  start: number
  end: number
}

/**
 * Outlets named in `text` (offsets relative to it), known ones first.
 * @example findOutlets('he told the BBC') // [{ name: 'BBC', start: 8, end: 15 }]
 */
export function findOutlets(text: string): OutletMention[] {
  const out: OutletMention[] = []
  for (const { name, re } of KNOWN_RES) for (const m of text.matchAll(re)) out.push({ name, start: m.index, end: m.index + m[0].length })
  for (const m of text.matchAll(GENERIC_G)) {
    const start = m.index + m[0].length - m[1]!.length
    if (!out.some((o) => o.start < start + m[1]!.length && start < o.end)) out.push({ name: m[1]!.trim(), start, end: start + m[1]!.length })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Whether a capitalized name is an outlet rather than a person. */
const WHOLE = new RegExp(`^(?:${KNOWN.map(([, p]) => p).join('|')})$`, 'u')

export function isOutletName(name: string): boolean {
  return WHOLE.test(name)
}

import { FEMALE_NAMES, MALE_NAMES, NOT_PERSONS } from './lexicon'

/** Words that make a capitalised name an outlet ("The Daily Post", "Vermont Public Radio", "The Hill"). */
const OUTLET_WORD = /\b(?:News|Times|Post|Journal|Radio|TV|Television|Magazine|Daily|Herald|Tribune|Network|Press|Channel|Report|Today|Gazette|Wire|Media|Hill|Beast|Examiner|Observer|Review|Star|Sun|Globe|Chronicle|Register|Courier|Dispatch|Bulletin|Weekly|Online|Insider|Blaze|Caller|Intercept|Show)\b/
const CAP_RUN = String.raw`((?:[Tt]he\s+)?[A-Z][\p{L}\p{N}’'.&-]*(?:\s+(?:of\s+(?:the\s+)?|the\s+)?[A-Z][\p{L}\p{N}’'.&-]*)*)`
const CAP_RUN_G = new RegExp(CAP_RUN, 'gu')
/** The forms in which words are given to an outlet, as nouns: "in an interview with", "in a meeting with". */
const GIVEN = String.raw`(?:interview|meeting|conversation|appearance|town\s+hall|debate|forum|broadcast|podcast|show|program)`
/** Writing a publication carries: "wrote in a column this month in the Forward", "in an op-ed for the Post". */
const WRITTEN = String.raw`(?:column|op-ed|article|essay|piece|letter)`
const GIVEN_OR_WRITTEN = new RegExp(`${GIVEN}|${WRITTEN}`)
const CONDUIT_PATTERNS = [
  new RegExp(String.raw`\b(?:[Tt]old|tells|telling|(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:an?|the|his|her|their)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?${GIVEN}\s+(?:[\p{L}\p{N}]+\s+){0,2}?(?:with|on|for)|(?:[Ii]n|[Ff]or)\s+(?:an?|the|his|her|their)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?${WRITTEN}\s+(?:[\p{L}\p{N}]+\s+){0,2}?(?:in|for)|(?:statement|remarks|comments?|e-?mail|letter)\s+to|[Ss]peaking\s+(?:to|with|on)|[Ss](?:itting|at)\s+down\s+with|(?:wrote|writing|writes)\s+(?:in|for|on)|appearance\s+on|said\s+on|[Aa]ccording\s+to|[Oo]n|(?:obtained|published|first\s+reported|posted|aired|broadcast|hosted|sponsored)\s+by)\s+${CAP_RUN}`, 'gu'),
  new RegExp(String.raw`${CAP_RUN}\s+(?:reported|reports|quoted)\b`, 'gu'),
  // "in the ITV interview", "during a Fox News Business interview", "at a CNN town hall": the outlet names what it carried.
  new RegExp(String.raw`\b(?:[Ii]n|[Dd]uring|[Aa]t|[Oo]n)\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}?${CAP_RUN}\s+${GIVEN}`, 'gu'),
]
/** A relative clause about a person: ", who used to work on Capitol Hill". */
const WHO_CLAUSE_G = /,[ \t]+who[ \t][^,;:“”"\n]*/g
/** Acronyms that are never outlets (agencies, parties, places). */
const NOT_OUTLET = /^(?:US|UK|UN|EU|GOP|FBI|CIA|DNC|RNC|NATO|ISIS|ISIL|DHS|DOJ|IRS|EPA|NSA|USA|NRA|NAACP|AFL|CIO)$/
/** Bodies, parties and gatherings that hold a debate or a meeting but carry nothing. */
const NOT_OUTLET_WORD = /\b(?:Congress|Parliament|Senate|House|Court|Committee|Council|Party|Republicans?|Democrats?|Democratic|Campaign|University|College|School|Forum|Conference|Summit|Convention|Caucus|Assembly|Department|Administration|Foundation|Institute)\b/
/** A media noun after a name: "told El Universal newspaper", "on WIBC radio". */
const MEDIA_AFTER = /^(?:[’']s)?\s+(?:newspaper|magazine|radio|television|TV|network|website|tabloid|daily|weekly|station)\b/

/** An outlet's name as the patterns find it: a known outlet by its usual name, or one carrying an outlet's word or an acronym. */
function outletNamed(name: string): string | null {
  const known = findOutlets(name)[0]
  if (known && known.start === 0 && known.end === name.length) return known.name
  return OUTLET_WORD.test(name) || (/^[A-Z]{2,6}$/.test(name) && !NOT_OUTLET.test(name)) ? name : null
}

/**
 * An outlet no list knows, recognised by where it stands ("told X", "in an interview with X",
 * "according to X", "X reported", "in the X interview") and by a word outlets carry in their
 * names, a media noun after it ("El Universal newspaper") or by being an acronym ("WMUR").
 * Persons never match: their names carry no such word. "Chris Wallace of Fox News" is Fox News's
 * journalist; "WKOW-TV of Madison" is WKOW-TV.
 * @example conduitByPattern('Roe told The Daily Post on Monday') // 'The Daily Post'
 */
export function conduitByPattern(text: string): string | null {
  // "Paris, who used to work on Capitol Hill, said", "said Cuban, who is also a host on the TV show": a relative
  // clause about the speaker tells who they are, not where the words went.
  const writer = text.replace(WHO_CLAUSE_G, (m) => ' '.repeat(m.length))
  for (const re of CONDUIT_PATTERNS) {
    for (const m of writer.matchAll(re)) {
      // "FOX Business Network’s Maria Bartiromo", "Fox News’ Jenna Lee": the outlet ends at its possessive;
      // "Britain’s ITV": a place owns it, and it follows.
      const [owner, owned] = m[1]!.split(/(?:[’']s|(?<=s)[’'])\s+/)
      const possessive = owned !== undefined
      const run = (possessive && NOT_PERSONS.has(owner!.toLowerCase()) ? owned! : owner!).replace(/[’']s?$/, '').replace(/\.+$/, '').replace(/^the\s+/, '')
      const parts = run.split(/\s+of\s+/)
      const tail = parts.length > 1 ? outletNamed(parts[parts.length - 1]!.replace(/^the\s+/, '')) : null
      const name = tail && !outletNamed(parts[0]!) ? tail : parts[0]!
      const named = outletNamed(name)
      if (named) return named
      // "told El Universal newspaper", "USA TODAY’s weekly video series"; not a person's ("Glenn Beck’s radio program").
      const first = name.split(/\s+/)[0]!.toLowerCase()
      const personal = MALE_NAMES.has(first) || FEMALE_NAMES.has(first)
      // A place before the noun ("the Paris daily Libération") says where the outlet is, not which.
      const place = name.split(/\s+/).every((w) => NOT_PERSONS.has(w.toLowerCase()) || /^(?:New|North|South|East|West)$/.test(w))
      if (!personal && !place && MEDIA_AFTER.test(text.slice(m.index + m[0].length)) && !NOT_OUTLET_WORD.test(name)) return name
      // "in a Friday interview with Univision": an interview or an appearance is given to an outlet, unless it names a person.
      // "Powe wrote on Young Conservatives": what one writes in or on, named in words that are no person's or place's.
      const wrote = /\b(?:wrote|writing|writes)\s+(?:in|on|for)\s/.test(m[0]) && name.split(/\s+/).length >= 2 && !place
      if ((wrote || GIVEN_OR_WRITTEN.test(m[0])) && name.split(/\s+/).length <= 3 && !personal && !NOT_OUTLET.test(name) && !NOT_OUTLET_WORD.test(name) && !CALENDAR.test(name)) return name
    }
  }
  return null
}

/** Days, months and times, which an interview is "on" but no outlet is. */
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b/

/** A capitalised name with an outlet's word in it, wherever it stands ("Jane Roe, The Daily Post:"). */
export function standaloneOutlet(text: string): string | null {
  for (const m of text.matchAll(CAP_RUN_G)) if (OUTLET_WORD.test(m[1]!)) return m[1]!.replace(/^the\s+/, '')
  return null
}

/** "told X" and a boundary after X: a time, "that", a clause or the sentence's end ("told Capital Download on Wednesday"). */
const TOLD_NAME = new RegExp(String.raw`\b(?:told|tells|telling)\s+(?<name>(?:[Tt]he\s+)?[A-Z][\p{L}\p{N}’'&-]*(?:\s+[A-Z][\p{L}\p{N}’'&-]*){0,2})(?=\s+(?:on|in|last|this|that|earlier|before|after|during|about|when|while|from|for|at)\b|\s*[,.;:—–]|\s*$)`, 'gu')
/** Bodies and audiences a speaker tells, which carry nothing: "told Congress", "told the President". */
const TOLD_NOT_OUTLET = /^(?:Congress|Parliament|Senate|House|Court|Cabinet|Committee|President|Speaker|Chair|Board|Council|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|God)\b|\b(?:Forum|Dialogue|Conference|Summit|Convention|Caucus|Assembly)$|(?:ans|ers|ists)$/
/** One word with a capital inside, as web outlets write their names ("InsideSources", "PolitiFact"); not "McCain", "DeSantis". */
const INTERCAPS = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O)[A-Z])[A-Z][a-z]+[A-Z][\p{L}]*$/u

/**
 * The proper name a verb of telling takes as its object, when it may be an outlet no list
 * knows ("Schiff told Capital Download on Wednesday", "he told InsideSources."): a name of two
 * or three words, or one word written with inner capitals, that is no first name, place, body,
 * gathering or group of people, and that no relative "who" follows ("told Jane Roe, who …").
 * A single plain word after "told" is far more often a surname ("told Hannity"). Whether the
 * name is a person the article names the caller decides. Offsets are relative to `text`.
 * @example toldName('Roe told Capital Download on Monday') // [{ name: 'Capital Download', start: 9, end: 25 }]
 */
export function toldName(text: string, from = 0, to = text.length): OutletMention[] {
  const out: OutletMention[] = []
  for (const m of text.slice(from, to).matchAll(TOLD_NAME)) {
    const written = m.groups!.name!
    const name = written.replace(/^[Tt]he\s+/, '')
    const first = name.split(/\s+/)[0]!
    if (MALE_NAMES.has(first.toLowerCase()) || FEMALE_NAMES.has(first.toLowerCase()) || NOT_PERSONS.has(name.toLowerCase()) || NOT_OUTLET.test(name) || TOLD_NOT_OUTLET.test(name)) continue
    if (!/\s/.test(name) && !INTERCAPS.test(name)) continue
    const end = from + m.index + m[0].length
    if (/^\s*,\s*who\b/.test(text.slice(end, end + 8))) continue
    out.push({ name, start: end - written.length, end })
  }
  return out
}

/**
 * A credit line closing a newsletter item, "[Reuters.]" or "[NYT]": the outlet whose report the
 * item quotes. Looks at the start of `after` (the text right after the item's sentence).
 * @example creditLine(' [Reuters.]\n') // 'Reuters'
 */
export function creditLine(after: string): string | null {
  const m = /^[ \t]*\[([A-Z][\p{L}\p{N}. &-]{1,40}?)\.?\]/u.exec(after)
  if (!m) return null
  const name = m[1]!.trim()
  return outletNamed(name) ?? (/^[A-Z][a-z]*[A-Z][A-Za-z]*$/.test(name) ? name : null)
}

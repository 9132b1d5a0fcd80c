/**
 * Who is mentioned where: named persons (full names, surnames, titled names), title
 * phrases ("the U.S. president") and pronouns, each tied to a person. The rules of
 * `attribute.ts` ask this index who a subject is.
 *
 * Persons come from the text itself; known actors (from data/actors.json) are matched
 * by name, surname or stated role, so "Starmer" or "the British prime minister" finds
 * the actor the project already knows.
 */
import {
  AUXILIARIES, SPEECH_VERBS, FEMALE_HONORIFICS, FEMALE_NAMES, MALE_HONORIFICS, MALE_NAMES, NAME_PARTICLES, NOT_NAME_WORDS, NOT_PERSONS,
  ORG_WORDS, QUALIFIERS, ROLE_NOUNS, TITLES,
} from './lexicon'
import { sameGivenName } from './nicknames'
import { isOutletName } from './outlets'
import { lowerBound, type Sentence } from './text'

export interface KnownActor {
  id: string
  name: string
  names: readonly string[]
  role: string | null
}

export interface RoleEvidence {
  role: string
  start: number
  text: string
}

export interface Person {
  /** Canonical name: the fullest form the text (or the known actor) gives. */
  name: string
  /** Forms the text uses for the person. */
  names: string[]
  gender: 'm' | 'f' | null
  titles: { title: string; qualifier: string | null }[]
  roles: RoleEvidence[]
  actorId: string | null
}

export interface Mention {
  start: number
  end: number
  person: Person
  kind: 'name' | 'title' | 'pronoun'
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Honorifics and titles newspapers abbreviate before a name ("Sen.", "Gov.", "the Rev."). */
const ABBREVIATED = String.raw`(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Atty|Adm|Maj|Cmdr|Supt|Det|Hon)\.`
const WORD = String.raw`(?:${ABBREVIATED}|[A-Z][\p{L}\p{M}’'-]*[\p{L}\p{M}]|(?:[A-Z]\.){1,3}|[A-Z])`
const PARTICLE = `(?:${NAME_PARTICLES.join('|')})`
/** A run of capitalized words on one line, name particles allowed inside. */
export const NAME_RUN = String.raw`${WORD}(?:[ \t]+(?:${PARTICLE}[ \t]+)*${WORD})*`
const TITLE_ALT = [...TITLES].sort((a, b) => b.length - a.length).map(esc).join('|')
export const TITLE_PHRASE = String.raw`\b[Tt]he[ \t]+(?:[\p{L}.’'-]+[ \t]+){0,3}?(?:${TITLE_ALT})\b`
const POSSESSIVE_TITLE = new RegExp(String.raw`\b(${WORD})[’']s[ \t]+((?:[a-z-]+[ \t]+){0,2}?(?:${TITLE_ALT}))\b`, 'gu')
const THE_TITLE = new RegExp(String.raw`\b[Tt]he[ \t]+((?:[A-Z][\p{L}.’'-]*[ \t]+)?)((?:[a-z-]+[ \t]+){0,2}?(?:${TITLE_ALT}))\b`, 'gu')
const ROLE_NOUN_ALT = [...ROLE_NOUNS].sort((a, b) => b.length - a.length).map(esc).join('|')

const COUNTRY_KEYS: Record<string, true> = Object.fromEntries(Object.values(QUALIFIERS).map((k) => [k, true]))

const NAME_RUN_G = new RegExp(NAME_RUN, 'gu')
// A lookahead, so "The Rachel Maddow Show" yields "Rachel Maddow" after "The Rachel".
const FIRST_LAST_G = /\b([A-Z][a-z]+)(?=[ \t\u00a0]+([A-Z][\p{L}’'-]+)\b)/gu
const TOKEN_G = new RegExp(`${PARTICLE}|${WORD}(?:[’']s)?`, 'gu')
const THE_TITLE_WHOLE = new RegExp(String.raw`^(?:[Tt]he[ \t]+)?(.*?)[ \t]*\b(${TITLE_ALT})$`, 'u')
const TITLE_AT_END_I = new RegExp(String.raw`^(.*?)[ \t]*\b(${TITLE_ALT})$`, 'iu')
// Compiled once: building a RegExp per mention cost more than all the rules together.
const TITLE_AT_END = new RegExp(String.raw`^(.*?)[ \t]*\b(${TITLE_ALT})$`, 'u')
const TITLE_IN_ROLE = new RegExp(String.raw`^(.*?)[ \t]*\b(${TITLE_ALT})\b`, 'iu')
const TITLE_BEFORE_NAME = new RegExp(String.raw`((?:${WORD}[ \t]+)?(?:${TITLE_ALT.replace(/\\\./g, '\\.')}))[ \t]+$`, 'iu')
const ROLE_APPOSITIVE = new RegExp(
  String.raw`^,[ \t]+((?:(?:the|an?)[ \t]+)?(?:[\p{L}’'.-]+[ \t]+){0,4}?(?:${ROLE_NOUN_ALT})\b[^,.;:“”"\n]{0,90}?),`,
  'iu',
)

function qualifierOf(words: string): string | null {
  const w = words.toLowerCase().replace(/[’']s$/, '').trim()
  if (!w) return null
  return QUALIFIERS[w] ?? w
}

function genderOf(first: string, titles: readonly string[]): 'm' | 'f' | null {
  const t = titles.map((x) => x.toLowerCase())
  if (t.some((x) => MALE_HONORIFICS.includes(x))) return 'm'
  if (t.some((x) => FEMALE_HONORIFICS.includes(x))) return 'f'
  const f = first.toLowerCase()
  if (MALE_NAMES.has(f)) return 'm'
  if (FEMALE_NAMES.has(f)) return 'f'
  return null
}

/** An adverb before a verb ("Roe bluntly said"), not a noun ending like one ("Roe's family has called", "an ally said"). */
export const ADVERB = String.raw`(?!(?:family|ally|rally|assembly|supply|reply|anomaly|monopoly|bully|belly|folly|homily|lily|jelly)\b)[a-z]{2,}ly`

/** "of Ohio", "of the James Martin Center for Nonproliferation Studies": where a person is from, after their name. */
const OF_PLACE = String.raw`[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\p{L}.’'-]*(?:[ \t]+(?:(?:for|of|and|on|at)[ \t]+)?[A-Z][\p{L}.’'-]*){0,6}`

/**
 * A name followed by its own verb of saying: "Roe said", "Roe (R-N.Y.) said", "Roe of New York, a
 * lawyer, said", "Roe, 58, who lives in Ohio, says", "Roe also repeatedly said". Every appositive
 * part ends with a comma, so "Trump, Clinton said" is Clinton's verb, not Trump's.
 */
const SAYS = SPEECH_VERBS.filter((v) => !/ing$/.test(v)).join('|')
/** Per pronoun, compiled once: a sentence it leads ("She said …") and one in which it speaks ("That's why, he argued, …"). */
const PRONOUN_SENTENCE = Object.fromEntries(
  (['he', 'she', 'they'] as const).map((p) => [
    p,
    {
      ledByPronoun: new RegExp(String.raw`^\s*(?:[A-Z][a-z]+,?[ \t]+)?${p}\b`, 'i'),
      pronounSpeaks: new RegExp(String.raw`\b${p}[ \t]+(?:(?:${AUXILIARIES.join('|')}|${ADVERB})[ \t]+)*(?:${SAYS})\b`, 'i'),
    },
  ]),
) as Record<'he' | 'she' | 'they', { ledByPronoun: RegExp; pronounSpeaks: RegExp }>
const SPEAKS_AFTER = new RegExp(
  String.raw`^(?:[ \t]*\([DRI](?:-[^)\n]{1,20})?\))?(?:${OF_PLACE})?(?:(?:,[^,“”"\n]{1,80}){1,3},)?[ \t]+(?:(?:${AUXILIARIES.join('|')}|${ADVERB})[ \t]+)*(?:${SPEECH_VERBS.filter((v) => !/ing$/.test(v)).join('|')})\b`,
  'u',
)

/**
 * A verb of saying right before a name, perhaps past its title, opening its clause: "“…,” said Rep.
 * Jim Clyburn", "…, says Roe" ("he said Ryan" is his verb, not Ryan's).
 */
const SPEAKS_BEFORE = new RegExp(String.raw`(?:^|[,;:”"—–])[ \t]*(?:${SPEECH_VERBS.filter((v) => !/ing$/.test(v) && !v.includes(' ')).join('|')})[ \t]+(?:[A-Z][\p{L}.’'-]*[ \t]+){0,3}$`, 'u')
/** What may come before a sentence's subject: a few words, an opening phrase closed by a comma, or a quotation ("“…,” Roe wrote"). */
const SUBJECT_LEAD = /^(?:\S+\s+){0,3}$|(?:,|[”"])[ \t]+(?:[A-Z][\p{L}.’'-]*[ \t]+){0,3}$/u
/** A preposition right before a name makes it an object ("Choosing between Clinton and …", "With Roe …"). */
const PREPOSITIONS = 'of with between among for to about against from by on in at like than after before under over toward towards including without behind beside besides beyond per via'.split(' ')
/** Prepositions whose object may be a role and a name ("with the radio host Rusty Humphries", "about President Obama"); not "at the rally Roe said". */
const PREPOSITIONS_OF_PERSONS = 'with by for to from against between among about like'.split(' ')
const caps = (words: readonly string[]) => words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join('|')
const OBJECT_AFTER = new RegExp(String.raw`\b(?:(?:${caps(PREPOSITIONS)})|(?:${caps(PREPOSITIONS_OF_PERSONS)})[ \t]+(?:(?:the|a|an|his|her|their)[ \t]+)?(?:[\p{L}.-]+[ \t]+){0,3}?[\p{L}.-]+)[ \t]+$`, 'u')

/** Whether the words before a name leave it the subject of its sentence: a few words, and no preposition right before it. */
function leadsSentence(before: string): boolean {
  // (A long run of words is not "a few": the bound keeps a sentence without stops linear.)
  return before.length <= 200 && before.trim().split(/\s+/).filter(Boolean).length <= 3 && !OBJECT_AFTER.test(before)
}

/** A family word, a comma and a first name alone: "his wife, Jane,", "Trump's wife, Melania, is". */
const RELATIVE_G = /\b(wife|husband|widow|widower|son|daughter|brother|sister|mother|father),[ \t]+([A-Z][a-z]+)(?=[ \t]*[,.;]|[ \t]+(?:and|who)\b)/g
/** "her husband, Milton Berg," or "Milton Berg, her husband,": a family word gives a full name its gender. */
const RELATIVE_FULL_G = /\b(?:(wife|husband|widow|widower|son|daughter|brother|sister|mother|father),[ \t]+(?=[A-Z])|(?<=[A-Za-z.]),[ \t]+(?:his|her|their)[ \t]+(wife|husband|widow|widower|son|daughter|brother|sister|mother|father)\b)/g

/** A name, its appositive perhaps, and "who said": "Dianne Feinstein of California, the ranking Democrat, who said". */
const SPEAKS_AFTER_WHO = new RegExp(
  String.raw`^(?:[ \t]*\([DRI](?:-[^)\n]{1,20})?\))?(?:${OF_PLACE})?(?:,[^,“”"\n]{1,80}){0,2},[ \t]+who[ \t]+(?:(?:${AUXILIARIES.join('|')}|${ADVERB})[ \t]+)*(?:${SAYS})\b`,
  'u',
)

/** A name, then a role and another name ("Obama consultant Cornell Belcher", "Clinton campaign Chairman John Podesta"): the first modifies. */
const MODIFIES_NEXT = new RegExp(
  String.raw`^[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:${ROLE_NOUN_ALT}|${TITLE_ALT}|campaign|consultant|adviser|advisor|donor|ally|backer|surrogate|operative|staffer|supporter|spokesman|spokeswoman|aide)[ \t]+[A-Z]`,
  'iu',
)

/** Words only outlets carry in their names ("Cleveland's Plain Dealer", "The Daily Beast"). */
const OUTLET_NAME_WORD = /\b(?:News|Times|Journal|Radio|Magazine|Daily|Herald|Tribune|Network|Gazette|Dealer|Beast|Blaze|Examiner|Chronicle|Edition)\b/
const SPEECH_VERB_SET = new Set<string>(SPEECH_VERBS.filter((v) => !v.includes(' ')))
const FUNCTION_WORDS = new Set('To A An The With Of For And In On Is Be Has Have Will At By From As But Or Are Was Were Not Than That This'.split(' '))

/** First names ending like a participle ("Alfred", "Saeed"): "Endorsed" is no name, these are. */
const PARTICIPLE_LIKE_NAMES = /^(?:alfred|manfred|winifred|wilfred|mildred|mohammed|muhammed|mohamed|muhamed|ahmed|hamed|saeed|rasheed|waleed|khaled|fareed|siegfried)$/i

/** Splits a title prefix ("Ukrainian President") off a capitalized run. */
export function stripPrefix(tokens: string[]): { rest: string[]; titles: string[]; qualifier: string | null; dropped: number } {
  let i = 0
  const titles: string[] = []
  let qualifier: string | null = null
  while (i < tokens.length) {
    let matched = false
    for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
      const phrase = tokens.slice(i, i + n).join(' ').toLowerCase()
      if (TITLES.includes(phrase)) {
        titles.push(phrase)
        i += n
        matched = true
        break
      }
    }
    if (matched) continue
    // "Transport Minister", "Health Secretary": a word that qualifies a title belongs to it.
    const following = tokens.slice(i + 1, i + 3).map((t) => t.toLowerCase())
    if (i + 2 < tokens.length && (TITLES.includes(following[0]!) || TITLES.includes(following.join(' ')))) {
      i++
      continue
    }
    const w = tokens[i]!.toLowerCase().replace(/[’']s$/, '')
    if (QUALIFIERS[w] !== undefined && i + 1 < tokens.length) {
      qualifier = QUALIFIERS[w]!
      i++
      continue
    }
    // "Oscar-winner Sarandon", "Self-described Democrat": a hyphenated description, lowercase after its hyphen, is no name.
    if (i < tokens.length - 1 && /^[A-Z][a-z]+-[a-z]+$/.test(tokens[i]!)) {
      i++
      continue
    }
    // "Celebrities Julianne Moore", "Senators Ted Cruz": a plural noun before a name describes it.
    if (isPluralDescription(tokens, i)) {
      i++
      continue
    }
    // "Injecting Clinton…", "Speaking Tuesday…": a gerund opening a run is the sentence's, not the name's.
    // Also an adverb ("Interestingly Blocher") or a hyphenated description ("Oscar-winner Sarandon").
    if (
      NOT_NAME_WORDS.has(w.replace(/\.$/, '')) || /-based$/.test(w) ||
      // "Stated Stone:", "Continued Roe:": a capitalised speech verb opening a run is the sentence's.
      (i === 0 && tokens.length > 1 && SPEECH_VERB_SET.has(w) && /^[A-Z][a-z]+$/.test(tokens[i]!) && !isFirstName(w)) ||
      (i === 0 && tokens.length > 1 && !isFirstName(w) && (/^[a-z]{3,}ing$/.test(w) || /^[a-z]{4,}ly$/.test(w) || /^[A-Z][a-z]+-[a-z]/.test(tokens[i]!))) ||
      // "Understated Perez", "Endorsed Trump": a participle opening a run, not a first name ending in -ed.
      (i === 0 && tokens.length > 1 && !isFirstName(w) && /^[a-z]{5,}ed$/.test(w) && !PARTICIPLE_LIKE_NAMES.test(w))
    ) {
      i++
      continue
    }
    break
  }
  // A headline in title case ("Unlikely To Have A Good Relationship With David Cameron"): the name follows its last function word.
  for (let j = tokens.length - 2; j >= i; j--) {
    if (FUNCTION_WORDS.has(tokens[j]!) || (j > i && SPEECH_VERB_SET.has(tokens[j]!.toLowerCase()))) {
      i = j + 1
      break
    }
  }
  // A description further in ("South Korean-born Monte Haines", "the Oscar-winning actress"): the name follows it.
  for (let j = tokens.length - 2; j >= i; j--) {
    if (/^[A-Z][a-z]+-[a-z]+$/.test(tokens[j]!)) {
      i = j + 1
      break
    }
  }
  // A title further in ("Judicial Watch President Tom Fitton", "Clinton Communications Director Jennifer Palmieri"):
  // what comes before it describes the title, the name follows it.
  for (let j = tokens.length - 2; j >= i; j--) {
    const w = tokens[j]!.toLowerCase()
    if ((TITLES.includes(w) || ROLE_NOUNS.includes(w)) && /^[A-Z]/.test(tokens[j + 1]!)) {
      titles.push(w)
      i = j + 1
      break
    }
    // "Senate Intelligence Ranking Democrat Dianne Feinstein": a party word describes the name after it.
    if (/^(?:democrat|republican)$/.test(w) && /^[A-Z]/.test(tokens[j + 1]!)) {
      i = j + 1
      break
    }
  }
  // "State Hillary Clinton" (from "Secretary of State Hillary Clinton"): the name starts at a first name.
  if (!looksLikePerson(tokens.slice(i))) {
    for (let k = i + 1; k < tokens.length - 1; k++) {
      if (isFirstName(tokens[k]!) && looksLikePerson(tokens.slice(k))) {
        i = k
        break
      }
    }
  }
  return { rest: withoutSuffix(tokens.slice(i)), titles, qualifier, dropped: i }
}

/** "Luther Stan Pate IV", "Joseph R. Murray II", "Cal Ripken Jr": a generational suffix is not the surname. */
function withoutSuffix(rest: string[]): string[] {
  let n = rest.length
  while (n > 2 && /^(?:Jr|Sr|II|III|IV)\.?$/.test(rest[n - 1]!)) n--
  return n === rest.length ? rest : rest.slice(0, n)
}

/**
 * A capitalised plural opening a name ("Celebrities Julianne Moore", "Senators Ted Cruz",
 * "Professors Foner"): a description of the person, when a full name follows it or it is
 * the plural of a title.
 */
function isPluralDescription(tokens: readonly string[], i: number): boolean {
  const t = tokens[i]!
  if (!/^[A-Z][a-z]{2,}(?:ies|ers|ors|ans|ents|ists|ates|ices|ics)$/.test(t) || isFirstName(t)) return false
  const singular = t.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')
  if (i + 1 < tokens.length && (TITLES.includes(singular) || ROLE_NOUNS.includes(singular))) return true
  return i + 2 < tokens.length
}

export const isFirstName = (t: string) => MALE_NAMES.has(t.toLowerCase()) || FEMALE_NAMES.has(t.toLowerCase())

/** What may follow a noun phrase's end: punctuation, or a word that opens no noun ("this", "in", "is"). */
const THING_ENDS = /^(?:[ \t]*(?:[,;:.!?)—–]|$)|[ \t]+(?:this|that|these|in|on|at|of|and|or|is|was|were|are|has|had|have|to|for|with|from|last|next|where|which|who|by)\b)/
/** A family word right before a name: a woman's (group 1) or a man's (group 2). */
const GENDERED_NOUN_BEFORE = /\b(?:(widow|wife|mother|mom|daughter|sister|grandmother|actress|businesswoman)|(widower|husband|father|dad|son|brother|grandfather|businessman))[ \t]+$/
/** Initials that stand for a place or a body ("U.S.", "D.C."), never a first name's. */
const PLACE_INITIALS = /^(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.|D\.C\.|L\.A\.|N\.Y\.|N\.J\.|N\.C\.|S\.C\.|N\.H\.|U\.S\.A\.)$/
/** A capitalised word ending like an adverb ("Separately", "Schlafly"). */
const ADVERB_LIKE = /^[A-Z][a-z]{3,}ly$/

export function looksLikePerson(tokens: readonly string[]): boolean {
  if (tokens.length === 0) return false
  const joined = tokens.join(' ').toLowerCase()
  if (NOT_PERSONS.has(joined) || isOutletName(tokens.join(' ')) || OUTLET_NAME_WORD.test(tokens.join(' '))) return false
  // "Separately", "Interestingly": an adverb alone is no one.
  if (tokens.length === 1 && ADVERB_LIKE.test(tokens[0]!) && !isFirstName(tokens[0]!)) return false
  return tokens.every((t, i) => {
    const w = t.toLowerCase()
    // "Bill Clinton", "Mark Warner": a first name is not the word "bill".
    if (i === 0 && tokens.length > 1 && isFirstName(t)) return true
    // "J.J. MacNab", "G.K. Butterfield": initials before a surname are a person's, not a place's ("U.S. Steel").
    if (i === 0 && tokens.length === 2 && /^(?:[A-Z]\.){2,3}$/.test(t) && !PLACE_INITIALS.test(t)) return true
    // "Kathleen Hall Jamieson": after a first name, a middle name may be a word organisations use too.
    if (i > 0 && i < tokens.length - 1 && isFirstName(tokens[0]!) && /^[A-Z][a-z]+$/.test(t) && ORG_WORDS.has(w) && !NOT_PERSONS.has(w)) return true
    // "Rep. Steve Israel", "Kerry Washington": after a first name, a place's name is a surname.
    if (i === 1 && tokens.length === 2 && isFirstName(tokens[0]!) && !/^(?:will|may)$/i.test(tokens[0]!) && /^[A-Z][a-z]+$/.test(t) && NOT_PERSONS.has(w) && !ORG_WORDS.has(w)) return true
    return !ORG_WORDS.has(w) && !NOT_PERSONS.has(w) && !/^(?:[a-z]\.){2,}$/.test(w) && !/^[A-Z]{2,}$/.test(t)
  })
}

/** The index of persons and their mentions in one article. */
export class PeopleIndex {
  readonly persons: Person[] = []
  readonly mentions: Mention[] = []
  /** Name and title mentions in text order (no pronouns). */
  private named: Mention[] = []

  constructor(
    private readonly text: string,
    private readonly masked: string,
    private readonly sentences: readonly Sentence[],
    private readonly known: readonly KnownActor[],
  ) {
    this.collectNames()
    this.completeNames()
    this.collectRelatives()
    this.genderFromRelatives()
    this.genderFromNounBefore()
    this.collectTitles()
    this.collectRoles()
    this.mentions.sort((a, b) => a.start - b.start)
    this.named = [...this.mentions]
    this.collectPronouns()
    this.mentions.sort((a, b) => a.start - b.start)
  }

  /** The person a (stripped) name refers to, creating one when `create` is set. */
  personForName(name: string, opts: { create: boolean; titles?: string[]; qualifier?: string | null }): Person | null {
    const tokens = name.split(/[ \t]+/)
    // "De Blasio" opening a sentence is the "de Blasio" of Bill de Blasio.
    if (tokens.length > 1 && /^[A-Z][a-z]*$/.test(tokens[0]!) && NAME_PARTICLES.includes(tokens[0]!.toLowerCase())) {
      const lower = [tokens[0]!.toLowerCase(), ...tokens.slice(1)]
      if (this.byName.has(lower.join(' ')) || this.withEnding(lower, []).length > 0) return this.personForName(lower.join(' '), opts)
    }
    const last = tokens[tokens.length - 1]!
    const exact = this.byName.get(name)
    if (exact) return exact
    // "The Ebelings were …", "the Clintons": the plural of a surname the text gives is a family, not a person.
    if (tokens.length === 1 && /[a-z]s$/.test(last) && this.byLast.has(last.slice(0, -1))) return null
    // The same first and last name is the same person ("Harry M. Reid", "Harry Reid"), a familiar form of the first
    // name too ("Ken Starr", "Kenneth Starr"); the fuller form names them.
    if (tokens.length > 1) {
      const same = (this.byLast.get(last) ?? []).find((p) => {
        const t = p.name.split(' ')
        return t.length > 1 && sameGivenName(t[0]!.toLowerCase(), tokens[0]!.toLowerCase())
      })
      if (same) {
        if (tokens.length > same.name.split(' ').length) same.name = name
        return this.addName(same, name)
      }
    }
    // A surname (or the last words of a name) alone: the one person whose fuller name ends with it.
    const byEnd = this.withEnding(tokens, opts.titles ?? [])
    // "Mrs. Clinton" is Hillary; "Clinton" alone stays open when Bill is named too.
    if (byEnd.length === 1) return this.withEnding(tokens, []).length > 1 ? byEnd[0]! : this.addName(byEnd[0]!, name)
    if (byEnd.length > 1) {
      this.ambiguous.set(name, byEnd)
      if (!opts.create) return null
      return null
    }
    // "Tom told …" after "Betsy Ebeling and her husband, Tom Ebeling": a first name alone is the one person
    // the text gives it to, unless the text also writes it as a word ("will", "mark").
    if (tokens.length === 1 && isFirstName(last)) {
      const owners = this.byFirst.get(last) ?? []
      if (owners.length === 1 && !this.inLowercase(last)) return this.addName(owners[0]!, name)
    }
    const actor = this.known.find(
      (a) =>
        a.name === name ||
        a.names.includes(name) ||
        (tokens.length === 1 && a.name.split(' ').pop() === last) ||
        (tokens.length > 1 && a.name.split(' ').pop() === last && a.name.split(' ')[0] === tokens[0]),
    )
    if (actor) {
      const existing = this.persons.find((p) => p.actorId === actor.id)
      if (existing) return this.addName(existing, name)
      const p = this.newPerson(actor.name, opts.titles ?? [], opts.qualifier ?? null)
      p.actorId = actor.id
      if (actor.role) p.titles.push(...titleOfRole(actor.role))
      return this.addName(p, name)
    }
    if (!opts.create) return null
    const p = this.newPerson(name, opts.titles ?? [], opts.qualifier ?? null)
    if (tokens.length === 1) this.complete(p)
    return p
  }

  /** Words that read as no one's name alone but are, where they stand, the surname of someone named in full ("Cuban" of Mark Cuban). */
  readonly loneSurnames = new Set<string>()

  /** Persons the text makes the subject of a speech verb somewhere ("Roe said"). */
  readonly speaking = new Set<Person>()

  /** Where the text names someone ambiguously ("Clinton"), with the persons meant, in text order: they count against pronouns. */
  private readonly ambiguousMentions: { start: number; persons: Person[] }[] = []

  /** Whether a surname the text leaves ambiguous, one of whose persons agrees, is named in [from, to). */
  private ambiguousIn(from: number, to: number, agrees: (p: Person) => boolean): boolean {
    const list = this.ambiguousMentions
    for (let i = lowerBound(list, from, (m) => m.start); i < list.length && list[i]!.start < to; i++) if (list[i]!.persons.some(agrees)) return true
    return false
  }

  /** Full-name mentions in text order, for a surname several people share. */
  private fullNamed: Mention[] = []

  /**
   * Who a surname several people in the article share means where it stands alone ("Cruz" with
   * Ted, Rafael and Heidi Cruz named). Newspapers give the bare surname to the article's principal
   * bearer, the one they name in full first, and write the others with a first name or Mr./Mrs.
   * whenever they recur ("his father, Rafael Cruz"): the principal, then. Except just after
   * another was introduced speaking, in this paragraph or the one before ("Homeland Security
   * Secretary Jeh Johnson says …. Johnson told MSNBC"): that one. A form no first name opens that
   * the text also writes in lowercase ("Stop Trump", "Absent Sanders") is no bearer. A writer who
   * tells them apart by Mr. and Mrs. ("Mrs. Roe said") leaves a bare "Roe" open.
   */
  sharedSurnameAt(name: string, pos: number): { person: Person; how: 'principal' | 'just-introduced' } | null {
    const shared = this.bearersOf(name)
    if (!shared) return null
    const si = this.sentenceAt(pos)
    if (si >= 0) {
      const paragraph = this.sentences[si]!.paragraph
      let from = this.sentences[si]!.start
      for (let i = si - 1; i >= 0 && i >= si - 12 && this.sentences[i]!.paragraph >= paragraph - 1; i--) from = this.sentences[i]!.start
      let recent: Mention | null = null
      for (let i = lowerBound(this.fullNamed, from, (m) => m.start); i < this.fullNamed.length && this.fullNamed[i]!.start < pos; i++) {
        const m = this.fullNamed[i]!
        if (shared.bearers.includes(m.person) && this.introducedSpeaking(m)) recent = m
      }
      if (recent) return { person: recent.person, how: 'just-introduced' }
    }
    return { person: shared.principal, how: 'principal' }
  }

  private readonly shared = new Map<string, { persons: Person[]; bearers: Person[]; principal: Person } | null>()

  /** The persons who bear a shared surname and its principal bearer, once per surname; null when the text leaves it open. */
  private bearersOf(name: string): { bearers: Person[]; principal: Person } | null {
    const persons = this.ambiguous.get(name)
    if (!persons) return null
    const known = this.shared.get(name)
    if (known !== undefined && (known === null || known.persons === persons)) return known
    let found: { persons: Person[]; bearers: Person[]; principal: Person } | null = null
    const bearers = persons.filter((p) => this.bearsSurname(p, persons))
    if (bearers.length > 0 && !new RegExp(String.raw`\b(?:Mr|Mrs|Ms|Miss)\.?[ \t]+${esc(name)}\b`).test(this.masked)) {
      const at = new Map(bearers.map((p) => [p, this.firstNamedInFull(p)]))
      found = { persons, bearers, principal: bearers.reduce((a, b) => (at.get(b)! < at.get(a)! ? b : a)) }
    }
    this.shared.set(name, found)
    return found
  }

  /**
   * Whether a person the text seems to name in full with a shared surname really bears it: not a
   * headline's run that ends with another's full name ("… Hedge Funds Support Hillary Clinton"),
   * nor a run opened by a word that is no first name: one the text also writes in lowercase
   * ("Stop Trump", "Absent Sanders"), a participle ("Senator Endorsed Trump") or words run
   * together ("10:20PMTed Cruz").
   */
  private bearsSurname(p: Person, others: readonly Person[]): boolean {
    if (!this.fullNamed.some((m) => m.person === p)) return false
    if (others.some((o) => o !== p && o.name.includes(' ') && p.name.endsWith(` ${o.name}`))) return false
    const first = p.name.split(' ')[0]!
    if (isFirstName(first)) return true
    if (/^[A-Z]{2,}[a-z]/.test(first) || (/^[A-Z][a-z]{4,}ed$/.test(first) && !PARTICIPLE_LIKE_NAMES.test(first))) return false
    return !this.inLowercase(first)
  }

  /** Where the writer first names a person in full, a headline in title case included ("Hillary Clinton Accused Of …"). */
  private firstNamedInFull(p: Person): number {
    const inText = p.names.filter((n) => n.includes(' ')).map((n) => this.masked.indexOf(n)).filter((i) => i >= 0)
    return Math.min(...this.fullNamed.filter((m) => m.person === p).map((m) => m.start), ...inText)
  }

  /** A name the text names as a speaker where it stands: "Roe said", "said Sen. Jane Roe". */
  private introducedSpeaking(m: Mention): boolean {
    return SPEAKS_AFTER.test(this.masked.slice(m.end, m.end + 200)) || SPEAKS_BEFORE.test(this.masked.slice(Math.max(0, m.start - 80), m.start))
  }

  /** Names the text left ambiguous ("Clinton" with Bill and Hillary Clinton both named), with the persons they may mean. */
  readonly ambiguous = new Map<string, Person[]>()

  /** Persons whose fuller name ends with `tokens`; Mr./Mrs./Ms. keep only those of that gender. */
  private withEnding(tokens: readonly string[], titles: readonly string[]): Person[] {
    const suffix = ` ${tokens.join(' ')}`
    // Any name the person goes by counts ("Osman Abou Laban", also written "Osman Abu Laban", is the later "Abu Laban").
    let found = (this.byLast.get(tokens[tokens.length - 1]!) ?? []).filter((p) => p.names.some((n) => n.split(' ').length > tokens.length && n.endsWith(suffix)))
    const g = genderOf('', titles)
    if (g) found = found.filter((p) => p.gender === g || p.gender === null)
    return found
  }

  private addName(p: Person, name: string): Person {
    if (!p.names.includes(name)) p.names.push(name)
    if (!this.byName.has(name)) this.byName.set(name, p)
    this.noteFirst(p, name)
    return p
  }

  /** Lookups by any name a person goes by and by the last word of their name: linear, not quadratic. */
  private readonly byName = new Map<string, Person>()
  private readonly byLast = new Map<string, Person[]>()
  /** Persons by the first word of a full name they go by ("Tom" for Tom Ebeling). */
  private readonly byFirst = new Map<string, Person[]>()

  private noteFirst(p: Person, name: string) {
    const words = name.split(' ')
    if (words.length < 2) return
    const list = this.byFirst.get(words[0]!)
    if (!list) this.byFirst.set(words[0]!, [p])
    else if (!list.includes(p)) list.push(p)
  }

  private readonly lowercase = new Map<string, boolean>()
  /** Whether the text writes a capitalised word in lowercase too ("stop", "will"): then it is a word, not only a name. */
  private inLowercase(word: string): boolean {
    let found = this.lowercase.get(word)
    if (found === undefined) {
      found = new RegExp(String.raw`\b${esc(word.toLowerCase())}\b`).test(this.masked)
      this.lowercase.set(word, found)
    }
    return found
  }

  private newPerson(name: string, titles: string[], qualifier: string | null): Person {
    const p: Person = {
      name,
      names: [name],
      gender: genderOf(name.split(' ')[0]!, titles),
      titles: titles.map((title) => ({ title, qualifier })),
      roles: [],
      actorId: null,
    }
    this.persons.push(p)
    if (!this.byName.has(name)) this.byName.set(name, p)
    this.noteFirst(p, name)
    const last = name.split(' ').pop()!
    const list = this.byLast.get(last)
    if (list) list.push(p)
    else this.byLast.set(last, [p])
    return p
  }

  private collectNames() {
    const runs: { start: number; tokens: string[]; offsets: number[] }[] = []
    for (const m of this.masked.matchAll(NAME_RUN_G)) {
      // A possessive ends a name ("Italy’s Institute" is two things).
      const tokens: string[] = []
      const offsets: number[] = []
      const re = TOKEN_G
      for (const t of m[0].matchAll(re)) {
        tokens.push(t[0])
        offsets.push(m.index + t.index)
        if (/[’']s$/.test(t[0])) {
          runs.push({ start: offsets[0]!, tokens: tokens.splice(0), offsets: offsets.splice(0) })
        }
      }
      if (tokens.length) runs.push({ start: offsets[0]!, tokens, offsets })
    }
    const pending: { start: number; end: number; name: string; titles: string[]; qualifier: string | null }[] = []
    const surnameLike: typeof pending = []
    for (const run of runs) {
      const tokens = run.tokens.map((t) => t.replace(/[’']s$/, ''))
      if (isOutletName(tokens.join(' ').replace(/^The /, ''))) continue
      const { rest, titles, qualifier, dropped } = this.isWillName(run, tokens) ? { rest: tokens, titles: [], qualifier: null, dropped: 0 } : stripPrefix(tokens)
      while (rest.length && NAME_PARTICLES.includes(rest[0]!)) rest.shift()
      const start = run.offsets[dropped] ?? run.start
      const lastOffset = run.offsets[run.offsets.length - 1]!
      const end = lastOffset + tokens[tokens.length - 1]!.length
      if (this.isDescription(run.start, end)) continue
      if (titles.length === 0 && dropped === 0 && this.isThingAfterThe(run.start, end)) continue
      if (!looksLikePerson(rest)) {
        if (rest.length === 1) surnameLike.push({ start, end, name: rest[0]!, titles, qualifier })
        continue
      }
      pending.push({ start, end, name: rest.join(' '), titles, qualifier })
    }
    // A word alone that reads as no one's name is the surname of a person the text names in full with it:
    // "Schlafly", "Donnelly" read like adverbs ("Separately") wherever they stand; "Cuban" (of Mark Cuban),
    // a nationality too, only where it speaks ("Cuban said", "said Cuban").
    const surnames = new Set(pending.filter((r) => r.name.includes(' ')).map((r) => r.name.split(' ').pop()!))
    for (const r of surnameLike) {
      if (!surnames.has(r.name)) continue
      const speaks = SPEAKS_AFTER.test(this.masked.slice(r.end, r.end + 200)) || SPEAKS_BEFORE.test(this.masked.slice(Math.max(0, r.start - 40), r.start))
      if (!ADVERB_LIKE.test(r.name) && !speaks) continue
      pending.push(r)
      this.loneSurnames.add(r.name)
    }
    pending.sort((a, b) => a.start - b.start)
    // Full names first, so a surname alone finds its person wherever it comes.
    for (const r of pending.filter((r) => r.name.includes(' ')).sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)) {
      const p = this.personForName(r.name, { create: true, titles: r.titles, qualifier: r.qualifier })!
      this.noteTitles(p, r.titles, r.qualifier)
      this.mentions.push({ start: r.start, end: r.end, person: p, kind: 'name' })
    }
    // A lone capitalised word is a person when a title says so, or when it is the subject of a
    // speech verb somewhere ("Trump said", "Trump has told"): a word like "Brexit" never is.
    // …and is written with a capital somewhere inside a sentence ("Demonstrators", "Conversely" only open them).
    const starts = new Set(this.sentences.map((x) => x.start))
    const midSentence = new Set(pending.filter((r) => !starts.has(r.start)).map((r) => r.name))
    const speaks = new Set<string>()
    for (const r of pending) {
      if (!r.name.includes(' ') && !midSentence.has(r.name) && r.titles.length === 0) continue
      if (!SPEAKS_AFTER.test(this.masked.slice(r.end, r.end + 40))) continue
      speaks.add(r.name)
      const p = this.byName.get(r.name)
      if (p) this.speaking.add(p)
    }
    this.fullNamed = [...this.mentions].sort((a, b) => a.start - b.start)
    for (const r of pending.filter((r) => !r.name.includes(' '))) {
      let p = this.personForName(r.name, { create: r.titles.length > 0 || speaks.has(r.name), titles: r.titles, qualifier: r.qualifier })
      const maybe = p ? undefined : this.ambiguous.get(r.name)
      if (maybe) {
        p = this.sharedSurnameAt(r.name, r.start)?.person ?? null
        if (!p) this.ambiguousMentions.push({ start: r.start, persons: maybe })
      }
      if (!p) continue
      if (speaks.has(r.name)) this.speaking.add(p)
      this.noteTitles(p, r.titles, r.qualifier)
      this.mentions.push({ start: r.start, end: r.end, person: p, kind: 'name' })
    }
  }

  /**
   * "Murphy, a Jupiter Democrat who …", "Wilcox, an Orlando Republican,": capitalised words after "a" or "an"
   * that end the noun phrase describe someone; they are nobody's name.
   */
  private isDescription(start: number, end: number): boolean {
    return /(?:^|[^\p{L}])an?[ \t]+$/u.test(this.masked.slice(Math.max(0, start - 4), start)) && /^(?:[,;:.)]|[ \t]+who\b)/.test(this.masked.slice(end, end + 5))
  }

  /**
   * "during the Christian Monitor Breakfast this morning", "the Philippine Star.": a name after "the" that ends
   * its noun phrase is a thing's (an event, a paper, a park). A person's name there modifies the noun after it
   * ("the Bernie Sanders campaign"), and stays his.
   */
  private isThingAfterThe(start: number, end: number): boolean {
    return /(?:^|[^\p{L}])the[ \t]+$/u.test(this.masked.slice(Math.max(0, start - 5), start)) && THING_ENDS.test(this.masked.slice(end, end + 12))
  }

  /**
   * "said Will Doyle", "Will Estrada, the chairman, …": "Will" before a surname is a first name when a verb
   * of saying comes right before it or a role is set off right after it ("Will Trump win?" is a question).
   */
  private isWillName(run: { start: number; offsets: number[] }, tokens: readonly string[]): boolean {
    if (tokens.length !== 2 || tokens[0] !== 'Will') return false
    const end = run.offsets[1]! + tokens[1]!.length
    return SPEAKS_BEFORE.test(this.masked.slice(Math.max(0, run.start - 40), run.start)) || /^,[ \t]+(?:a|an|the)[ \t]/.test(this.masked.slice(end, end + 6))
  }

  /**
   * A person the writer names only by surname may be named in full inside a quotation
   * ("… a Donald Trump nomination …"): the fullest name the article gives, when only one
   * first name goes with that surname there.
   */
  private completeNames() {
    for (const m of this.text.matchAll(FIRST_LAST_G)) {
      const [first, last] = [m[1]!, m[2]!]
      if (!isFirstName(first)) continue
      const set = this.firstNamesOf.get(last) ?? new Set<string>()
      set.add(first)
      this.firstNamesOf.set(last, set)
    }
    for (const p of this.persons) if (!p.name.includes(' ') && p.actorId === null) this.complete(p)
  }

  /**
   * "Trump's wife, Melania, …", "his wife, Jane, called for …": a first name alone, set off after a
   * family word, is a person of that family word's gender; the one person of that first name the
   * text names in full, if there is one.
   */
  private collectRelatives() {
    for (const m of this.masked.matchAll(RELATIVE_G)) {
      const word = m[2]!
      if (!isFirstName(word) && !/^[A-Z][a-z]{2,}$/.test(word)) continue
      const start = m.index + m[0].length - word.length
      if (this.mentions.some((x) => x.start === start)) continue
      const gender = /^(?:wife|widow|daughter|sister|mother)$/.test(m[1]!) ? 'f' : 'm'
      const full = this.persons.filter((p) => p.name.split(' ')[0] === word && p.name.includes(' '))
      const p = full.length === 1 ? full[0]! : this.byName.get(word) ?? this.newPerson(word, [], null)
      if (p.gender === null) p.gender = gender
      if (p.gender !== gender) continue
      this.addName(p, word)
      this.mentions.push({ start, end: start + word.length, person: p, kind: 'name' })
    }
  }

  /** "her husband, Milton Berg," / "Milton Berg, her husband,": the family word gives the name next to it a gender. */
  private genderFromRelatives() {
    for (const m of this.masked.matchAll(RELATIVE_FULL_G)) {
      const word = m[1] ?? m[2]!
      const gender = /^(?:wife|widow|daughter|sister|mother)$/.test(word) ? 'f' : 'm'
      const name = m[1] ? this.mentions.find((x) => x.kind === 'name' && x.start === m.index + m[0].length) : this.mentions.find((x) => x.kind === 'name' && x.end === m.index)
      if (name && name.person.gender === null) name.person.gender = gender
    }
  }

  /**
   * "9/11 widow Terry Strada", "his wife Jane Roe": a family word written right before a full name tells the
   * person's gender, over what the first name suggests ("Terry", "Leslie" are given to both); an honorific wins.
   */
  private genderFromNounBefore() {
    for (const m of this.mentions) {
      if (m.kind !== 'name' || !m.person.name.includes(' ')) continue
      const noun = GENDERED_NOUN_BEFORE.exec(this.masked.slice(Math.max(0, m.start - 16), m.start))
      if (!noun) continue
      const titles = m.person.titles.map((t) => t.title)
      if (titles.some((t) => MALE_HONORIFICS.includes(t) || FEMALE_HONORIFICS.includes(t))) continue
      m.person.gender = noun[1] ? 'f' : 'm'
    }
  }

  /** First names the whole text (quotations included) puts before each surname. */
  private readonly firstNamesOf = new Map<string, Set<string>>()

  private complete(p: Person) {
    const set = this.firstNamesOf.get(p.name)
    if (!set || set.size !== 1) return
    const full = `${[...set][0]} ${p.name}`
    if (this.byName.has(full)) return
    p.name = full
    if (p.gender === null) p.gender = genderOf(full.split(' ')[0]!, [])
    this.addName(p, full)
  }

  private noteTitles(p: Person, titles: readonly string[], qualifier: string | null) {
    for (const title of titles) if (!p.titles.some((t) => t.title === title && t.qualifier === qualifier)) p.titles.push({ title, qualifier })
    if (p.gender === null) p.gender = genderOf('', [...titles])
  }

  /** Resolves a title phrase to the one person it can mean, or null. */
  personForTitle(phrase: string): Person | null {
    const m = THE_TITLE_WHOLE.exec(phrase.trim())
    if (!m) return null
    const title = m[2]!.toLowerCase()
    const qualifier = qualifierOf(m[1]!.replace(/[’']s$/, ''))
    for (const a of this.known) {
      if (a.names.some((n) => n.toLowerCase() === phrase.toLowerCase())) return this.personForName(a.name, { create: false })
    }
    const fits = (p: Person) =>
      // "the Florida senator" is not any senator: a qualifier must be the person's own.
      p.titles.some((t) => t.title === title && (qualifier === null || t.qualifier === qualifier || (t.qualifier === null && qualifier in COUNTRY_KEYS))) &&
      !(qualifier !== null && p.titles.some((t) => t.title === title && t.qualifier !== null && t.qualifier !== qualifier) && !p.titles.some((t) => t.qualifier === qualifier))
    const candidates = this.persons.filter(fits)
    const exact = candidates.filter((p) => p.titles.some((t) => t.qualifier === qualifier))
    if (exact.length === 1) return exact[0]!
    return candidates.length === 1 ? candidates[0]! : null
  }

  private collectTitles() {
    for (const re of [THE_TITLE, POSSESSIVE_TITLE]) {
      for (const m of this.masked.matchAll(re)) {
        // "the British prime minister, Keir Starmer": the name that follows is the mention.
        const after = this.masked.slice(m.index + m[0].length, m.index + m[0].length + 3)
        if (after.startsWith(', ') && /[A-Z]/.test(after[2] ?? '')) {
          this.linkRoleBefore(m.index, m.index + m[0].length)
          continue
        }
        if (/^[ \t]+[A-Z]/.test(after)) continue // a title before a name is part of the name
        const p = this.personForTitle(m[0])
        if (p) this.mentions.push({ start: m.index, end: m.index + m[0].length, person: p, kind: 'title' })
      }
    }
  }

  /** "the British prime minister, Keir Starmer" or "Ukraine’s president, Volodymyr Zelenskyy". */
  private linkRoleBefore(start: number, end: number) {
    const name = this.mentions.find((m) => m.kind === 'name' && m.start === end + 2)
    if (!name) return
    const phrase = this.text.slice(start, end)
    const role = phrase.replace(/^[Tt]he[ \t]+/, '')
    const t = TITLE_AT_END.exec(role)
    if (t) this.noteTitles(name.person, [t[2]!.toLowerCase()], qualifierOf(t[1]!))
    name.person.roles.push({ role, start, text: this.text.slice(start, name.end) })
  }

  private collectRoles() {
    const appositive = ROLE_APPOSITIVE
    for (const m of this.mentions.filter((x) => x.kind === 'name')) {
      const a = appositive.exec(this.masked.slice(m.end, m.end + 200))
      if (!a) continue
      const phrase = a[1]!
      if (/^(?:who|which|that|and|but|or)\b/i.test(phrase)) continue
      const role = phrase.replace(/^(?:the|an?)[ \t]+/i, '')
      const text = this.text.slice(m.start, m.end + 2 + phrase.length)
      if (!m.person.roles.some((r) => r.start === m.start)) m.person.roles.push({ role, start: m.start, text })
      const t = TITLE_IN_ROLE.exec(role)
      if (t) this.noteTitles(m.person, [t[2]!.toLowerCase()], qualifierOf(t[1]!))
    }
    // A title written before the name ("Ukrainian President Volodymyr Zelenskyy") is a stated role too.
    for (const m of this.mentions.filter((x) => x.kind === 'name')) {
      const before = TITLE_BEFORE_NAME.exec(this.masked.slice(Math.max(0, m.start - 60), m.start))
      if (!before || !/^[A-Z]/.test(before[1]!)) continue
      const start = m.start - before[0].length
      const role = this.text.slice(start, start + before[1]!.length)
      if (/^(?:mr|mrs|ms|dr|sir|dame|lord|lady|miss|the)\b/i.test(role)) continue
      if (!m.person.roles.some((r) => r.start === start)) m.person.roles.push({ role, start, text: this.text.slice(start, m.end) })
    }
    for (const p of this.persons) p.roles.sort((a, b) => a.start - b.start)
  }

  private collectPronouns() {
    for (const m of this.masked.matchAll(/\b(he|she|they|He|She|They)\b/g)) {
      const pronoun = m[1]!.toLowerCase() as 'he' | 'she' | 'they'
      const p = this.resolvePronoun(pronoun, m.index)
      // The text's own pronoun tells the person's gender when the name did not, if the pronoun plainly
      // follows them: they are the only person named in the sentence, as its subject ("Roe, 58, said she …").
      // "In an interview with Jo Roe, the actor said he …" does not make Roe a man.
      if (p && p.gender === null && pronoun !== 'they' && this.soleSubjectBefore(m.index) === p) p.gender = pronoun === 'he' ? 'm' : 'f'
      if (p) this.mentions.push({ start: m.index, end: m.index + m[0].length, person: p, kind: 'pronoun' })
    }
  }

  /** The one person named in the nearest sentence (up to `pos`) naming anyone, when they open it. */
  private soleSubjectBefore(pos: number): Person | null {
    for (let si = this.sentenceAt(pos), back = 0; si >= 0 && back < 2; si--, back++) {
      const s = this.sentences[si]!
      const here = this.mentionsIn(s.start, Math.min(s.end, pos))
      if (here.length === 0) continue
      if (new Set(here.map((x) => x.person)).size > 1) return null
      return leadsSentence(this.masked.slice(Math.max(s.start, here[0]!.start - 201), here[0]!.start)) ? here[0]!.person : null
    }
    return null
  }

  sentenceAt(pos: number): number {
    const i = lowerBound(this.sentences, pos + 1, (s) => s.end)
    const s = this.sentences[i]
    return s && s.start <= pos ? i : -1
  }

  /** Mentions starting in [from, to), in text order; names and titles only unless `pronouns`. */
  mentionsIn(from: number, to: number, pronouns = false): Mention[] {
    const list = pronouns ? this.mentions : this.named
    const out: Mention[] = []
    for (let i = lowerBound(list, from, (m) => m.start); i < list.length && list[i]!.start < to; i++) out.push(list[i]!)
    return out
  }

  /**
   * The nearest compatible named person before `pos`: in the pronoun's own sentence first,
   * then sentence by sentence backwards; within a sentence the leftmost (the subject, most often).
   */
  resolvePronoun(pronoun: 'he' | 'she' | 'they', pos: number): Person | null {
    const ok = (p: Person) => (pronoun === 'he' ? p.gender !== 'f' : pronoun === 'she' ? p.gender !== 'm' : true)
    let si = this.sentenceAt(pos)
    if (si < 0) return null
    for (let back = 0; back < 8 && si >= 0; back++, si--) {
      const s = this.sentences[si]!
      const limit = back === 0 ? pos : s.end
      const here = this.mentionsIn(s.start, limit).filter((m) => ok(m.person))
      if (here.length > 0) return here[0]!.person
    }
    return null
  }

  /**
   * Who a "he" or "she" that introduces a quotation means, strictly: the current speaker
   * (whose quote came last) when no other person of that gender was named since; else the
   * one person of that gender named in the pronoun's sentence or back to the start of the
   * previous paragraph. Anything less certain gives null with the candidates, for review.
   */
  resolveSpeakerPronoun(pronoun: 'he' | 'she' | 'they', pos: number, current: { person: Person; at: number } | null): { person: Person | null; candidates: Person[]; how: string } {
    const found = this.speakerPronoun(pronoun, pos, current)
    // The writer called them "she": a later "he" is someone else.
    if (found.person && found.person.gender === null && pronoun !== 'they') found.person.gender = pronoun === 'he' ? 'm' : 'f'
    return found
  }

  private speakerPronoun(pronoun: 'he' | 'she' | 'they', pos: number, current: { person: Person; at: number } | null): { person: Person | null; candidates: Person[]; how: string } {
    const g = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null
    const si = this.sentenceAt(pos)
    const here = this.sentences[si]
    if (!here) return { person: null, candidates: [], how: 'none' }
    let from = here.start
    for (let i = si - 1; i >= 0 && i >= si - 6; i--) {
      const s = this.sentences[i]!
      if (s.paragraph < here.paragraph - 1) break
      from = s.start
    }
    const named = this.mentionsIn(from, pos)
    const persons = [...new Set(named.map((m) => m.person))]
    const strong = persons.filter((p) => g !== null && p.gender === g)
    // A name of unknown gender counts against the others only if it looks like a person's:
    // one who speaks somewhere, or whose name opens with a first name ("Fort Pierce" does neither).
    // A full name with a first name no list knows ("Dianne Feinstein") counts too.
    const weak = persons.filter((p) => p.gender === null && this.personLike(p))
    const candidates = [...strong, ...weak]
    if (g === null) return { person: null, candidates, how: 'plural' }
    if (current && (current.person.gender === g || current.person.gender === null)) {
      const since = this.mentionsIn(current.at + 1, pos).filter((m) => m.person !== current.person)
      if (!since.some((m) => m.person.gender === g || (m.person.gender === null && this.personLike(m.person))) && !this.ambiguousIn(current.at + 1, pos, (p) => p !== current.person && p.gender !== (g === 'm' ? 'f' : 'm'))) return { person: current.person, candidates: [current.person, ...candidates.filter((p) => p !== current.person)], how: 'current' }
    }
    // The one person of that gender who speaks in the nearest sentence naming anyone ("…, Biden said. “…” he said").
    const reporter = this.reporterBefore(si, from, pos, (p) => p.gender === g || (p.gender === null && this.personLike(p)))
    if (reporter) return { person: reporter, candidates: [reporter, ...candidates.filter((p) => p !== reporter)], how: 'reporter' }
    // "Fiorina" left ambiguous between Carly and Frank Fiorina may be the "she": Barbara Boxer is then not the only woman.
    const unsureName = (only: Person) => this.ambiguousIn(from, pos, (p) => p !== only && p.gender !== (g === 'm' ? 'f' : 'm'))
    if (strong.length === 1 && weak.length === 0 && !unsureName(strong[0]!)) return { person: strong[0]!, candidates, how: 'only' }
    // A name of unknown gender only if it is named as someone who acts, not only after "with" or a possessive.
    if (strong.length === 0 && weak.length === 1 && !unsureName(weak[0]!) && named.some((m) => m.person === weak[0] && !this.namedAsObject(m, from))) {
      return { person: weak[0]!, candidates, how: 'only-unknown-gender' }
    }
    // The subject of the nearest sentence that names anyone, when it is the only person there of that gender;
    // back past sentences led by the same pronoun ("Walz spoke calmly. She said she backs Hillary Clinton.
    // “…” she said.") and sentences naming only persons of the other gender, to the name that began the run.
    const ok = (p: Person) => p.gender === g || p.gender === null
    // …or in which the same pronoun speaks before anyone it could mean is named ("That's why, he argued, …").
    const { ledByPronoun, pronounSpeaks } = PRONOUN_SENTENCE[pronoun]
    const pronounRun = (s: Sentence, inS: readonly Mention[]) => {
      const body = this.masked.slice(s.start, Math.min(s.end, s.start + 1000))
      if (ledByPronoun.test(body)) return true
      const speaks = pronounSpeaks.exec(body)
      return speaks !== null && !inS.some((m) => m.start < s.start + speaks.index && ok(m.person))
    }
    let chained = false
    for (let i = si; i >= 0 && i >= si - 10; i--) {
      const s = this.sentences[i]!
      if (s.paragraph < here.paragraph - 3) break
      if (s.start < from) chained = true
      const inS = this.mentionsIn(s.start, Math.min(s.end, pos))
      if (i < si && pronounRun(s, inS)) {
        chained = true
        continue
      }
      if (inS.length === 0 || inS.every((m) => m.person.gender !== null && m.person.gender !== g)) continue
      // "Trump's wife, Melania, spoke": an owner is not the subject; nor is a name after a preposition
      // ("In an interview with Rusty Humphries, Ham made it clear …"), which competes with no one.
      // An owner opening the sentence is its topic when no one else is its subject ("Bill Clinton's hair was whiter … He …").
      // "To Florida consultant Wilson, the party line is silly", "For Jonathan Chait, …": the one whose view the sentence gives.
      const viewpoint = inS.find((m) => m.start - s.start <= 120 && /^\s*(?:To|For)[ \t]+(?:[\p{L}.’'-]+[ \t]+){0,3}$/u.test(this.masked.slice(s.start, m.start)) && this.masked[m.end] === ',')
      const subjectLike = (m: Mention) => !/^[’']s\b/.test(this.masked.slice(m.end, m.end + 3)) && !this.namedAsObject(m, s.start) && !MODIFIES_NEXT.test(this.masked.slice(m.end, m.end + 80))
      const first = viewpoint ?? inS.find(subjectLike) ?? inS.find((m) => !this.namedAsObject(m, s.start))
      if (!first) break
      const others = new Set(inS.filter((m) => ok(m.person) && m.person !== first.person && (m === viewpoint || (!this.namedAsObject(m, s.start) && !MODIFIES_NEXT.test(this.masked.slice(m.end, m.end + 80))))).map((m) => m.person))
      // "Corey Lewandowski, Trump's campaign manager, said …": a subject who speaks keeps the floor over names after it.
      const speaks = SPEAKS_AFTER.test(this.masked.slice(first.end, first.end + 200))
      const before = this.masked.slice(Math.max(s.start, this.phraseStart(first, inS) - 300), this.phraseStart(first, inS))
      // After an opening phrase closed by a comma, the name must be followed by its verb, perhaps past an appositive
      // ("In an interview, Ham made it clear"); "Along with her husband, Milton Berg, a banker, she gave" is not his.
      // The comma closing the opening phrase may stand inside a quotation ("As for his mangling of “Hamas,” Levine found").
      const closed = /,[ \t]*$/.test(before) || /,[”"][ \t]*$/.test(this.text.slice(Math.max(s.start, first.start - 4), first.start))
      const opens = first === viewpoint || leadsSentence(before) || (first.start - s.start <= 300 && closed && before.split(/\s+/).length <= 12 && !this.namedAsObject(first, s.start) &&
        /^(?:,[^,“”"\n]{1,80},|,)?[ \t]+(?!(?:he|she|they|it|we|i)\b)[a-z]/.test(this.masked.slice(first.end, first.end + 120)))
      if (ok(first.person) && (others.size === 0 || speaks) && opens) {
        return { person: first.person, candidates: [first.person, ...candidates.filter((p) => p !== first.person)], how: chained ? 'chain' : 'subject' }
      }
      break
    }
    // A name of unknown gender met only after a preposition ("booked by Meals on Wheels Plus") acts in none of these sentences,
    // when nothing else says it is a person's: it never speaks and the text never calls it by its last word alone.
    const actingWeak = weak.filter((p) => this.speaking.has(p) || p.names.some((n) => !n.includes(' ')) || named.some((m) => m.person === p && !this.namedAsObject(m, from)))
    if (strong.length === 1 && actingWeak.length === 0 && !unsureName(strong[0]!)) return { person: strong[0]!, candidates, how: 'only-acting' }
    return { person: null, candidates, how: 'unsure' }
  }

  /**
   * The speaker of the nearest sentence before `pos` (from `from` on) that names anyone: the one
   * person there, agreeing with the pronoun, who is the subject of a verb of saying ("Roe, 58, says",
   * "…, Roe said.", "said Sen. Roe"). Null when that sentence has no such speaker or several.
   */
  private reporterBefore(si: number, from: number, pos: number, agrees: (p: Person) => boolean): Person | null {
    for (let i = si; i >= 0 && this.sentences[i]!.start >= from; i--) {
      const s = this.sentences[i]!
      const inS = this.mentionsIn(s.start, Math.min(s.end, pos))
      if (inS.length === 0) continue
      const speakers = new Set<Person>()
      for (const m of inS) {
        if (/^[’']s\b/.test(this.masked.slice(m.end, m.end + 3))) continue
        // The words before the name, at most 200 characters of them (marked "x" when cut, so ^ means the sentence's start).
        const at = this.phraseStart(m, inS)
        const before = at - s.start <= 200 ? this.masked.slice(s.start, at) : `x${this.masked.slice(at - 200, at)}`
        const after = this.masked.slice(m.end, Math.min(s.end, m.end + 200))
        // "… supported by Sen. Dianne Feinstein of California, the ranking Democrat, who said …" speaks wherever she is named.
        const subject = (SUBJECT_LEAD.test(before) && !OBJECT_AFTER.test(before) && SPEAKS_AFTER.test(after)) || SPEAKS_AFTER_WHO.test(after)
        if (!subject && !SPEAKS_BEFORE.test(before)) continue
        // "Wilcox and Beruff, a Sarasota Republican, argued": several speak, none alone.
        if (/(?:\b(?:and|or)|&)[ \t]+$/.test(before)) return null
        speakers.add(m.person)
      }
      // Names only after a preposition ("At an interview with Bloomberg Politics, he said") leave the floor to the sentence before.
      // An owner ("listening to FBI Director James Comey's statement. He called …") keeps it.
      if (speakers.size === 0 && inS.every((m) => this.namedAsObject(m, s.start) && !/^[’']s\b/.test(this.masked.slice(m.end, m.end + 3)))) continue
      const agreeing = [...speakers].filter(agrees)
      return agreeing.length === 1 ? agreeing[0]! : null
    }
    return null
  }

  /**
   * Where the noun phrase a name heads begins: at another name that modifies it through a role
   * ("Trump campaign chairman Paul Manafort said" begins at "Trump"), else at the name.
   */
  private phraseStart(m: Mention, inS: readonly Mention[]): number {
    const i = inS.indexOf(m)
    const prev = i > 0 ? inS[i - 1]! : null
    if (!prev || prev.person === m.person) return m.start
    const mod = MODIFIES_NEXT.exec(this.masked.slice(prev.end, m.start + 1))
    return mod && prev.end + mod[0].length === m.start + 1 ? prev.start : m.start
  }

  /** "In a conversation with HuffPost Live’s Alyona Minkovski": a name after a preposition or a possessive is an object. */
  private namedAsObject(m: Mention, from: number): boolean {
    const before = this.masked.slice(Math.max(from, m.start - 80), m.start)
    return OBJECT_AFTER.test(before) || /[’']s[ \t]+(?:[\p{L}.’'-]+[ \t]+){0,3}$/u.test(before)
  }

  /**
   * Whether a name of unknown gender looks like a person's: one who speaks somewhere, or whose
   * name opens with a first name or reads "Dianne Feinstein" ("Fort Pierce", "Bloomberg Politics" do neither).
   */
  private personLike(p: Person): boolean {
    return this.speaking.has(p) || isFirstName(p.name.split(' ')[0]!) || /^[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][\p{L}’'-]+$/u.test(p.name)
  }

  /** Whether a mention is followed by its own verb of saying ("Trump went on about", "Roe, a lawyer, said"). */
  speaksAt(m: Mention): boolean {
    return SPEAKS_AFTER.test(this.masked.slice(m.end, m.end + 200))
  }

  /** The leftmost person mentioned in [from, to), pronouns resolved. */
  firstPersonIn(from: number, to: number): Mention | null {
    return this.mentionsIn(from, to, true)[0] ?? null
  }
}

/** The titles a known actor's role implies ("U.S. president" → president of the US). */
function titleOfRole(role: string): { title: string; qualifier: string | null }[] {
  const m = TITLE_AT_END_I.exec(role.trim())
  return m ? [{ title: m[2]!.toLowerCase(), qualifier: qualifierOf(m[1]!) }] : []
}

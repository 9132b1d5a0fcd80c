/**
 * A synthetic corpus in exactly the format of `data/` (the `Dataset` of src/data/types.ts),
 * for scale benchmarks: news articles assembled from the templates of
 * ./synthetic-vocabulary.ts, with every quotation recorded as a statement (direct, partial,
 * split around "she said", carried by a conduit such as "told the BBC") or as a non-statement
 * (report titles, nicknames), paraphrases, actors whose roles are stated in the text,
 * positions citing each actor's own statements, and utterances linking the same words
 * reported by two articles. It passes `validateData()` unchanged.
 *
 * Deterministic (seeded PRNG) and pure: no I/O, no clock. Node only (node:crypto).
 *
 * Shape, per article on average: ~5,000 characters, ~22 statements (≈52% direct, ≈31%
 * partial, ≈17% paraphrase), 4–7 speakers; about 2.2 actors per article overall, each with
 * 1–3 positions; ~160 topics for large corpora (16 beats × 10), no topic or actor dominating.
 *
 * @example
 * const data = syntheticCorpus({ articles: 1000, seed: 1 })
 * validateData(data) // passes
 */
import { createHash } from 'node:crypto'
import { slugify, sourceId, statementId } from '../../src/data/ids'
import type { Actor, NonStatement, Position, SourceMeta, Span, Statement, StatementKind, Topic, Utterance } from '../../src/data/schema'
import type { Dataset } from '../../src/data/types'
import * as V from './synthetic-vocabulary'

// ---------------------------------------------------------------------------------------
// Randomness

class Rng {
  private a: number
  constructor(seed: number) {
    this.a = seed >>> 0 || 0x9e3779b9
  }
  /** mulberry32: a uniform float in [0, 1). */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0
    let t = this.a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(n: number): number {
    return Math.floor(this.next() * n)
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from an empty list')
    return xs[this.int(xs.length)]!
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = this.int(i + 1)
      ;[xs[i], xs[j]] = [xs[j]!, xs[i]!]
    }
    return xs
  }
  /** An index drawn with the given weights. */
  weighted(weights: readonly number[]): number {
    let total = 0
    for (const w of weights) total += w
    let r = this.next() * total
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!
      if (r < 0) return i
    }
    return weights.length - 1
  }
}

const cap = (s: string) => (s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1))
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

// ---------------------------------------------------------------------------------------
// Records under construction

interface TopicDef {
  id: string
  name: string
  np: string
  short: string
  plural: boolean
  description: string
  beat: number
  index: number
}

interface Person {
  id: string
  name: string
  /** How later sentences name the speaker: surname, or "the union". */
  short: string
  pronoun: 'she' | 'he' | null
  kind: 'person' | 'organization'
  /** "the ", "a " or "" before the role in running text. */
  roleArticle: string
  role: string | null
  place: string
  beat: number
  uses: number
  stanceSeed: number
  roleEvidence: Span[]
  /** Statement ids by topic, in order. */
  byTopic: Map<string, string[]>
}

interface Draft {
  speaker: Person
  kind: StatementKind
  start: number
  text: string
  attribution: string
  conduit: string | null
  occasion: string | null
  topics: string[]
  continues: Draft | null
  note: string | null
  /** The sentences of a direct quote, for another article to report the same words. */
  core: string[] | null
  reuse: { from: string; exact: boolean } | null
  id: string
}

interface Reusable {
  speaker: Person
  core: string[]
  id: string
  topics: string[]
}

interface ArticleRecord {
  index: number
  day: number
  topic: TopicDef
  secondaries: TopicDef[]
  place: string
  occasion: string
  speakers: Person[]
  reusable: Reusable[]
}

/** The text of one article as it is written, with the offsets of everything recorded in it. */
class Doc {
  private parts: string[] = []
  len = 0
  private atParagraphStart = true
  drafts: Draft[] = []
  nons: { start: number; text: string; reason: string }[] = []
  roles: { actor: Person; start: number; text: string }[] = []

  write(s: string): number {
    const at = this.len
    this.parts.push(s)
    this.len += s.length
    if (s.length > 0) this.atParagraphStart = false
    return at
  }
  paragraph() {
    if (this.len > 0 && !this.atParagraphStart) {
      this.write('\n')
      this.atParagraphStart = true
    }
  }
  /** Starts a sentence: a space unless at the start of a paragraph. */
  sentence() {
    if (!this.atParagraphStart) this.write(' ')
  }
  text(): string {
    return this.parts.join('')
  }
}

// ---------------------------------------------------------------------------------------
// The generator

const NUMBERS = ['120', '300', '450', '800', '1,200', '2,500', '4,000', '6,500', '12,000', '18,000', '25,000', '40,000']
const MONEY = ['£4 million', '£12 million', '£25 million', '£40 million', '£75 million', '£120 million', '£1.2 billion', '£350,000', '£900,000']
const SMALL = ['two', 'three', 'four', 'five', 'six']
const ORDINALS = ['second', 'third', 'fourth']
const POPULATIONS = ['85,000', '140,000', '210,000', '320,000', '480,000', '650,000']
const DAY_MS = 86_400_000
const START = Date.UTC(2024, 0, 1)
const DAYS = 731 // 2024-01-01 … 2025-12-31

export function syntheticCorpus(options: { articles: number; seed?: number }): Dataset {
  const count = Math.max(1, Math.floor(options.articles))
  const seed = options.seed ?? 1
  const rng = new Rng(seed)

  // Topics: 16 beats × 10.
  const topics: TopicDef[] = []
  V.BEATS.forEach((beat, b) => {
    for (const line of beat.topics) {
      const [name, np, description] = line.split('|') as [string, string, string]
      const last = np.split(' ').pop() ?? ''
      topics.push({
        id: slugify(name),
        name,
        np,
        short: np.replace(/^the /, ''),
        plural: /[^su]s$/.test(last) && last !== 'status',
        description,
        beat: b,
        index: topics.length,
      })
    }
  })
  const topicsOfBeat = V.BEATS.map((_, b) => topics.filter((t) => t.beat === b))

  // People: a pool per beat and one of people quoted on any subject; unused ones are dropped.
  const usedIds = new Set<string>()
  const usedRoles = new Set<string>()
  const newPerson = (beat: number, generalRole?: [string, string], place = rng.pick(V.PLACES)): Person => {
    for (;;) {
      const [first, pronoun] = rng.pick(V.FIRST_NAMES)
      const surname = rng.pick(V.SURNAMES)
      const name = `${first} ${surname}`
      const id = slugify(name)
      if (usedIds.has(id)) continue
      usedIds.add(id)
      let roleArticle = ''
      let role: string | null = null
      if (generalRole) {
        roleArticle = generalRole[0]
        role = generalRole[1].replace('{place}', place)
      } else {
        const b = V.BEATS[beat]!
        for (let attempt = 0; attempt < 4 && role === null; attempt++) {
          const r = rng.next()
          let candidate: [string, string]
          if (r < 0.3) candidate = ['', `${place}’s ${rng.pick(b.offices)}`]
          else if (r < 0.68) {
            const post = rng.pick(b.posts)
            candidate = ['the ', `${post} ${post === 'spokesperson' ? 'for' : 'of'} the ${place} ${rng.pick(b.orgs)[0]}`]
          }
          else if (r < 0.8) candidate = ['a ', `professor of ${b.field} at ${place} University`]
          else if (r < 0.95) candidate = ['a ', `member of ${place}’s ${b.committee}`]
          else break
          // Offices and posts have one holder each; professors and members may be many.
          if (candidate[0] === 'a ' || !usedRoles.has(candidate[1])) {
            usedRoles.add(candidate[1])
            ;[roleArticle, role] = candidate
          }
        }
      }
      return {
        id, name, short: surname, pronoun, kind: 'person', roleArticle, role, place, beat,
        uses: 0, stanceSeed: rng.int(0x7fffffff), roleEvidence: [], byTopic: new Map(),
      }
    }
  }
  const newOrganization = (beat: number): Person | null => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const place = rng.pick(V.PLACES)
      const [org, short] = rng.pick(V.BEATS[beat]!.orgs)
      const name = `${place} ${org}`
      const id = slugify(name)
      if (usedIds.has(id)) continue
      usedIds.add(id)
      return {
        id, name, short, pronoun: null, kind: 'organization', roleArticle: '', role: null, place, beat,
        uses: 0, stanceSeed: rng.int(0x7fffffff), roleEvidence: [], byTopic: new Map(),
      }
    }
    return null
  }
  const perBeat = Math.max(10, Math.ceil((count * 2.1) / V.BEATS.length))
  const pools: Person[][] = V.BEATS.map((_, b) => {
    const pool: Person[] = []
    for (let i = 0; i < perBeat; i++) {
      const org = rng.chance(0.06) ? newOrganization(b) : null
      pool.push(org ?? newPerson(b))
    }
    return pool
  })
  const generalRoles = rng.shuffle(V.PLACES.flatMap((place) => V.GENERAL_ROLES.map((r) => ({ place, r }))))
  const general: Person[] = generalRoles
    .slice(0, Math.min(generalRoles.length, Math.max(6, Math.ceil(count * 0.15))))
    .map(({ place, r }) => newPerson(-1, r, place))

  const stance = (a: Person, t: TopicDef): number => {
    const h = ((a.stanceSeed ^ Math.imul(t.index + 1, 0x9e3779b1)) >>> 0) % 10
    return h < 4 ? 0 : h < 7 ? 1 : 2
  }

  /** The least-used of a few random candidates that fit the article. */
  const choose = (pool: Person[], taken: Person[], wantPerson = false): Person | null => {
    const fits = (p: Person) =>
      !taken.includes(p) && !taken.some((t) => t.short === p.short) && (!wantPerson || (p.kind === 'person' && p.role !== null))
    let best: Person | null = null
    for (let i = 0; i < 8; i++) {
      const p = rng.pick(pool)
      if (fits(p) && (best === null || p.uses < best.uses)) best = p
    }
    if (best === null) best = pool.find(fits) ?? null
    return best
  }

  // Slot filling.
  interface Ctx {
    place: string
    weekday: string
    year: number
    committee: string
    topic: TopicDef
    grp: string
    surname: string
  }
  const fill = (template: string, c: Ctx): string =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      switch (key) {
        case 'np': return c.topic.np
        case 'Np': return cap(c.topic.np)
        case 'short': return c.topic.short
        case 'Short': return cap(c.topic.short)
        case 'is': return c.topic.plural ? 'are' : 'is'
        case 'was': return c.topic.plural ? 'were' : 'was'
        case 'has': return c.topic.plural ? 'have' : 'has'
        case 'grp': return c.grp
        case 'place': return c.place
        case 'Place': return c.place
        case 'weekday': return c.weekday
        case 'committee': return c.committee
        case 'Surname': return c.surname
        case 'num': return rng.pick(NUMBERS)
        case 'money': return rng.pick(MONEY)
        case 'pct': return String(12 + rng.int(70))
        case 'month': return rng.pick(V.MONTHS)
        case 'small': return rng.pick(SMALL)
        case 'ordinal': return rng.pick(ORDINALS)
        case 'pop': return rng.pick(POPULATIONS)
        case 'nextYear': return String(c.year + 1)
        case 'lastYear': return String(c.year - 1)
        default: throw new Error(`synthetic corpus: unknown template slot {${key}}`)
      }
    })

  // Results.
  const sources: SourceMeta[] = []
  const texts: Record<string, string> = {}
  const statements: Statement[] = []
  const nonStatements: NonStatement[] = []
  const utterances: Utterance[] = []
  const utteranceOf = new Map<string, Utterance>()
  const hashes = new Set<string>()
  const articles: ArticleRecord[] = []
  const topicOrder = rng.shuffle([...topics])
  const days = Array.from({ length: count }, (_, i) => Math.min(DAYS - 1, Math.floor(((i + rng.next()) * DAYS) / count)))

  for (let i = 0; i < count; i++) {
    // Another outlet's report of an event covered a day or two before: same topic, place and
    // occasion, some of the same speakers, some of the same words.
    let covered: ArticleRecord | null = null
    if (rng.chance(0.2)) {
      const recent = articles.slice(-3).filter((a) => a.reusable.length > 0)
      if (recent.length > 0) covered = rng.pick(recent)
    }
    const day = covered ? Math.min(DAYS - 1, covered.day + rng.int(2)) : days[i]!
    const when = new Date(START + day * DAY_MS)
    const date = when.toISOString().slice(0, 10)
    const weekday = V.WEEKDAYS[when.getUTCDay()]!
    const year = when.getUTCFullYear()

    const topic = covered ? covered.topic : topicOrder[i % topicOrder.length]!
    const beat = V.BEATS[topic.beat]!
    const others = topicsOfBeat[topic.beat]!.filter((t) => t !== topic)
    const secondaries = covered ? covered.secondaries : rng.shuffle([...others]).slice(0, 1 + rng.int(2))
    const place = covered ? covered.place : rng.pick(V.PLACES)
    const ctx: Ctx = { place, weekday, year, committee: beat.committee, topic, grp: rng.pick(beat.groups), surname: '' }
    const occasion = covered ? covered.occasion : fill(rng.pick(V.OCCASIONS), ctx)

    // Speakers and how many statements each makes.
    const speakers: Person[] = []
    const reuseQueue = new Map<Person, Reusable[]>()
    if (covered) {
      const bySpeaker = new Map<Person, Reusable[]>()
      for (const r of covered.reusable) bySpeaker.set(r.speaker, [...(bySpeaker.get(r.speaker) ?? []), r])
      for (const [p, rs] of rng.shuffle([...bySpeaker]).slice(0, 1 + rng.int(2))) {
        speakers.push(p)
        reuseQueue.set(p, rng.shuffle(rs).slice(0, 1 + rng.int(2)))
      }
    }
    const wanted = 4 + rng.int(4)
    if (speakers.length === 0) {
      const lead = choose(pools[topic.beat]!, speakers, true)
      if (lead) speakers.push(lead)
    }
    if (rng.chance(0.6)) {
      const g = choose(general, speakers)
      if (g) speakers.push(g)
    }
    while (speakers.length < wanted) {
      const p = choose(pools[topic.beat]!, speakers)
      if (!p) break
      speakers.push(p)
    }
    for (const p of speakers) p.uses++
    const total = 19 + rng.int(8)
    const budget = new Map<Person, number>()
    const leadBudget = 4 + rng.int(4)
    budget.set(speakers[0]!, leadBudget)
    for (const p of speakers.slice(1)) budget.set(p, 2)
    let rest = total - leadBudget - 2 * (speakers.length - 1)
    while (rest-- > 0) {
      const p = rng.pick(speakers.slice(1).length > 0 ? speakers.slice(1) : speakers)
      budget.set(p, budget.get(p)! + 1)
    }
    for (const [p, rs] of reuseQueue) budget.set(p, Math.max(budget.get(p)!, rs.length + 1))

    // Writing.
    const doc = new Doc()
    const said = new Set<string>()
    /** A template not yet used in this article, when one can be found quickly. */
    const fresh = (pool: readonly string[]): string => {
      let t = rng.pick(pool)
      for (let k = 0; k < 12 && said.has(t); k++) t = rng.pick(pool)
      said.add(t)
      return t
    }
    const verbosity = 0.85 + rng.next() * 1.2
    const introduced = new Set<Person>()
    let last: Person | null = null

    /** A speaker mostly keeps to one subject within an article, so that their words agree with each other. */
    const subjectOf = new Map<Person, TopicDef[]>()
    const statementTopic = (a: Person): TopicDef[] => {
      const kept = subjectOf.get(a)
      if (kept && rng.chance(0.8)) return kept
      const drawn = drawTopic()
      if (!kept) subjectOf.set(a, drawn)
      return drawn
    }
    const drawTopic = (): TopicDef[] => {
      const r = rng.next()
      if (secondaries.length === 0 || r < 0.62) return [topic]
      const s = rng.pick(secondaries)
      return r < 0.9 ? [s] : [topic, s]
    }
    const setTopic = (a: Person, ts: TopicDef[]) => {
      ctx.topic = ts[ts.length - 1]!
      ctx.grp = rng.pick(V.BEATS[ctx.topic.beat]!.groups)
      return stance(a, ctx.topic)
    }
    const quoteCore = (st: number, sentences: number): string[] => {
      const out: string[] = []
      while (out.length < sentences) {
        const t = fresh(out.length > 0 && rng.chance(0.25) ? V.FACT_QUOTES : V.QUOTES[st]!)
        const sentence = fill(t, ctx)
        if (!out.includes(sentence)) out.push(sentence)
      }
      return out
    }
    const sentenceCount = () => [1, 1, 1, 2, 2, 2, 2, 3][rng.int(8)]!
    /** A quote followed by its attribution ends in a comma: “…,” she said. */
    const trailing = (core: string[]) => {
      const s = core.join(' ')
      return s.endsWith('.') ? `${s.slice(0, -1)},` : s
    }
    const record = (
      a: Person, kind: StatementKind, start: number, text: string, attribution: string, ts: TopicDef[],
      extra: Partial<Pick<Draft, 'conduit' | 'continues' | 'core' | 'reuse' | 'note'>> = {},
    ): Draft => {
      const d: Draft = {
        speaker: a, kind, start, text, attribution, conduit: extra.conduit ?? null,
        occasion: a === speakers[0] ? occasion : null, topics: ts.map((t) => t.id), continues: extra.continues ?? null,
        note: extra.note ?? null, core: extra.core ?? null, reuse: extra.reuse ?? null, id: '',
      }
      doc.drafts.push(d)
      return d
    }
    /** Writes “inner” and returns the offset of its first character. */
    const quoted = (inner: string) => {
      const at = doc.write('“') + 1
      doc.write(inner)
      return at
    }
    const conduitText = (c: string) => (c === 'BBC' || c === 'Associated Press' || c === 'Financial Times' ? `the ${c}` : c)
    /** How the article names a speaker already introduced: pronoun just after their own words, else surname. */
    const refOf = (a: Person) => (a.pronoun !== null && last === a ? a.pronoun : a.short)
    const nameWithRole = (a: Person) => (a.role === null ? a.name : `${a.name}, ${a.roleArticle}${a.role}`)
    const introName = (a: Person, atStart: boolean) =>
      a.kind === 'organization' ? `${atStart ? 'The' : 'the'} ${a.name}` : nameWithRole(a)
    const noteRole = (a: Person, start: number, text: string) => {
      if (a.role !== null) doc.roles.push({ actor: a, start, text })
    }

    /** The words a speaker says next: a reused quote when this article covers another's event. */
    const nextCore = (a: Person, st: number, sentences: number): { core: string[]; reuse: Draft['reuse']; topics: TopicDef[] | null } => {
      const queue = reuseQueue.get(a)
      const r = queue?.shift()
      if (r) {
        const exact = r.core.length < 2 || rng.chance(0.6)
        const core = exact ? r.core : r.core.slice(1 + rng.int(r.core.length - 1))
        return { core, reuse: { from: r.id, exact }, topics: r.topics.map((id) => topics.find((t) => t.id === id)!) }
      }
      return { core: quoteCore(st, sentences), reuse: null, topics: null }
    }

    /** First mention of a speaker in the article: name and role, then their words. Returns statements made. */
    const intro = (a: Person, lead: boolean): number => {
      let ts = statementTopic(a)
      const st = setTopic(a, ts)
      doc.sentence()
      if (lead && a.kind === 'person') {
        // Lead paragraph: reported speech at the occasion.
        const verb = rng.pick(V.CLAUSE_VERBS[st]!)
        const clause = fill(rng.pick(V.CLAUSES[st]!), ctx)
        const speaking = `Speaking at ${occasion}, `
        const who = nameWithRole(a)
        const attribution = `${who}${a.role === null ? '' : ','} ${verb}`
        const sentence = `${speaking}${attribution}${rng.chance(0.5) ? ' that' : ''} ${clause}.`
        const start = doc.write(sentence)
        noteRole(a, start + speaking.length, who)
        record(a, 'paraphrase', start, sentence, attribution, ts)
        return 1
      }
      const reusing = (reuseQueue.get(a)?.length ?? 0) > 0
      const form = reusing ? rng.pick([1, 2, 4]) : rng.weighted([0.08, 0.35, 0.15, 0.2, 0.22])
      if (form === 0 || (form === 3 && a.kind === 'organization')) {
        const verb = rng.pick(V.CLAUSE_VERBS[st]!)
        const clause = fill(rng.pick(V.CLAUSES[st]!), ctx)
        const org = a.kind === 'organization'
        const who = org ? introName(a, false) : nameWithRole(a)
        const attribution = `${who}${a.role === null ? '' : ','} ${verb}`
        const opening = org ? 'In a statement, ' : ''
        const sentence = `${opening}${attribution} that ${clause}.`
        const start = doc.write(sentence)
        noteRole(a, start, who)
        record(a, 'paraphrase', start, sentence, attribution, ts)
        return 1
      }
      if (form === 3) {
        // Partial quote inside the writer's sentence.
        const frag = fill(rng.pick(V.FRAGMENTS[st]!), ctx)
        const who = nameWithRole(a)
        const attribution = a.role === null ? `${who} described` : `${who}, described`
        const start = doc.write(`${attribution} ${ctx.topic.np} as `)
        noteRole(a, start, who)
        const q = quoted(`${frag}.`)
        doc.write('”')
        record(a, 'partial', q, `${frag}.`, attribution, ts)
        return 1
      }
      const next = nextCore(a, st, sentenceCount())
      if (next.topics) {
        ts = next.topics
        setTopic(a, ts)
      }
      const { core, reuse } = next
      if (form === 1) {
        // “…,” said Jane Roe, Northfield’s housing minister.
        const text = trailing(core)
        const q = quoted(text)
        doc.write('” ')
        const attribution = a.kind === 'organization' ? `${introName(a, false)} said in a statement` : `said ${a.name}`
        if (a.kind === 'organization') {
          doc.write(`${attribution}.`)
        } else {
          const at = doc.write('said ') + 5
          doc.write(`${nameWithRole(a)}.`)
          noteRole(a, at, nameWithRole(a))
        }
        record(a, 'direct', q, text, attribution, ts, { core, reuse })
        return 1
      }
      if (form === 2 && a.kind === 'person') {
        // Jane Roe, Northfield’s housing minister, told the BBC: “…”
        const c = rng.pick(V.CONDUITS)
        const who = nameWithRole(a)
        const attribution = `told ${conduitText(c)}`
        const start = doc.write(`${who}${a.role === null ? '' : ','} ${attribution}: `)
        noteRole(a, start, who)
        const text = core.join(' ')
        const q = quoted(text)
        doc.write('”')
        record(a, 'direct', q, text, attribution, ts, { conduit: c, core, reuse })
        return 1
      }
      // Role first: Northfield’s housing minister, Jane Roe, said: “…”
      let attribution: string
      if (a.kind === 'organization' || a.role === null) {
        attribution = `${introName(a, true)} said`
        doc.write(`${attribution}: `)
      } else {
        const who = `${cap(a.roleArticle + a.role)}, ${a.name}`
        attribution = `${who}, said`
        const start = doc.write(`${attribution}: `)
        noteRole(a, start, who)
      }
      const text = core.join(' ')
      const q = quoted(text)
      doc.write('”')
      record(a, 'direct', q, text, attribution, ts, { core, reuse })
      return 1
    }

    /** A later statement by a speaker already introduced. Returns statements made. */
    let lastForm = -1
    const followUp = (a: Person, budgetLeft: number, proseOnly = false): number => {
      let ts = statementTopic(a)
      const st = setTopic(a, ts)
      const R = refOf(a)
      const Rc = cap(R)
      doc.sentence()
      const reusing = (reuseQueue.get(a)?.length ?? 0) > 0
      // 0 “…,” she said · 1 split · 2 She added: “…” · 3 told the BBC · 4 in an interview with · 5 quoted by
      // 6 described as “…” · 7 said the plan was “…,” adding · 8 called it “…” · 9 told X that it was “…”
      // 10 also said that · 11 According to · 12 argued that
      // The same construction twice running reads as a machine; a quote right after a quote in one
      // paragraph too, so the second statement of a paragraph is the writer's sentence.
      const weights = [0.22, budgetLeft >= 2 ? 0.1 : 0, 0.08, 0.06, 0.04, 0.04, 0.08, 0.07, 0.05, 0.04, 0.04, 0.02, 0.03].map((w, f) =>
        f === lastForm || (proseOnly && f <= 5) ? 0 : w,
      )
      const form = reusing && !proseOnly ? rng.pick([0, 2, 3, 4, 5].filter((f) => f !== lastForm)) : rng.weighted(weights)
      lastForm = form
      if (form <= 5) {
        const next = nextCore(a, st, form === 1 ? 2 + rng.int(2) : sentenceCount())
        if (next.topics) {
          ts = next.topics
          setTopic(a, ts)
        }
        const { core, reuse } = next
        if (form === 1) {
          const cut = 1 + rng.int(core.length - 1)
          const first = trailing(core.slice(0, cut))
          const second = core.slice(cut).join(' ')
          const q1 = quoted(first)
          const attribution = `${R} said`
          doc.write(`” ${attribution}. `)
          const d1 = record(a, 'direct', q1, first, attribution, ts, { core: core.slice(0, cut) })
          const q2 = quoted(second)
          doc.write('”')
          record(a, 'direct', q2, second, attribution, ts, { continues: d1 })
          return 2
        }
        if (form === 2) {
          const verb = rng.pick(['added', 'said', 'continued', 'went on'])
          const attribution = `${Rc} ${verb}`
          doc.write(`${attribution}: `)
          const text = core.join(' ')
          const q = quoted(text)
          doc.write('”')
          record(a, 'direct', q, text, attribution, ts, { core, reuse })
          return 1
        }
        const text = trailing(core)
        const c = form === 0 ? null : rng.pick(V.CONDUITS)
        let attribution: string
        if (form === 0) attribution = `${R} ${rng.pick(['said', 'said', 'said', 'added', 'told reporters', 'told the meeting'])}`
        else if (form === 3) attribution = `${R} told ${conduitText(c!)}`
        else if (form === 4) attribution = `said in an interview with ${conduitText(c!)}`
        else attribution = `${R} was quoted by ${conduitText(c!)} as saying`
        const q = quoted(text)
        doc.write(form === 4 ? `” ${R} ${attribution}.` : `” ${attribution}.`)
        record(a, 'direct', q, text, attribution, ts, { conduit: c, core, reuse })
        return 1
      }
      if (form <= 9) {
        const frag = fill(rng.pick(V.FRAGMENTS[st]!), ctx)
        const note = 'Quoted inside the writer’s sentence.'
        if (form === 6) {
          const attribution = `${Rc} described`
          doc.write(`${attribution} ${ctx.topic.np} as `)
          const q = quoted(`${frag}.`)
          doc.write('”')
          record(a, 'partial', q, `${frag}.`, attribution, ts, { note })
        } else if (form === 7) {
          const attribution = `${Rc} said`
          doc.write(`${attribution} ${ctx.topic.np} ${ctx.topic.plural ? 'were' : 'was'} `)
          const q = quoted(`${frag},`)
          const clause = fill(rng.pick(V.CLAUSES[st]!), ctx)
          doc.write(`” adding that ${clause}.`)
          record(a, 'partial', q, `${frag},`, attribution, ts, { note })
        } else if (form === 8) {
          const attribution = `${Rc} called`
          doc.write(`${attribution} ${ctx.topic.np} `)
          const q = quoted(frag)
          doc.write(`” and said the debate was ${rng.pick(['far from over', 'only beginning', 'not settled'])}.`)
          record(a, 'partial', q, frag, attribution, ts, { note })
        } else {
          const c = rng.pick(V.CONDUITS)
          const attribution = `${Rc} told ${conduitText(c)}`
          doc.write(`${attribution} that ${ctx.topic.np} ${ctx.topic.plural ? 'were' : 'was'} `)
          const q = quoted(`${frag}.`)
          doc.write('”')
          record(a, 'partial', q, `${frag}.`, attribution, ts, { conduit: c, note })
        }
        return 1
      }
      const clause = fill(rng.pick(V.CLAUSES[st]!), ctx)
      const verb = rng.pick(V.CLAUSE_VERBS[st]!)
      const attribution = form === 10 ? `${Rc} also ${verb}` : form === 11 ? `According to ${a.short}` : `${Rc} ${verb}`
      const sentence = form === 11 ? `${attribution}, ${clause}.` : `${attribution} that ${clause}.`
      const start = doc.write(sentence)
      record(a, 'paraphrase', start, sentence, attribution, ts)
      return 1
    }

    const filler = (base: number, allowReport: boolean) => {
      const sentences = Math.max(1, Math.round(base * verbosity))
      doc.paragraph()
      ctx.topic = topic
      ctx.grp = rng.pick(beat.groups)
      let run = 0
      for (let s = 0; s < sentences; s++) {
        // Paragraphs of two or three sentences.
        if (run >= 2 && rng.chance(run === 2 ? 0.5 : 1)) {
          doc.paragraph()
          run = 0
        }
        run++
        doc.sentence()
        if (allowReport && s === sentences - 1 && rng.chance(0.45)) {
          const [template, reason] = rng.pick(V.REPORT_SENTENCES)
          const inner = fill(rng.pick(template.includes('{title}') ? V.REPORT_TITLES : V.NICKNAMES), ctx)
          const sentence = fill(template.replace(/\{(title|nick)\}/, inner), ctx)
          const at = doc.write(sentence) + sentence.indexOf('“') + 1
          doc.nons.push({ start: at, text: inner, reason })
        } else doc.write(fill(fresh(V.FILLER), ctx))
      }
    }

    /** A speaker's block: statements in paragraphs of one or two. */
    const block = (a: Person, spend: number, withIntro: boolean, lead = false) => {
      let left = spend
      doc.paragraph()
      if (withIntro && !introduced.has(a)) {
        left -= intro(a, lead)
        introduced.add(a)
        last = a
        if (a.kind === 'person' && rng.chance(0.3 * verbosity)) {
          doc.sentence()
          ctx.surname = a.short
          doc.write(fill(fresh(V.ABOUT_SPEAKER), ctx))
          last = null
        }
        if (rng.chance(0.3) && left > 0) {
          left -= followUp(a, left, true)
        }
      }
      while (left > 0) {
        doc.paragraph()
        left -= followUp(a, left)
        last = a
        if (left > 0 && rng.chance(0.25)) left -= followUp(a, left, true)
      }
      last = a
    }

    const lead = speakers[0]!
    const leadNow = Math.max(1, Math.ceil(budget.get(lead)! * 0.6))
    block(lead, leadNow, true, true)
    filler(3 + rng.int(3), true)
    for (const p of speakers.slice(1)) {
      const r = rng.next()
      if (r < 0.15) {
        doc.paragraph()
        doc.write(fresh(V.SUBHEADINGS))
        filler(1 + rng.int(2), false)
      } else if (r < 0.85) filler(2 + rng.int(3), rng.chance(0.3))
      last = null
      block(p, budget.get(p)!, true)
    }
    const leadRest = budget.get(lead)! - leadNow
    if (leadRest > 0) {
      if (rng.chance(0.7)) filler(1 + rng.int(3), false)
      last = null
      block(lead, leadRest, false)
    }
    filler(2 + rng.int(3), false)

    // Identity: the SHA-256 of the text; on the rare clash of its first 8 hex digits, one more sentence.
    let text = doc.text()
    let hash = sha256(text)
    while (hashes.has(hash.slice(0, 8))) {
      doc.sentence()
      doc.write(fill(rng.pick(V.FILLER), ctx))
      text = doc.text()
      hash = sha256(text)
    }
    hashes.add(hash.slice(0, 8))
    const id = sourceId(date, hash)

    // Statements numbered in order of offset, quotes (q) and paraphrases (p) apart.
    doc.drafts.sort((x, y) => x.start - y.start)
    let nq = 0
    let np = 0
    for (const d of doc.drafts) d.id = statementId(id, d.kind, d.kind === 'paraphrase' ? ++np : ++nq)
    const reusable: Reusable[] = []
    for (const d of doc.drafts) {
      statements.push({
        id: d.id, speaker: d.speaker.id, kind: d.kind, text: d.text, source: id, start: d.start,
        attribution: d.attribution, conduit: d.conduit, occasion: d.occasion, topics: d.topics,
        continues: d.continues ? d.continues.id : null, note: d.note,
      })
      for (const t of d.topics) {
        const list = d.speaker.byTopic.get(t)
        if (list) list.push(d.id)
        else d.speaker.byTopic.set(t, [d.id])
      }
      if (d.kind === 'direct' && d.core && d.speaker.kind === 'person') reusable.push({ speaker: d.speaker, core: d.core, id: d.id, topics: d.topics })
      if (d.reuse) {
        const existing = utteranceOf.get(d.reuse.from)
        if (existing) existing.statements.push(d.id)
        else {
          const u: Utterance = {
            id: `${d.speaker.id}-${d.reuse.from}`,
            statements: [d.reuse.from, d.id],
            confidence: d.reuse.exact ? 'certain' : 'likely',
            note: d.reuse.exact
              ? `${d.speaker.name}’s words at ${occasion}, reported in the same words by two articles.`
              : `${d.speaker.name}’s words at ${occasion}; the later article quotes only the end of them.`,
          }
          utterances.push(u)
          utteranceOf.set(d.reuse.from, u)
        }
        utteranceOf.set(d.id, utteranceOf.get(d.reuse.from)!)
      }
    }
    for (const n of doc.nons) nonStatements.push({ source: id, start: n.start, text: n.text, reason: n.reason })
    for (const r of doc.roles) if (r.actor.roleEvidence.length < 3) r.actor.roleEvidence.push({ source: id, start: r.start, text: r.text })

    // The source record.
    const withPublisher = rng.chance(0.95)
    ctx.topic = topic
    ctx.surname = lead.short
    const title = withPublisher ? fill(rng.pick(V.HEADLINES), ctx) : null
    const publisher = withPublisher ? rng.pick(V.PUBLISHERS) : null
    const host = publisher ? `${slugify(publisher).replace(/^the-/, '').replace(/-/g, '')}.example` : null
    sources.push({
      id,
      title,
      publisher,
      url: host && title ? `https://${host}/${date.replace(/-/g, '/')}/${slugify(title)}` : null,
      date,
      dateBasis: 'Publication date assigned by the synthetic corpus generator (scripts/lib/synthetic-corpus.ts).',
      language: 'en',
      origin: `synthetic:seed-${seed}/article-${String(i + 1).padStart(4, '0')}`,
      sha256: hash,
    })
    texts[id] = text
    articles.push({ index: i, day, topic, secondaries, place, occasion, speakers, reusable })
  }

  // Actors: those who spoke, with 1–3 positions each, spread over the topics.
  const everyone = [...general, ...pools.flat()].filter((p) => p.byTopic.size > 0)
  const load = new Map<string, number>()
  const positions: Position[] = []
  for (const a of rng.shuffle([...everyone])) {
    const want = Math.min(a.byTopic.size, [1, 1, 2, 2, 3][rng.int(5)]!)
    const candidates = [...a.byTopic.entries()].sort(
      (x, y) => (load.get(x[0]) ?? 0) - (load.get(y[0]) ?? 0) || y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1),
    )
    for (const [topicId, evidence] of candidates.slice(0, want)) {
      const t = topics.find((x) => x.id === topicId)!
      const c: Ctx = { place: a.place, weekday: '', year: 2025, committee: '', topic: t, grp: rng.pick(V.BEATS[t.beat]!.groups), surname: '' }
      positions.push({ actor: a.id, topic: topicId, summary: fill(rng.pick(V.SUMMARIES[stance(a, t)]!), c), evidence })
      load.set(topicId, (load.get(topicId) ?? 0) + 1)
    }
  }
  const actors: Actor[] = everyone
    .sort((x, y) => (x.id < y.id ? -1 : 1))
    .map((a) => ({
      id: a.id,
      name: a.name,
      role: a.roleEvidence.length > 0 ? a.role : null,
      roleEvidence: a.roleEvidence,
      names: a.kind === 'person' ? [a.name, a.short] : [a.name],
      kind: a.kind,
    }))

  const usedTopics = new Set(statements.flatMap((s) => s.topics))
  const topicRecords: Topic[] = topics.filter((t) => usedTopics.has(t.id)).map((t) => ({ id: t.id, name: t.name, description: t.description }))

  return { sources, texts, actors, statements, topics: topicRecords, positions, utterances, nonStatements }
}

/** Counts of a corpus, for tests and reports. */
export function corpusStats(data: Dataset) {
  const kinds = { direct: 0, partial: 0, paraphrase: 0 }
  for (const s of data.statements) kinds[s.kind]++
  const lengths = Object.values(data.texts).map((t) => t.length)
  const perTopic = new Map<string, number>()
  for (const p of data.positions) perTopic.set(p.topic, (perTopic.get(p.topic) ?? 0) + 1)
  const perActor = new Map<string, number>()
  for (const s of data.statements) perActor.set(s.speaker, (perActor.get(s.speaker) ?? 0) + 1)
  const positionsPerActor = new Map<string, number>()
  for (const p of data.positions) positionsPerActor.set(p.actor, (positionsPerActor.get(p.actor) ?? 0) + 1)
  const dates = data.sources.map((s) => s.date ?? '').sort()
  return {
    articles: data.sources.length,
    statements: data.statements.length,
    kinds,
    continued: data.statements.filter((s) => s.continues !== null).length,
    withConduit: data.statements.filter((s) => s.conduit !== null).length,
    nonStatements: data.nonStatements.length,
    actors: data.actors.length,
    organizations: data.actors.filter((a) => a.kind === 'organization').length,
    actorsWithRole: data.actors.filter((a) => a.role !== null).length,
    topics: data.topics.length,
    positions: data.positions.length,
    utterances: data.utterances.length,
    textChars: lengths.reduce((x, y) => x + y, 0),
    minArticleChars: Math.min(...lengths),
    maxArticleChars: Math.max(...lengths),
    maxPositionsPerTopic: Math.max(0, ...perTopic.values()),
    maxStatementsPerActor: Math.max(0, ...perActor.values()),
    positionsPerActor: { min: Math.min(...positionsPerActor.values()), max: Math.max(...positionsPerActor.values()) },
    actorsWithoutPosition: data.actors.filter((a) => !positionsPerActor.has(a.id)).length,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
  }
}

/**
 * Topic assignment by keyword rules. A topic without a rule here is matched by its own
 * name, so a topic added to data/topics.json works without a code change.
 */
import type { Topic } from '../data/schema'

/** The fallback topic ingest adds when no rule matches (only if topics.json lacks it). */
export const FALLBACK_TOPIC: Topic = {
  id: 'other',
  name: 'Other',
  description: 'Statements no topic rule placed; to be reviewed and moved to a topic.',
}

const RULES: Record<string, RegExp> = {
  'security-guarantees': /\bsecurity guarantees?\b|\bbackstop\b|\bguarantee|\bautomatic security\b|messing around with our people/i,
  'nato-membership': /\bNATO\b/,
  'minerals-deal': /\bminerals?\b|\brare earths?\b|\bgreat deal\b|\bon the land\b|\bautomatic security\b/i,
  'peace-deal': /\bceasefire\b|\bpeace\b|\bdeal with Russia\b|\bconcessions?\b|\bnegotiat|\bkilling people\b|\bvery successfully\b|\bhe will\b.*\bgonna have to\b|\bregroup\b/i,
  'eu-us-relations': /\bEU\b|\bEuropean Union\b|\btariffs?\b|\bBrussels\b|\bdestroy(?:ing)? Europe\b|\bscrew the U\.?S/i,
  'support-for-ukraine': /\bbattlefield\b|\bsupport(?:ed|ing)? (?:for )?Ukraine\b/i,
}

/**
 * Topic ids for a statement, judged on its words and the sentence around it.
 * @example topicsFor('NATO, you can forget about,', '', topics) // ['nato-membership']
 */
export function topicsFor(words: string, context: string, topics: readonly Topic[]): string[] {
  const own = topics.filter((t) => ruleOf(t).test(words)).map((t) => t.id)
  if (own.length > 0) return own
  return topics.filter((t) => ruleOf(t).test(context)).map((t) => t.id)
}

function ruleOf(t: Topic): RegExp {
  const rule = RULES[t.id]
  if (rule) return rule
  if (t.id === FALLBACK_TOPIC.id) return /(?!)/
  return new RegExp(`\\b${t.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i')
}

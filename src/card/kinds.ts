/**
 * The registry of card kinds: one entry per kind, with the table its records live in. Everything
 * that lists or switches on kinds (the URL scheme, the read layer, the renderer CLI) reads it here.
 */
export const CARD_KINDS = ['actor', 'quote', 'topic'] as const
export type CardKind = (typeof CARD_KINDS)[number]

/** The D1 table of each kind's records. */
export const KIND_TABLE: Record<CardKind, 'actors' | 'statements' | 'topics'> = { actor: 'actors', quote: 'statements', topic: 'topics' }

/** The shapes the data module passes around. */
import type { Actor, NonStatement, Position, SourceMeta, Statement, Topic, Utterance } from './schema'

/** Records as read from `data/` before validation. */
export interface RawData {
  sources: unknown
  texts: Record<string, string>
  actors: unknown
  statements: unknown
  topics: unknown
  positions: unknown
  utterances: unknown
  /** Quoted spans that are not statements (data/non-statements.json). */
  nonStatements: unknown
}

/** Validated records. */
export interface Dataset {
  sources: SourceMeta[]
  texts: Record<string, string>
  actors: Actor[]
  statements: Statement[]
  topics: Topic[]
  positions: Position[]
  utterances: Utterance[]
  nonStatements: NonStatement[]
  /** Published corrections of statements, by statement id, oldest first (the D1 store's; data/ has none). */
  corrections?: Record<string, Correction[]>
}

/** A correction of a published statement: when, and what changed and why. */
export interface Correction {
  date: string
  note: string
}

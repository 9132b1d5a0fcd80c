/**
 * The one id scheme of onrecord's records. Every writer of ids (the ingest CLI, the
 * extractor, tests) calls these functions; nothing else builds an id by hand.
 *
 * - source:    `${date ?? 'undated'}-${sha256(utf8 text).slice(0, 8)}`
 * - statement: `${sha8}-q${NN}` for direct and partial quotes (numbered in order of offset),
 *              `${sha8}-p${NN}` for paraphrases.
 */
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { StatementKind } from './schema'

/**
 * Hex SHA-256 of the UTF-8 bytes of `text`, synchronous (the data check is synchronous and runs
 * in Node and in workerd alike).
 * @example textSha256('') // 'e3b0c442…b855'
 */
export function textSha256(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)))
}

/**
 * Id of a source from its date and the SHA-256 of its text.
 * @example sourceId('2025-02-26', 'ca7c55e2e575…') // '2025-02-26-ca7c55e2'
 */
export function sourceId(date: string | null, sha256: string): string {
  return `${date ?? 'undated'}-${sha256.slice(0, 8)}`
}

/**
 * The short hash that prefixes a source's statement ids: the last segment of its id.
 * @example sourceHash('2025-02-26-ca7c55e2') // 'ca7c55e2'
 */
export function sourceHash(sourceIdValue: string): string {
  const hash = sourceIdValue.slice(sourceIdValue.lastIndexOf('-') + 1)
  if (!/^[0-9a-f]{8}$/.test(hash)) throw new Error(`Source id "${sourceIdValue}" does not end with an 8-digit hex hash`)
  return hash
}

/**
 * Id of the `n`-th (1-based) statement of a kind in a source.
 * @example statementId('2025-02-26-ca7c55e2', 'direct', 3) // 'ca7c55e2-q03'
 */
export function statementId(sourceIdValue: string, kind: StatementKind, n: number): string {
  const letter = kind === 'paraphrase' ? 'p' : 'q'
  return `${sourceHash(sourceIdValue)}-${letter}${String(n).padStart(2, '0')}`
}

/** Parses a statement id back into its parts, or returns null when it does not follow the scheme. */
export function parseStatementId(id: string): { hash: string; letter: 'q' | 'p'; n: number } | null {
  const m = /^([0-9a-f]{8})-([qp])(\d{2,})$/.exec(id)
  if (!m || !m[1] || !m[2] || !m[3]) return null
  return { hash: m[1], letter: m[2] as 'q' | 'p', n: Number(m[3]) }
}

/**
 * A readable slug for a name, as actor ids use.
 * @example slugify('Volodymyr Zelenskyy') // 'volodymyr-zelenskyy'
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

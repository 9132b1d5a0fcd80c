/**
 * The audit log: one row per change made through the desk — when, who, what, and the record
 * before and after — written in the same batch as the change itself, so a change without its
 * row (or a row without its change) cannot exist.
 */

export interface AuditEntry {
  id: number
  at: string
  who: string
  action: string
  target: string
  before: unknown
  after: unknown
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v))

/**
 * The row of a change. `onlyIf` (SQL and its parameters) makes it conditional, for changes that
 * are themselves conditional (an `If-Match` update): both run with the same condition in one transaction.
 * @example auditRow(db, { at, who: 'token:desk', action: 'review', target: 'statement ca7c55e2-q90', before, after })
 */
export function auditRow(db: D1Database, e: Omit<AuditEntry, 'id'>, onlyIf?: [string, unknown[]]): D1PreparedStatement {
  const values = [e.at, e.who, e.action, e.target, json(e.before), json(e.after)]
  if (!onlyIf) return db.prepare('INSERT INTO audit (at, who, action, target, before, after) VALUES (?, ?, ?, ?, ?, ?)').bind(...values)
  return db.prepare(`INSERT INTO audit (at, who, action, target, before, after) SELECT ?, ?, ?, ?, ?, ? WHERE ${onlyIf[0]}`).bind(...values, ...onlyIf[1])
}

/** Changes at or after `since` (an ISO date or time), oldest first, a page at a time. */
export async function readAudit(db: D1Database, { since, after = 0, limit = 100 }: { since?: string | undefined; after?: number | undefined; limit?: number }): Promise<{ entries: AuditEntry[]; next: number | null }> {
  const rows = await db
    .prepare('SELECT * FROM audit WHERE at >= ? AND id > ? ORDER BY id LIMIT ?')
    .bind(since ?? '', after, limit + 1)
    .all<{ id: number; at: string; who: string; action: string; target: string; before: string | null; after: string | null }>()
  const entries = rows.results.slice(0, limit).map((r) => ({
    id: r.id, at: r.at, who: r.who, action: r.action, target: r.target,
    before: r.before === null ? null : (JSON.parse(r.before) as unknown),
    after: r.after === null ? null : (JSON.parse(r.after) as unknown),
  }))
  return { entries, next: rows.results.length > limit ? (entries.at(-1)?.id ?? null) : null }
}

/** Now, as the log and corrections write it. */
export const now = () => new Date().toISOString()
export const today = () => now().slice(0, 10)

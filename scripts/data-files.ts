/**
 * Node-side reading and writing of `data/` for the CLIs. Writes are all-or-nothing: every
 * changed file goes to a temporary file first, and only when all are written are they
 * renamed into place. A file whose records did not change is not touched, and records
 * appended to a file keep the file's own layout (pretty or one record per line).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderTextManifest } from '../src/data/manifest'
import type { Records } from '../src/extract/ingest'
import { DATA_FILES, readRawData } from './lib/data-files'

type JsonFile = (typeof DATA_FILES)[number]
/** The Records field each file holds. */
const FIELD: Record<JsonFile, Exclude<keyof Records, 'texts'>> = {
  sources: 'sources', actors: 'actors', statements: 'statements', topics: 'topics', positions: 'positions',
  utterances: 'utterances', 'non-statements': 'nonStatements',
}

export interface Loaded {
  records: Records
  /** The files' text as read, to keep their layout when appending. */
  raw: Record<JsonFile, string>
}

/** Reads every record file and every stored text of a data directory. */
export function readData(dir: string): Loaded {
  const raw = {} as Record<JsonFile, string>
  for (const f of DATA_FILES) raw[f] = readFileSync(join(dir, `${f}.json`), 'utf8')
  // Records are read by the shared reader; ingest trusts their shape because the validator checks the result.
  return { records: readRawData(dir) as unknown as Records, raw }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function oneLine(record: object): string {
  return `{ ${Object.entries(record).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`
}

/** The file's next text: unchanged records keep their bytes, appended ones follow the file's layout. */
export function serialize(fileText: string, before: readonly object[], after: readonly object[]): string {
  const appendOnly = before.length > 0 && after.length >= before.length && before.every((r, i) => same(r, after[i]))
  if (!appendOnly) return `${JSON.stringify(after, null, 2)}\n`
  const extra = after.slice(before.length)
  if (extra.length === 0) return fileText
  const close = fileText.lastIndexOf(']')
  const head = fileText.slice(0, close).trimEnd()
  const pretty = /\n {4}"/.test(fileText)
  const items = extra.map((r) => (pretty ? JSON.stringify(r, null, 2).replace(/^/gm, '  ') : `  ${oneLine(r)}`))
  return `${head},\n${items.join(',\n')}\n${fileText.slice(close)}`
}

export interface Change {
  path: string
  content: string
}

/** The files that would change to store `next` (texts are only ever added, never rewritten). */
export function plannedChanges(dir: string, loaded: Loaded, next: Records): Change[] {
  const changes: Change[] = []
  for (const f of DATA_FILES) {
    const before = loaded.records[FIELD[f]] as unknown as object[]
    const after = next[FIELD[f]] as unknown as object[]
    const content = serialize(loaded.raw[f], before, after)
    if (content !== loaded.raw[f]) changes.push({ path: join(dir, `${f}.json`), content })
  }
  for (const [id, text] of Object.entries(next.texts)) {
    if (loaded.records.texts[id] === text) continue
    if (loaded.records.texts[id] !== undefined) throw new Error(`data/sources/${id}.txt exists with other content; a stored text is never rewritten`)
    changes.push({ path: join(dir, 'sources', `${id}.txt`), content: text })
  }
  const manifestPath = join(dir, 'sources', 'index.ts')
  const manifest = renderTextManifest(Object.keys(next.texts))
  if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifest) changes.push({ path: manifestPath, content: manifest })
  return changes
}

/** Writes all changes, or none: temporary files first, then renames. */
export function applyChanges(changes: readonly Change[]): void {
  const temps = changes.map((c, i) => {
    const tmp = `${c.path}.tmp-${process.pid}-${i}`
    writeFileSync(tmp, c.content)
    return tmp
  })
  changes.forEach((c, i) => renameSync(temps[i]!, c.path))
}

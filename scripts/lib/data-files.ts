/**
 * Reads and writes the data folder (Node only): `data/*.json` and `data/sources/<id>.txt`, the
 * reviewable files of the seed corpus. One format: every JSON file is the records as
 * `JSON.stringify(records, null, 2)` plus a newline; texts are stored byte for byte. `db:export`
 * writes it, `db:seed` and `check:data` read it, so export after seed gives back the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Dataset, RawData } from '../../src/data/types'

export const DATA_FILES = ['sources', 'actors', 'statements', 'topics', 'positions', 'utterances', 'non-statements'] as const
type DataFile = (typeof DATA_FILES)[number]
const FIELD: Record<DataFile, Exclude<keyof Dataset, 'texts'>> = {
  sources: 'sources', actors: 'actors', statements: 'statements', topics: 'topics', positions: 'positions',
  utterances: 'utterances', 'non-statements': 'nonStatements',
}

function readJson(dir: string, name: string): unknown {
  const path = join(dir, `${name}.json`)
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error })
  }
}

/** Every record and source text under `dir` (default: data/). */
export function readRawData(dir = 'data'): RawData {
  const texts: Record<string, string> = {}
  for (const file of readdirSync(join(dir, 'sources')).sort()) {
    if (file.endsWith('.txt')) texts[file.slice(0, -4)] = readFileSync(join(dir, 'sources', file), 'utf8')
  }
  return {
    sources: readJson(dir, 'sources'),
    texts,
    actors: readJson(dir, 'actors'),
    statements: readJson(dir, 'statements'),
    topics: readJson(dir, 'topics'),
    positions: readJson(dir, 'positions'),
    utterances: readJson(dir, 'utterances'),
    nonStatements: readJson(dir, 'non-statements'),
  }
}

/** The files of a dataset: path (relative to the data folder) → content. */
export function dataFiles(data: Dataset): Map<string, string> {
  const files = new Map<string, string>()
  for (const f of DATA_FILES) files.set(`${f}.json`, `${JSON.stringify(data[FIELD[f]], null, 2)}\n`)
  for (const [id, text] of Object.entries(data.texts)) files.set(join('sources', `${id}.txt`), text)
  return files
}

/**
 * Writes a dataset as a data folder, all or nothing: into a fresh folder beside it, then swapped in.
 * @example writeData('data', await readAll(env.DB))
 */
export function writeData(dir: string, data: Dataset): void {
  const next = `${dir}.next-${process.pid}`
  rmSync(next, { recursive: true, force: true })
  mkdirSync(join(next, 'sources'), { recursive: true })
  for (const [path, content] of dataFiles(data)) writeFileSync(join(next, path), content)
  const old = `${dir}.old-${process.pid}`
  try {
    renameSync(dir, old)
  } catch {
    // no folder there yet
  }
  renameSync(next, dir)
  rmSync(old, { recursive: true, force: true })
}

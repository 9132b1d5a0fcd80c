/**
 * Reads the data folder from disk (Node only) into the RawData the shared validator takes.
 * Scripts use this; the Worker gets the same files bundled (src/data/bundle.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RawData } from '../../src/data/types'

export const DATA_FILES = ['sources', 'actors', 'statements', 'topics', 'positions', 'utterances', 'non-statements'] as const

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

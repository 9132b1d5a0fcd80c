/**
 * `npm run data:index [-- --data DIR]`: regenerates `data/sources/index.ts`, the module that
 * imports every stored source text (data/sources/*.txt) for the Worker.
 */
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { renderTextManifest } from '../src/data/manifest'

const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' } } })
const dir = values.data!
const ids = readdirSync(join(dir, 'sources')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4))
const path = join(dir, 'sources', 'index.ts')
writeFileSync(path, renderTextManifest(ids))
console.log(`Wrote ${path} (${ids.length} source text${ids.length === 1 ? '' : 's'})`)

/**
 * `npm run cards:render -- [--remote] [--persist-to DIR] [--all-sizes] [--kind actor|quote|topic] [--id ID]`
 *
 * Renders cards in Node, with the Worker's own renderer, and stores them in R2 — the way to run a
 * deployment that never renders in the Worker (the Workers free plan allows 10 ms of CPU per
 * request, less than one render: set RENDER_ON_REQUEST = "false" and run this after each change).
 * By default every card's og size in both themes; --all-sizes adds square and story. A card whose
 * content-addressed key is already in R2 is skipped, so a second run renders nothing.
 */
import { parseArgs } from 'node:util'
import { CARD_KINDS, KIND_TABLE, type CardKind } from '../src/card/kinds'
import { SIZE_NAMES, THEMES } from '../src/card/params'
import { dataVersion } from '../src/db/write'
import { cardModel } from '../src/read/corpus'
import { migrate, openPlatform, platformArgs } from './lib/platform'
import { register } from 'node:module'

register('./lib/worker-modules.mjs', import.meta.url)

const { values } = parseArgs({
  options: {
    remote: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
    'all-sizes': { type: 'boolean', default: false },
    kind: { type: 'string' },
    id: { type: 'string' },
  },
})
if (values.kind !== undefined && !(CARD_KINDS as readonly string[]).includes(values.kind)) {
  console.error(`--kind is ${JSON.stringify(values.kind)}; allowed values: ${CARD_KINDS.join(', ')}.`)
  process.exit(2)
}
const { ensureCard } = await import('../src/storage/cards')
const options = platformArgs(values)
migrate(options)
const platform = await openPlatform(options)
const { DB: db, CARDS: bucket } = platform.env
try {
  const version = await dataVersion(db)
  const kinds = values.kind ? [values.kind as CardKind] : CARD_KINDS
  const sizes = values['all-sizes'] ? SIZE_NAMES : (['og'] as const)
  let rendered = 0
  let kept = 0
  const t0 = performance.now()
  for (const kind of kinds) {
    const ids = values.id ? [values.id] : (await db.prepare(`SELECT id FROM ${KIND_TABLE[kind]} ORDER BY ord`).all<{ id: string }>()).results.map((r) => r.id)
    for (const id of ids) {
      const model = await cardModel(db, version, kind, id)
      if (!model) {
        console.error(`No ${kind} has the id ${JSON.stringify(id)}.`)
        process.exitCode = 1
        continue
      }
      for (const size of sizes)
        for (const theme of THEMES) {
          const stored = await ensureCard(bucket, version, model, { kind, id, size, theme, format: 'png' })
          if (stored.rendered) rendered++
          else kept++
        }
    }
  }
  console.log(`Cards in ${values.remote ? 'the remote' : 'the local'} R2 bucket: ${rendered} rendered, ${kept} already there (${((performance.now() - t0) / 1000).toFixed(1)} s).`)
} finally {
  await platform.dispose()
}

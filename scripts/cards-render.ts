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
import { CARD_KINDS, type CardKind } from '../src/card/kinds'
import { SIZE_NAMES } from '../src/card/params'
import { dataVersion } from '../src/db/write'
import { everyCard, renderInNode } from './lib/node-render'
import { migrate, openPlatform, platformArgs } from './lib/platform'

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
const options = platformArgs(values)
migrate(options)
const platform = await openPlatform(options)
const { DB: db, CARDS: bucket } = platform.env
try {
  const version = await dataVersion(db)
  const kinds = values.kind ? [values.kind as CardKind] : CARD_KINDS
  const refs = values.id ? kinds.map((kind) => ({ kind, id: values.id! })) : (await everyCard(db)).filter((r) => kinds.includes(r.kind))
  const t0 = performance.now()
  const report = await renderInNode(db, bucket, version, refs, values['all-sizes'] ? SIZE_NAMES : ['og'])
  for (const { kind, id } of report.missing) {
    console.error(`No ${kind} has the id ${JSON.stringify(id)}.`)
    process.exitCode = 1
  }
  console.log(`Cards in ${values.remote ? 'the remote' : 'the local'} R2 bucket: ${report.rendered.length} rendered, ${report.kept.length} already there (${((performance.now() - t0) / 1000).toFixed(1)} s).`)
} finally {
  await platform.dispose()
}

/**
 * `npm run db:migrate`, `npm run db:seed`, `npm run db:export` — the corpus between data/ and D1.
 *
 *   db.ts migrate [--remote] [--persist-to DIR]
 *   db.ts seed    [--remote] [--persist-to DIR] [--data DIR] [--if-empty] [--no-render]
 *   db.ts export  [--remote] [--persist-to DIR] [--out DIR]
 *
 * seed checks data/ with the data rules and loads it into an empty database (with --if-empty it
 * does nothing, successfully, when the database already holds data); export writes the database
 * back in data/'s format, so export after seed gives data/ back byte for byte. Seeding publishes:
 * it renders every card's og size in both themes into R2 (in Node; --no-render skips it).
 */
import { parseArgs } from 'node:util'
import { DataError } from '../src/data/validate'
import { readAll } from '../src/db/slice'
import { NotEmpty, seedDatabase } from '../src/db/seed'
import { readRawData, writeData } from './lib/data-files'
import { everyCard, renderInNode } from './lib/node-render'
import { migrate, openPlatform, platformArgs } from './lib/platform'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    remote: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'data' },
    'if-empty': { type: 'boolean', default: false },
    'no-render': { type: 'boolean', default: false },
  },
})
const command = positionals[0]
const where = values.remote ? 'the remote (production) database' : 'the local database'
const options = platformArgs(values)

if (command === 'migrate') {
  process.stdout.write(migrate(options))
} else if (command === 'seed' || command === 'export') {
  migrate(options)
  const platform = await openPlatform(options)
  try {
    if (command === 'seed') {
      try {
        const version = await seedDatabase(platform.env.DB, readRawData(values.data))
        console.log(`Seeded ${where} from ${values.data}/ (data version ${version}).`)
        if (!values['no-render']) {
          const report = await renderInNode(platform.env.DB, platform.env.CARDS, version, await everyCard(platform.env.DB))
          console.log(`Cards: ${report.rendered.length} rendered into R2, ${report.kept.length} already there.`)
        }
      } catch (error) {
        if (error instanceof NotEmpty && values['if-empty']) console.log(`${where}: already seeded; nothing to do.`)
        else if (error instanceof NotEmpty || error instanceof DataError) {
          console.error(error.message)
          process.exitCode = 1
        } else throw error
      }
    } else {
      const data = await readAll(platform.env.DB)
      writeData(values.out, data)
      console.log(`Exported ${where} to ${values.out}/: ${data.sources.length} sources, ${data.statements.length} statements, ${data.actors.length} actors.`)
    }
  } finally {
    await platform.dispose()
  }
} else {
  console.error('Usage: tsx scripts/db.ts migrate|seed|export [--remote] [--persist-to DIR] [--data DIR] [--out DIR] [--if-empty]')
  process.exit(2)
}

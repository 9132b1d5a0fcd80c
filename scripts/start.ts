/**
 * `npm start` (and `npm run dev`): one command from a fresh clone to a running Worker with cards.
 * Applies the D1 migrations to the local database, loads data/ into it when it is empty, then
 * runs `wrangler dev` on http://localhost:${PORT:-8787}. Extra arguments go to wrangler dev.
 * The first run also creates .dev.vars with a random editor token for the desk and prints it.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { seedIfEmpty } from '../src/db/seed'
import { readRawData } from './lib/data-files'
import { ensureEditorToken } from './lib/dev-vars'
import { everyCard, renderInNode } from './lib/node-render'
import { migrate, openPlatform } from './lib/platform'

const port = process.env.PORT ?? '8787'
if (!/^\d{1,5}$/.test(port)) {
  console.error(`PORT is ${JSON.stringify(port)}; it must be a port number such as 8787.`)
  process.exit(2)
}

migrate()
const platform = await openPlatform()
const seeded = await seedIfEmpty(platform.env.DB, readRawData('data'))
if (seeded) console.log(`Loaded data/ into the local database (data version ${seeded}).`)
else console.log('The local database already holds the corpus; `npm run db:export` writes it back to data/.')

// The desk (/editor) needs an editor token: made once, shown once, then kept in .dev.vars.
const token = ensureEditorToken('.dev.vars')
if (token !== null)
  console.log(`\nCreated .dev.vars with a new editor token for the desk (shown only now; it stays in .dev.vars):\n\n  ${token}\n\nSign in at http://localhost:${port}/editor, or send "Authorization: Bearer ${token}" to /api/editor/….\n`)

const child = spawn(process.execPath, [join('scripts', 'wrangler.mjs'), 'dev', '--port', port, ...process.argv.slice(2)], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))

// Loading the corpus publishes it: its og cards render into R2 while the Worker starts (a card
// asked for before its turn renders on that request instead).
if (seeded) {
  try {
    const report = await renderInNode(platform.env.DB, platform.env.CARDS, seeded, await everyCard(platform.env.DB))
    console.log(`Rendered ${report.rendered.length} cards into the local R2 bucket.`)
  } catch (error) {
    console.error('Rendering the cards in the background failed; they render on their first request instead:', error)
  }
}
await platform.dispose()

/**
 * `npm run check:config [-- --env production]`: checks wrangler.toml as wrangler resolves it
 * for one environment. For a deployed environment, PUBLIC_ORIGIN must be a public https
 * origin (scripts/lib/public-origin.ts); `npm run deploy` runs this for production first.
 *
 * Options: --env NAME (default: the top-level environment), --config PATH (default wrangler.toml).
 */
import { unstable_readConfig } from 'wrangler'
import { publicOriginProblems } from './lib/public-origin'

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

const env = option('env')
const config = option('config') ?? 'wrangler.toml'
const resolved = unstable_readConfig({ config, env })
const vars = resolved.vars as Record<string, unknown>
const origin = typeof vars.PUBLIC_ORIGIN === 'string' ? vars.PUBLIC_ORIGIN : undefined
const problems = publicOriginProblems(origin, env)
if (problems.length > 0) {
  console.error(`${config}${env ? ` (--env ${env})` : ''}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
  for (const p of problems) console.error(`- ${p}`)
  process.exit(1)
}
console.log(`${config}${env ? ` (--env ${env})` : ''}: OK — PUBLIC_ORIGIN ${origin ? JSON.stringify(origin) : 'empty (the request’s own origin; for wrangler dev only)'}`)

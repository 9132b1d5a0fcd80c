/**
 * Before each workerd test file: the schema (migrations/) and the seed corpus (data/) in the test's
 * D1 database, loaded by the same code as `npm start` and `npm run db:seed`.
 */
import { applyD1Migrations, env } from 'cloudflare:test'
import type { RawData } from '../../src/data/types'
import { seedIfEmpty } from '../../src/db/seed'

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
await seedIfEmpty(env.DB, JSON.parse(env.TEST_SEED) as RawData)

import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'
import { readRawData } from './scripts/lib/data-files'

// The Worker's tests run against real D1 and R2 bindings (miniflare's, inside workerd): the
// setup file applies migrations/ and loads data/ — handed over as JSON, since workerd cannot
// read the disk — through the same seeding code as `npm start`.
const migrations = await readD1Migrations('./migrations')
const seed = JSON.stringify(readRawData('data'))

// Three projects: the Worker's tests run inside workerd (the runtime it ships on);
// tests of command-line code (ingest, evaluation, data check) run in Node; browser tests
// drive chromium (playwright-core; Debian's or @sparticuz/chromium's) against `wrangler dev`, which their
// globalSetup starts on a free port.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: './wrangler.toml' },
            // The desk's editors in tests: one token named "test" (test/helpers/editor.ts).
            miniflare: { bindings: { TEST_MIGRATIONS: migrations, TEST_SEED: seed, EDITOR_TOKENS: 'test:test-token-0123456789' } },
          }),
        ],
        test: { name: 'workerd', include: ['test/**/*.test.ts'], exclude: ['test/node/**', 'test/browser/**'], setupFiles: ['test/setup/d1.ts'] },
      },
      {
        test: { name: 'node', environment: 'node', include: ['test/node/**/*.test.ts'] },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/wrangler-dev.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One chromium at a time: this machine has two cores, and wrangler dev needs one.
          fileParallelism: false,
        },
      },
    ],
  },
})

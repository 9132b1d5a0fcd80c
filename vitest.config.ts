import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

// Three projects: the Worker's tests run inside workerd (the runtime it ships on);
// tests of command-line code (ingest, evaluation, data check) run in Node; browser tests
// drive chromium (playwright-core; Debian's or @sparticuz/chromium's) against `wrangler dev`, which their
// globalSetup starts on a free port.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'workerd', include: ['test/**/*.test.ts'], exclude: ['test/node/**', 'test/browser/**'] },
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

// Types the Worker's own exports for `exports` from 'cloudflare:workers' in tests, and the
// bindings vitest.config.ts adds for the setup file.
declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import('../src/index')
  }
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[]
    TEST_SEED: string
  }
}

/**
 * globalSetup of the browser project: starts the Worker with `wrangler dev` (the shared
 * helper in scripts/lib/dev-server.ts), hands its URL to the tests (inject('baseUrl'))
 * and stops it afterwards.
 */
import type { TestProject } from 'vitest/node'
import { startDevServer } from '../../scripts/lib/dev-server'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const worker = await startDevServer({ cwd: project.config.root })
  project.provide('baseUrl', worker.baseUrl)
  return worker.stop
}

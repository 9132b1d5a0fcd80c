/**
 * globalSetup of the browser project: starts the Worker with `wrangler dev` on a free
 * port of 127.0.0.1, waits until it answers, hands its URL to the tests (inject('baseUrl'))
 * and stops it afterwards. A Worker that does not start fails the run with wrangler's output.
 */
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

const READY_TIMEOUT_MS = 90_000

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [port, inspector] = [await freePort(), await freePort()]
  const baseUrl = `http://127.0.0.1:${port}`
  const child = spawn(
    process.execPath,
    ['scripts/wrangler.mjs', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspector), '--show-interactive-dev-session=false'],
    { cwd: project.config.root, env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  // The whole group: wrangler.mjs, wrangler and workerd.
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    process.kill(-child.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))])
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
  }

  const deadline = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode} before answering:\n${output}`)
    try {
      const res = await fetch(`${baseUrl}/openapi.json`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`wrangler dev did not answer ${baseUrl} within ${READY_TIMEOUT_MS / 1000} s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  project.provide('baseUrl', baseUrl)
  return stop
}

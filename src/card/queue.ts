/**
 * One render at a time per isolate. resvg's wasm memory grows to fit every render in flight
 * and never shrinks (64 concurrent first renders took it to 345 MiB; an isolate has 128 MB),
 * and a render is CPU work that concurrency cannot speed up on one thread. So renders wait in
 * a FIFO queue and run one after another; a failed render does not block the ones behind it.
 */

/** How many renders run at once in one isolate. */
export const RENDER_CONCURRENCY = 1

let tail: Promise<unknown> = Promise.resolve()
let pending = 0

/**
 * Runs `task` after every task queued before it has settled; resolves or rejects as it does.
 * Not reentrant: a task must not queue another task and wait for it.
 * @example
 * const png = await inRenderQueue(() => rasterise(svg))
 */
export function inRenderQueue<T>(task: () => Promise<T> | T): Promise<T> {
  pending++
  const run = tail.then(task).finally(() => pending--)
  tail = run.catch(() => undefined)
  return run
}

/** Renders queued or running in this isolate now. */
export function renderQueueLength(): number {
  return pending
}

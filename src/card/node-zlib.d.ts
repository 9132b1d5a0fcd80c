/**
 * The one function of `node:zlib` the PNG encoder uses. workerd provides `node:zlib` natively
 * under the `nodejs_compat` flag, but the Worker's tsconfig has no Node types (so that no
 * other Node global creeps into the Worker); the scripts' and tests' configs have the full
 * `@types/node`, with which this declaration merges.
 */
declare module 'node:zlib' {
  export function deflateSync(data: Uint8Array, options?: { level?: number }): Uint8Array
}

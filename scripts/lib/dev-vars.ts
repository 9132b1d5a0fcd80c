/**
 * `.dev.vars`: the local Worker's secrets (wrangler dev reads it; git ignores it). `npm start`
 * makes sure it holds an editor token for the desk, creating a fresh random one the first time
 * and printing it once; after that the token is in the file.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

/** A token with 192 bits of randomness, URL- and header-safe. */
export const freshToken = () => randomBytes(24).toString('base64url')

/**
 * Adds `EDITOR_TOKENS=local:<random>` to the file unless it has EDITOR_TOKENS already.
 * @example ensureEditorToken('.dev.vars') // 'x3…' the first time, then null
 * @returns the new token, or null when the file had one
 */
export function ensureEditorToken(path: string): string | null {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : ''
  if (/^\s*EDITOR_TOKENS\s*=/m.test(current)) return null
  const token = freshToken()
  const line = `# The desk's editor tokens (name:secret, comma-separated), made by npm start.\nEDITOR_TOKENS="local:${token}"\n`
  writeFileSync(path, current === '' || current.endsWith('\n') ? current + line : `${current}\n${line}`, { mode: 0o600 })
  return token
}

/** `npm start`'s .dev.vars: a fresh random editor token the first time, never a second one. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureEditorToken } from '../../scripts/lib/dev-vars'

describe('ensureEditorToken', () => {
  it('creates .dev.vars with a random token once, private to the user', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'onrecord-devvars-')), '.dev.vars')
    const token = ensureEditorToken(path)
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(readFileSync(path, 'utf8')).toContain(`EDITOR_TOKENS="local:${token}"\n`)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(ensureEditorToken(path)).toBeNull()
    const other = ensureEditorToken(join(mkdtempSync(join(tmpdir(), 'onrecord-devvars-')), '.dev.vars'))
    expect(other).not.toBe(token)
  })

  it('adds the token to an existing file without one, and keeps a file that has one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-devvars-'))
    const path = join(dir, '.dev.vars')
    writeFileSync(path, 'OTHER=1')
    const token = ensureEditorToken(path)
    expect(readFileSync(path, 'utf8')).toBe(`OTHER=1\n# The desk's editor tokens (name:secret, comma-separated), made by npm start.\nEDITOR_TOKENS="local:${token}"\n`)
    writeFileSync(path, 'EDITOR_TOKENS=mine\n')
    expect(ensureEditorToken(path)).toBeNull()
    expect(readFileSync(path, 'utf8')).toBe('EDITOR_TOKENS=mine\n')
  })
})

/**
 * Signing in: EDITOR_TOKENS entries, and Cloudflare Access JWTs checked against the team's keys
 * (here a key pair made in the test and handed over as the JWKS: no network).
 */
import { sign } from 'hono/jwt'
import { env } from 'cloudflare:test'
import { afterEach, describe, expect, it, vi } from 'vitest'
import app from '../src/index'
import { accessCertsUrl, accessEmail, parseTokens, tokenName } from '../src/desk/auth'

async function keyPair() {
  const pair = (await crypto.subtle.generateKey({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify'])) as CryptoKeyPair
  const priv = { ...((await crypto.subtle.exportKey('jwk', pair.privateKey)) as JsonWebKey), kid: 'k1', alg: 'RS256' }
  const pub = { ...((await crypto.subtle.exportKey('jwk', pair.publicKey)) as JsonWebKey), kid: 'k1', alg: 'RS256', use: 'sig' }
  return { priv, pub }
}

const TEAM = 'newsroom.cloudflareaccess.com'
const AUD = 'a1b2c3'
const claims = (over: Record<string, unknown> = {}) => ({ aud: [AUD], iss: `https://${TEAM}`, email: 'editor@newsroom.example', exp: Math.floor(Date.now() / 1000) + 600, iat: Math.floor(Date.now() / 1000), ...over })

describe('editor tokens', () => {
  it('reads name:secret entries, names bare ones by position, ignores short secrets, and matches only whole secrets', async () => {
    const [a, b] = ['s3cret-s3cret-s3cret', '0th3r-0th3r-0th3r']
    expect(parseTokens(` desk:${a} , ${b},short:abc`)).toEqual([{ name: 'desk', secret: a }, { name: 'token-2', secret: b }])
    expect(await tokenName(`desk:${a},ci:${b}`, b)).toBe('ci')
    expect(await tokenName(`desk:${a}`, a.slice(0, -1))).toBeNull()
    expect(await tokenName('weak:abc', 'abc')).toBeNull()
    expect(await tokenName(undefined, 'anything')).toBeNull()
  })
})

describe('Cloudflare Access', () => {
  it('accepts a JWT signed by the team for this application and returns its email', async () => {
    const { priv, pub } = await keyPair()
    const jwt = await sign(claims(), priv, 'RS256')
    expect(await accessEmail(jwt, { teamDomain: TEAM, audience: AUD, keys: [pub] })).toBe('editor@newsroom.example')
    expect(accessCertsUrl(TEAM)).toBe('https://newsroom.cloudflareaccess.com/cdn-cgi/access/certs')
  })

  it('refuses another application, another issuer, an expired token, a foreign key', async () => {
    const { priv, pub } = await keyPair()
    const other = await keyPair()
    const options = { teamDomain: TEAM, audience: AUD, keys: [pub] }
    await expect(accessEmail(await sign(claims({ aud: ['other-app'] }), priv, 'RS256'), options)).rejects.toThrow()
    await expect(accessEmail(await sign(claims({ iss: 'https://elsewhere.cloudflareaccess.com' }), priv, 'RS256'), options)).rejects.toThrow()
    await expect(accessEmail(await sign(claims({ exp: Math.floor(Date.now() / 1000) - 60 }), priv, 'RS256'), options)).rejects.toThrow()
    await expect(accessEmail(await sign(claims(), other.priv, 'RS256'), options)).rejects.toThrow()
    await expect(accessEmail(await sign(claims({ email: undefined }), priv, 'RS256'), options)).rejects.toThrow('the token carries no email')
  })
})

describe('Cloudflare Access in front of the Worker', () => {
  afterEach(() => vi.restoreAllMocks())

  it('signs the editor in by the header, fetching the team\'s keys once, and records the email', async () => {
    const { priv, pub } = await keyPair()
    const fetched: string[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      fetched.push(String(input instanceof Request ? input.url : input))
      return Response.json({ keys: [pub] })
    })
    const accessEnv = { ...env, ACCESS_TEAM_DOMAIN: TEAM, ACCESS_AUD: AUD, EDITOR_TOKENS: '' }
    const jwt = await sign(claims(), priv, 'RS256')
    const ask = (token: string) => app.fetch(new Request('http://x/api/editor/audit', { headers: { 'Cf-Access-Jwt-Assertion': token } }), accessEnv as unknown as Env)
    expect((await ask(jwt)).status).toBe(200)
    expect((await ask(jwt)).status).toBe(200)
    expect(fetched).toEqual(['https://newsroom.cloudflareaccess.com/cdn-cgi/access/certs'])
    const wrong = await ask(await sign(claims({ aud: ['other-app'] }), priv, 'RS256'))
    expect(wrong.status).toBe(401)
    expect(((await wrong.json()) as { detail: string }).detail).toMatch(/^The Cloudflare Access token was refused: /)
    expect((await ask('not.a.jwt')).status).toBe(401)
    // Bad tokens cost no fetch; a token signed with a key the cache does not know costs one.
    expect(fetched).toHaveLength(1)
    const rotated = await keyPair()
    await ask(await sign(claims(), { ...rotated.priv, kid: 'k2' }, 'RS256'))
    expect(fetched).toHaveLength(2)
    const draft = await app.fetch(
      new Request('http://x/api/editor/articles', { method: 'POST', headers: { 'Cf-Access-Jwt-Assertion': jwt, 'Content-Type': 'application/json' }, body: JSON.stringify({ text: '“We are ready,” said Ada Quill, the mayor of Northhaven.' }) }),
      accessEnv as unknown as Env,
    )
    expect(draft.status).toBe(201)
    expect(await draft.json()).toMatchObject({ createdBy: 'editor@newsroom.example' })
  })
})

/**
 * Who may write: an editor signed in with a bearer token from `EDITOR_TOKENS` (scripts; the desk
 * keeps the same token in an HttpOnly cookie) or through Cloudflare Access (people, in
 * production: the `Cf-Access-Jwt-Assertion` header checked against the team's keys and the
 * application's audience). Anything else is 401 with `WWW-Authenticate`. A state-changing request
 * that comes from a browser must also come from this origin.
 */
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { getCookie } from 'hono/cookie'
import { decode, verifyWithJwks } from 'hono/jwt'
import { ProblemError } from '../errors'
import type { AppEnv } from '../routes/openapi'

/** Who made a change, as the audit log records it: `token:<name>`, the Access email, or `cli:<user>` (npm run ingest -- --draft). */
export interface Editor {
  who: string
  via: 'token' | 'access' | 'cli'
}

export type DeskEnv = { Bindings: Env; Variables: AppEnv['Variables'] & { editor: Editor } }

export const SESSION_COOKIE = 'onrecord_editor'
const CHALLENGE = 'Bearer realm="onrecord editors", charset="UTF-8"'

/**
 * `EDITOR_TOKENS`: comma-separated entries, each `name:secret` (or a bare secret, named by position);
 * secrets under 16 characters are ignored.
 * @example parseTokens('desk:x1x2x3x4x5x6x7x8, ci:y1y2y3y4y5y6y7y8') // [{ name: 'desk', secret: 'x1x2x3x4x5x6x7x8' }, { name: 'ci', secret: 'y1y2y3y4y5y6y7y8' }]
 */
export function parseTokens(value: string | undefined): { name: string; secret: string }[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry, i) => {
      const colon = entry.indexOf(':')
      return colon > 0 ? { name: entry.slice(0, colon), secret: entry.slice(colon + 1) } : { name: `token-${i + 1}`, secret: entry }
    })
    .filter((t) => t.secret.length >= MIN_SECRET)
}

/** Shorter secrets are ignored: a guessable token would be a door left open. */
export const MIN_SECRET = 16

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
}

/** Compares digests, not the secrets, so the time taken says nothing about how much matched. */
async function sameSecret(a: string, b: string): Promise<boolean> {
  const [x, y] = [await digest(a), await digest(b)]
  let diff = 0
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!
  return diff === 0
}

/** The token's name, or null when it is none of `EDITOR_TOKENS`. */
export async function tokenName(tokens: string | undefined, given: string): Promise<string | null> {
  let found: string | null = null
  for (const t of parseTokens(tokens)) if ((await sameSecret(t.secret, given)) && found === null) found = t.name
  return found
}

/** Where a Cloudflare Access team publishes its signing keys. */
export const accessCertsUrl = (teamDomain: string) => `${accessIssuer(teamDomain)}/cdn-cgi/access/certs`
const accessIssuer = (teamDomain: string) => `https://${teamDomain.replace(/^https?:\/\//, '').replace(/\/+$/, '')}`

type Jwk = NonNullable<Parameters<typeof verifyWithJwks>[1]['keys']>[number]

/** The team's signing keys, fetched once per isolate for ten minutes (Access rotates them every few weeks). */
const keyCache = new Map<string, { keys: Jwk[]; until: number }>()

async function teamKeys(teamDomain: string, fresh = false): Promise<Jwk[]> {
  const cached = keyCache.get(teamDomain)
  if (cached && !fresh && cached.until > Date.now()) return cached.keys
  const res = await fetch(accessCertsUrl(teamDomain))
  if (!res.ok) throw new Error(`the team's keys could not be fetched from ${accessCertsUrl(teamDomain)} (HTTP ${res.status})`)
  const { keys } = (await res.json()) as { keys?: Jwk[] }
  if (!Array.isArray(keys)) throw new Error(`${accessCertsUrl(teamDomain)} lists no keys`)
  keyCache.set(teamDomain, { keys, until: Date.now() + 10 * 60_000 })
  return keys
}

/**
 * The email in a valid Access JWT; throws with the reason otherwise. `keys` replaces the
 * team's JWKS (tests; no network).
 */
export async function accessEmail(jwt: string, options: { teamDomain: string; audience: string; keys?: Jwk[] }): Promise<string> {
  const verify = async (keys: Jwk[]) =>
    verifyWithJwks(jwt, { keys, verification: { aud: options.audience, iss: accessIssuer(options.teamDomain) }, allowedAlgorithms: ['RS256'] })
  let keys = options.keys ?? (await teamKeys(options.teamDomain))
  // A key the cache does not know was rotated in since it was filled: fetch the team's keys again
  // (only then, so a stream of bad tokens cannot make the Worker fetch on every request).
  let kid: string | undefined
  try {
    kid = decode(jwt).header.kid
  } catch {
    throw new Error('the token is not a JWT')
  }
  if (!options.keys && kid !== undefined && !keys.some((k) => k.kid === kid)) keys = await teamKeys(options.teamDomain, true)
  const payload = await verify(keys)
  const email = payload.email
  if (typeof email !== 'string' || email === '') throw new Error('the token carries no email')
  return email
}

function unauthorized(detail: string, extensions: Record<string, unknown> = {}): ProblemError {
  return new ProblemError(401, detail, { headers: { 'WWW-Authenticate': CHALLENGE }, extensions })
}

/** The request's editor, or throws 401 naming what was received and what is accepted. */
export async function authenticate(req: { header(name: string): string | undefined }, env: Env, cookie: string | undefined): Promise<Editor> {
  const authorization = req.header('Authorization')
  const accepted = 'Send "Authorization: Bearer <token>" with a token from EDITOR_TOKENS, or sign in through Cloudflare Access.'
  if (authorization !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization)
    if (!m) throw unauthorized(`The Authorization header is not a bearer token (it starts with ${JSON.stringify(authorization.split(/\s/)[0] ?? '')}). ${accepted}`, { received: 'malformed Authorization header' })
    const name = await tokenName(env.EDITOR_TOKENS, m[1]!)
    if (name === null) throw unauthorized(`The bearer token is not one of the editor tokens. ${accepted}`, { received: 'unknown bearer token' })
    return { who: `token:${name}`, via: 'token' }
  }
  const jwt = req.header('Cf-Access-Jwt-Assertion')
  if (jwt !== undefined) {
    const teamDomain = env.ACCESS_TEAM_DOMAIN ?? ''
    const audience = env.ACCESS_AUD ?? ''
    if (teamDomain === '' || audience === '') throw unauthorized(`A Cloudflare Access token was sent, but this deployment does not use Access (ACCESS_TEAM_DOMAIN and ACCESS_AUD are not set). ${accepted}`, { received: 'Cf-Access-Jwt-Assertion' })
    try {
      return { who: await accessEmail(jwt, { teamDomain, audience }), via: 'access' }
    } catch (error) {
      throw unauthorized(`The Cloudflare Access token was refused: ${(error as Error).message}. ${accepted}`, { received: 'invalid Cf-Access-Jwt-Assertion' })
    }
  }
  if (cookie !== undefined) {
    const name = await tokenName(env.EDITOR_TOKENS, cookie)
    if (name !== null) return { who: `token:${name}`, via: 'token' }
    throw unauthorized(`The desk's sign-in cookie holds a token that is not one of the editor tokens; sign in again at /editor. ${accepted}`, { received: 'stale session cookie' })
  }
  throw unauthorized(`Writing needs an editor's credentials, and none were sent. ${accepted}`, { received: 'no credentials' })
}

/** The request's own origin, and the public one when the deployment names it. */
function ownOrigins(url: string, publicOrigin: string | undefined): string[] {
  const own = new URL(url).origin
  return publicOrigin ? [own, new URL(publicOrigin).origin] : [own]
}

/**
 * A browser sends `Origin` (and `Sec-Fetch-Site`) with every state-changing request; one from
 * another site is refused, so a page elsewhere cannot make a signed-in editor's browser write.
 * Scripts send neither and authenticate with their token.
 */
export function checkOrigin(req: { method: string; url: string; header(name: string): string | undefined }, publicOrigin: string | undefined): void {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return
  const origin = req.header('Origin')
  const allowed = ownOrigins(req.url, publicOrigin)
  if (origin !== undefined && !allowed.includes(origin))
    throw new ProblemError(403, `A ${req.method} from the page of origin ${JSON.stringify(origin)} is refused; the desk accepts writes from ${allowed.join(' or ')} (or from scripts, which send no Origin).`, {
      extensions: { received: origin, allowed },
    })
  const site = req.header('Sec-Fetch-Site')
  if (origin === undefined && site !== undefined && site !== 'same-origin' && site !== 'none')
    throw new ProblemError(403, `A ${req.method} sent by the browser from another site (Sec-Fetch-Site: ${site}) is refused; the desk accepts writes from its own pages.`, {
      extensions: { received: site, allowed: ['same-origin', 'none'] },
    })
}

/**
 * Request bodies past this are refused before they are read: 200,000 characters of UTF-8 are at
 * most 800,000 bytes, plus metadata (and a form's multipart framing).
 */
export const MAX_BODY_BYTES = 1_000_000

export const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => {
    throw new ProblemError(413, `The request body has more than ${MAX_BODY_BYTES} bytes (Content-Length: ${c.req.header('Content-Length') ?? 'not given'}); an article may have at most 200,000 characters.`)
  },
})

/** The middleware of every editorial route: origin first (cheap), then the editor. */
export const requireEditor: MiddlewareHandler<DeskEnv> = async (c, next) => {
  checkOrigin(c.req, c.env.PUBLIC_ORIGIN)
  c.set('editor', await authenticate(c.req, c.env, getCookie(c, SESSION_COOKIE)))
  await next()
}

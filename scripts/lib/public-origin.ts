/**
 * The rule for PUBLIC_ORIGIN, the origin every absolute URL of share pages and oEmbed is built
 * from. Empty means "the request's own origin", which is right for `wrangler dev` and wrong
 * when deployed: there a request's Host header would decide the links that crawlers cache.
 * So a deployed environment must name its public https origin, scheme and host only.
 */

/** The environments that are deployed (wrangler.toml `[env.NAME]`), where PUBLIC_ORIGIN is required. */
export const DEPLOYED_ENVIRONMENTS = ['production'] as const

/**
 * Problems with a PUBLIC_ORIGIN value for an environment; empty when it is fine.
 * @example
 * publicOriginProblems('', 'production') // ['[env.production] PUBLIC_ORIGIN is empty; …']
 * publicOriginProblems('https://onrecord.example', 'production') // []
 */
export function publicOriginProblems(value: string | undefined, env: string | undefined): string[] {
  const where = env ? `[env.${env}]` : '[vars]'
  const deployed = env !== undefined && (DEPLOYED_ENVIRONMENTS as readonly string[]).includes(env)
  if (!value) {
    return deployed
      ? [`${where} PUBLIC_ORIGIN is empty; a deployed Worker must name its public origin (for example "https://onrecord.example.com") so that links never follow a request's Host.`]
      : []
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return [`${where} PUBLIC_ORIGIN is ${JSON.stringify(value)}, which is not a URL; expected an origin such as "https://onrecord.example.com".`]
  }
  const problems: string[] = []
  if (url.origin !== value.replace(/\/$/, '')) problems.push(`${where} PUBLIC_ORIGIN is ${JSON.stringify(value)}; expected an origin only (scheme and host), such as ${JSON.stringify(url.origin)}.`)
  if (deployed && url.protocol !== 'https:') problems.push(`${where} PUBLIC_ORIGIN is ${JSON.stringify(value)}; a deployed Worker must use https.`)
  return problems
}

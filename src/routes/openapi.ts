/**
 * The OpenAPIHono factory every API router uses: request validation failures become
 * the project's 400 problem+json, naming the parameter, what was received and what is allowed.
 */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { dataVersion } from '../db/write'
import { ProblemError, invalidParam } from '../errors'

export type AppEnv = { Bindings: Env; Variables: { version?: string } }

/**
 * The corpus a request reads: the D1 binding and its data version, read once per request.
 * @example const { db, version } = await corpus(c)
 */
export async function corpus(c: Context<AppEnv>): Promise<{ db: D1Database; version: string }> {
  let version = c.get('version')
  if (version === undefined) {
    version = await dataVersion(c.env.DB)
    c.set('version', version)
  }
  return { db: c.env.DB, version }
}

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return
      const issue = result.error.issues[0]
      const name = String(issue?.path[0] ?? '')
      const received = c.req.query(name) ?? c.req.param(name) ?? ''
      if (issue && 'values' in issue && Array.isArray(issue.values)) throw invalidParam(name, received, issue.values.map(String))
      throw new ProblemError(400, `Parameter "${name}" is ${JSON.stringify(received)}: ${issue?.message ?? 'invalid'}.`, {
        extensions: { parameter: name, received },
      })
    },
  })
}

/**
 * The one error type of the Worker and its one JSON shape: RFC 9457 problem details,
 * served as `application/problem+json`. Messages name what was received and what is allowed.
 */
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  [extension: string]: unknown
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/** An HTTP error that renders as problem+json. Throw it anywhere; `onError` answers it. */
export class ProblemError extends HTTPException {
  readonly extensions: Record<string, unknown>
  readonly headers: Record<string, string>
  constructor(
    status: ContentfulStatusCode,
    detail: string,
    options: { extensions?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(status, { message: detail })
    this.name = 'ProblemError'
    this.extensions = options.extensions ?? {}
    this.headers = options.headers ?? {}
  }

  toProblem(instance?: string): Problem {
    const problem: Problem = {
      type: 'about:blank',
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      detail: this.message,
      ...this.extensions,
    }
    if (instance !== undefined) problem.instance = instance
    return problem
  }
}

/**
 * 404 for a record that does not exist.
 * @example
 * throw notFound('actor', 'nobody') // detail: No actor has the id "nobody".
 */
export function notFound(kind: string, id: string): ProblemError {
  return new ProblemError(404, `No ${kind} has the id ${JSON.stringify(id)}.`, { extensions: { kind, id } })
}

/**
 * 400 for a parameter outside its allowed values.
 * @example
 * throw invalidParam('kind', 'quote', ['direct', 'partial', 'paraphrase'])
 */
export function invalidParam(name: string, received: string, allowed: readonly string[]): ProblemError {
  return new ProblemError(
    400,
    `Parameter "${name}" is ${JSON.stringify(received)}; allowed values: ${allowed.join(', ')}.`,
    { extensions: { parameter: name, received, allowed: [...allowed] } },
  )
}

/** 405, with the `Allow` header listing the methods the path does answer. */
export function methodNotAllowed(method: string, path: string, allowed: readonly string[]): ProblemError {
  return new ProblemError(405, `Method ${method} is not allowed on ${path}; allowed methods: ${allowed.join(', ')}.`, {
    extensions: { method, allowed: [...allowed] },
    headers: { Allow: allowed.join(', ') },
  })
}

/**
 * The one error response. It carries `nosniff` itself: a 404 or 405 answered from the app's
 * notFound or onError never passes back through the middleware that adds it to the others.
 */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers },
  })
}

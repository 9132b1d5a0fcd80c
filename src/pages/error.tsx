/**
 * The HTML face of a problem+json error, for browsers that ask for HTML. The same
 * status, title and detail as the JSON; nothing else is said.
 */
import type { FC } from 'hono/jsx'
import type { Problem } from '../errors'
import { Layout } from './layout'

export const ErrorPage: FC<{ problem: Problem; canonical: string }> = ({ problem, canonical }) => (
  <Layout head={{ title: `${problem.status} ${problem.title}`, description: problem.detail, canonical, type: 'website' }}>
    <h1>
      {problem.status} {problem.title}
    </h1>
    <p>{problem.detail}</p>
    <p>
      <a href="/">See every card</a>
    </p>
  </Layout>
)

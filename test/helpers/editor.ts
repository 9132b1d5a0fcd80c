/** Helpers for the desk's tests: requests as an editor, and the article the desk tests send. */
import { get } from './fetch'

export const TOKEN = 'test-token-0123456789'
export const AUTH = { Authorization: `Bearer ${TOKEN}` }

/** A request to the editorial API with the test editor's token and a JSON body. */
export function editorFetch(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  return get(path, {
    method: init.method ?? 'GET',
    headers: { ...AUTH, ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })
}

/** Three quotations: two attributed (Raman, told the BBC; Berg, no role found), one by an unnamed crane driver (no statement). */
export const HARBOUR = `date 2026-11-20
Harbour workers in Eastbridge ended their three-week strike on Monday after a late-night vote.
“This is not everything we asked for, but it is a fair deal,” Priya Raman, general secretary of the Dockers' Union, told the BBC.
The port's owners welcomed the vote. “We can now get the cranes moving again,” said Tomas Berg, chief executive of Eastbridge Ports.
Not everyone was convinced. “We will be back on the picket line by spring,” one crane driver said.
`

/** Which cards a change touches: the ones to render after it lands and to purge from caches. */
import type { CardKind } from '../card/model'
import type { Additions } from '../db/write'

export interface CardRef {
  kind: CardKind
  id: string
}

/**
 * @example affectedBy({ statements: [starmerQuote] }) // [{ kind: 'actor', id: 'keir-starmer' }, { kind: 'quote', id: … }, { kind: 'topic', id: … }]
 */
export function affectedBy(add: Additions): CardRef[] {
  const refs = new Map<string, CardRef>()
  const put = (kind: CardKind, id: string) => refs.set(`${kind}/${id}`, { kind, id })
  for (const a of add.actors ?? []) put('actor', a.id)
  for (const s of add.statements ?? []) {
    put('actor', s.speaker)
    put('quote', s.id)
    if (s.continues) put('quote', s.continues)
    for (const t of s.topics) put('topic', t)
  }
  for (const p of add.positions ?? []) {
    put('actor', p.actor)
    put('topic', p.topic)
  }
  for (const u of add.utterances ?? []) for (const id of u.statements) put('quote', id)
  return [...refs.values()]
}

/** Helpers for the card tests: PNG bytes, every card URL of the data. */
import { seedStore } from './seed'

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** [kind path, id] of every card the seed data has. */
export function everyCard(): [plural: 'actors' | 'quotes' | 'topics', id: string][] {
  const store = seedStore()
  return [
    ...store.data.actors.map((a) => ['actors', a.id] as ['actors', string]),
    ...store.data.statements.map((s) => ['quotes', s.id] as ['quotes', string]),
    ...store.data.topics.map((t) => ['topics', t.id] as ['topics', string]),
  ]
}

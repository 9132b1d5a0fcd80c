/** The seed corpus (data/) as the workerd tests receive it from vitest.config.ts, and a store over it. */
import { env } from 'cloudflare:test'
import { createStore, type Store } from '../../src/data/store'
import type { RawData } from '../../src/data/types'
import { validateData } from '../../src/data/validate'

/** A fresh, deep copy of data/ as read from disk: records and texts. */
export function seedRaw(): RawData & Record<string, any> {
  return JSON.parse(env.TEST_SEED) as RawData & Record<string, any>
}

let store: Store | undefined
/** The whole seed corpus, indexed: for tests of pure code (card models, fitting). */
export function seedStore(): Store {
  store ??= createStore(validateData(seedRaw()))
  return store
}

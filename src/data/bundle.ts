/**
 * The dataset bundled into the Worker: `data/*.json` and the source texts, validated
 * once per isolate. If the data were ever invalid, every request would fail loudly with
 * the validator's message — but `npm test` and `npm run check` refuse such data first.
 */
import actors from '../../data/actors.json'
import nonStatements from '../../data/non-statements.json'
import positions from '../../data/positions.json'
import sources from '../../data/sources.json'
import { texts } from '../../data/sources/index'
import statements from '../../data/statements.json'
import topics from '../../data/topics.json'
import utterances from '../../data/utterances.json'
import { createStore, type Store } from './store'
import { validateData } from './validate'

let store: Store | undefined

/** The validated, indexed dataset of this deployment (built on first use, then reused). */
export function getStore(): Store {
  store ??= createStore(validateData({ sources, texts, actors, statements, topics, positions, utterances, nonStatements }))
  return store
}

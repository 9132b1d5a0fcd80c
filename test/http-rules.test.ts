/**
 * Rules every response of the app follows, found by fuzzing and fault injection (issue 10).
 * Each describe is one rule, added with the fix that makes it hold.
 */
import { describe, expect, it } from 'vitest'
import { expectProblem, get } from './helpers/fetch'

describe('nosniff on every response the app produces', () => {
  it('is sent with a 404 and a 405 too', async () => {
    const missing = await get('/nothing/here')
    await expectProblem(missing, 404)
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff')
    const wrongMethod = await get('/api/actors', { method: 'POST' })
    await expectProblem(wrongMethod, 405)
    expect(wrongMethod.headers.get('x-content-type-options')).toBe('nosniff')
    const noActor = await get('/api/actors/nobody')
    await expectProblem(noActor, 404)
    expect(noActor.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

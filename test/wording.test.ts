/** The one diff of the project: alignment by longest common subsequence, and wording differences on top of it. */
import { describe, expect, it } from 'vitest'
import { align, wordDiff } from '../src/data/wording'

describe('align', () => {
  it('keeps the longest common subsequence and marks the rest by side', () => {
    expect(align(['a', 'b', 'c'], ['b', 'c', 'd'])).toEqual([
      { op: 'only-first', i: 0 },
      { op: 'same', i: 1, j: 0 },
      { op: 'same', i: 2, j: 1 },
      { op: 'only-second', j: 2 },
    ])
    expect(align([], ['x'])).toEqual([{ op: 'only-second', j: 0 }])
  })
})

describe('wordDiff', () => {
  it('compares words without case or surrounding punctuation and keeps the first version’s spelling', () => {
    // Seed 000 against seed 003, Trump on security guarantees (read off the two articles).
    expect(
      wordDiff(
        'Well, I’m not going to make security guarantees beyond very much, We’re going to have Europe do that.',
        'I’m not going to make security guarantees … We’re going to have Europe do that, because Europe is the next-door neighbor.',
      ),
    ).toEqual([
      { op: 'only-first', text: 'Well,' },
      { op: 'same', text: 'I’m not going to make security guarantees' },
      { op: 'only-first', text: 'beyond very much,' },
      { op: 'only-second', text: '…' },
      { op: 'same', text: 'We’re going to have Europe do that.' },
      { op: 'only-second', text: 'because Europe is the next-door neighbor.' },
    ])
  })

  it('never matches two bare punctuation marks as the same word', () => {
    expect(wordDiff('yes — no', 'yes — no')).toEqual([
      { op: 'same', text: 'yes' },
      { op: 'only-first', text: '—' },
      { op: 'only-second', text: '—' },
      { op: 'same', text: 'no' },
    ])
  })
})

/**
 * A word's readings (records/view.ts) are kept in its slot of the token intern table, for every
 * later token of the word. Two words of one sentence can hash to one slot: the second takes it, and
 * a reading of the first asked after that must not be kept for the second.
 */
import { describe, expect, it } from 'vitest'
import { normalise } from '../../src/tagging/normalise'
import { keepBound, keepCls, keepKase, type Token, tokenize } from '../../src/tagging/records/view'

const tokensOf = (text: string): Token[] => {
  const t = normalise(text)
  // The list is reused by the next call: copy what the test keeps.
  return tokenize(t, 0, t.len).map((tok) => ({ ...tok }))
}

/** Two words that share a slot, found by trying words until two land on one. */
function collidingPair(): [string, string] {
  const bySlot = new Map<number, string>()
  for (let i = 0; ; i++) {
    const word = `w${i.toString(36)}`
    const slot = tokensOf(word)[0].slot
    const other = bySlot.get(slot)
    if (other !== undefined) return [other, word]
    bySlot.set(slot, word)
  }
}

describe('token readings kept per word', () => {
  it('a reading asked for a word is kept for its later tokens', () => {
    const [first] = tokenize(normalise('sanctions'), 0, 9)
    keepCls(first, 6)
    expect(tokensOf('new sanctions')[1].cls).toBe(6)
  })

  it('a reading of a word whose slot a later word of the sentence took is not kept for that word', () => {
    const [a, b] = collidingPair()
    const t = normalise(`${a} ${b}`)
    const [ta, tb] = tokenize(t, 0, t.len)
    expect(ta.slot).toBe(tb.slot)
    // The rules ask for a's readings after the whole sentence is tokenised (b holds the slot now).
    keepCls(ta, 5)
    keepBound(ta, 2)
    keepKase(ta, 3)
    expect([ta.cls, ta.bound, ta.kase]).toEqual([5, 2, 3])
    const [again] = tokensOf(b)
    expect([again.cls, again.bound, again.kase]).toEqual([-1, -1, -1])
  })
})

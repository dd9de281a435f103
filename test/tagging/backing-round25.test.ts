import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

describe("a state's backing voiced by its own speaker is a statement toward the one backed", () => {
  it('"X said Moscow fully supported Pyongyang\'s stance": the speaker backs the North', () => {
    const r = rulesEn(
      "Russian Foreign Minister Sergei Lavrov said on Friday that Moscow fully supported Pyongyang's stance on the sanctions.",
    )
    expect(recordsOf(r, 'diplomatic-statement')).toContain('sergei-lavrov>north-korea reported')
  })

  it('over quotes and "would": "Pyongyang would \'unconditionally support\' ... the Russian leadership"', () => {
    const r = rulesEn(
      "Kim Jong Un told visitors that Pyongyang would 'unconditionally support' every step taken by the Russian leadership.",
    )
    expect(recordsOf(r, 'diplomatic-statement')).toContain('kim-jong-un>russia reported')
  })

  it('not a backing nobody voices, one told by analysts, nor one voiced by another state', () => {
    const none = [
      "Moscow has fully supported Pyongyang's missile programme for years, analysts say.",
      "Analysts said Moscow fully supported Pyongyang's missile programme.",
      "Chinese Foreign Minister Wang Yi said Moscow fully supported Pyongyang's position.",
      "Polls show that voters fully support the government's plan.",
    ]
    for (const text of none) expect(recordsOf(rulesEn(text), 'diplomatic-statement')).toEqual([])
  })

  it('"firmly opposes" stays the statement it was (not read as a backing)', () => {
    const r = rulesEn(
      'Chinese Foreign Minister Wang Yi said Beijing firmly opposes the deployment of U.S. missiles in Japan.',
    )
    expect(recordsOf(r, 'diplomatic-statement').length).toBeGreaterThan(0)
  })
})

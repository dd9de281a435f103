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

describe("an actor named by a label is the target of the labeller's position", () => {
  it('"branded Japan a hostile state": the labeller states a position toward Japan', () => {
    const r = rulesEn('Kim Jong Un on Monday branded Japan a hostile state bent on rearmament.')
    expect(recordsOf(r, 'diplomatic-statement')).toContain('kim-jong-un>japan reported')
  })

  it('"describing the United States as \'the chief threat\'": a participle with the label after "as"', () => {
    const r = rulesEn(
      "Kim Jong Un closed the party meeting on Friday, describing the United States as 'the chief threat to peace'.",
    )
    expect(recordsOf(r, 'diplomatic-statement')).toContain('kim-jong-un>united-states reported')
  })

  it('not a thing or an act labelled, a passive, nor a self-described fan', () => {
    const none = [
      "China's defence ministry described the flights as routine.",
      "Japan's white paper described North Korea's missile programme as a grave threat.",
      'The drills were described as defensive by Seoul.',
      'Prime Minister Shigeru Ishiba, a self-described sumo fan, watched the final bout in Tokyo.',
    ]
    for (const text of none) expect(recordsOf(rulesEn(text), 'diplomatic-statement')).toEqual([])
  })
})

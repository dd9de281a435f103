import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

describe("an official speaking, or said to be, in another state's capital is visiting it", () => {
  it('"said in Beijing on Monday that ...": the speaker is in China', () => {
    const r = rulesEn(
      'Japanese Foreign Minister Takeshi Iwaya said in Beijing on Monday that Japan would strengthen security cooperation with China.',
    )
    expect(recordsOf(r, 'visit')).toContain('takeshi-iwaya>china reported')
  })

  it('"speaking to reporters in Tokyo": the verb before its audience', () => {
    const r = rulesEn(
      'Wang Yi, speaking to reporters in Tokyo, said China would deepen military cooperation with Japan.',
    )
    expect(recordsOf(r, 'visit')).toContain('wang-yi>japan reported')
  })

  it("not a speaker at home, a speech to come, nor one on a gathering's sidelines", () => {
    expect(
      recordsOf(
        rulesEn(
          'Chinese Premier Li Qiang said in Beijing that China would deepen military cooperation with Russia.',
        ),
        'visit',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn(
          'Iwaya is expected to say in Beijing that Japan would strengthen security cooperation with China.',
        ),
        'visit',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn(
          'Wang Yi said in Tokyo on the sidelines of a trilateral meeting that China would deepen military cooperation with Russia.',
        ),
        'visit',
      ),
    ).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

describe('a state body that "regretted" an act made a statement (the past form of "regret")', () => {
  it('"the ministry said it regretted that ...": its state\'s statement', () => {
    const r = rulesEn(
      "Seoul's Foreign Ministry said it regretted that Tokyo had sent a junior official to the event.",
    )
    expect(recordsOf(r, 'diplomatic-statement').some((x) => x.startsWith('south-korea>'))).toBe(true)
  })

  it('"regretted Japan\'s decision": aimed at the one whose act it regrets', () => {
    const r = rulesEn("South Korea's foreign ministry regretted Japan's decision on Tuesday.")
    expect(recordsOf(r, 'diplomatic-statement')).toContain('south-korea>japan reported')
  })

  it('not a person regretting his own choice, nor a firm its delay', () => {
    expect(
      recordsOf(
        rulesEn('The retired actor regretted his decision to leave the stage.'),
        'diplomatic-statement',
      ),
    ).toEqual([])
    expect(
      recordsOf(rulesEn('The carmaker regretted the delay in deliveries.'), 'diplomatic-statement'),
    ).toEqual([])
  })
})

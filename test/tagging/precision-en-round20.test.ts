import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn } from './helpers'

// Round twenty, English precision. Sentences written for these tests (the helpers date them 1 June 2025).
// English only: the Korean listings give their grounds in other constructions (~혐의로, ~한 혐의를 받는),
// and a Korean dated noun is read by hasPastMonthKo.

// A sanctioner's accusation that grounds the listing is no statement of its own (t46 t47 t72).
describe('an accusation grounding a listing is no diplomatic statement', () => {
  it('a zero relative on a person: "a banker it accused of", "generals the EU accuses of"', () => {
    const a = rulesEn(
      'The Treasury sanctioned Kim Chol, a North Korean national it accused of moving funds for Pyongyang, on Tuesday.',
    )
    expect(eventSlugs(a)).toContain('sanctions')
    expect(eventSlugs(a)).not.toContain('diplomatic-statement')
    const b = rulesEn(
      'The new listings include three North Korean generals the EU accuses of sending troops to Russia.',
    )
    expect(eventSlugs(b)).not.toContain('diplomatic-statement')
  })

  it('", accusing it of" after a sanctioning verb', () => {
    const r = rulesEn(
      'The United States sanctioned a Hong Kong shipping firm on Monday, accusing it of delivering oil to North Korean tankers.',
    )
    expect(eventSlugs(r)).toContain('sanctions')
    expect(eventSlugs(r)).not.toContain('diplomatic-statement')
  })

  it('an accusation with no listing stays a statement', () => {
    const r = rulesEn(
      'China criticised the United States on Monday, accusing it of interfering in its affairs.',
    )
    expect(eventSlugs(r)).toContain('diplomatic-statement')
    const s = rulesEn('South Korea accused North Korea of jamming GPS signals near the border on Sunday.')
    expect(recordsOf(s, 'diplomatic-statement')).toContain('south-korea>north-korea reported')
  })
})

// An event noun dated before the article is recalled (datedNoun), also sized by a sum of money, owned by a past
// month, or named by the hackers a relative clause pins it on (t39 t50 t66).
describe('dated event nouns', () => {
  it('"the $1.5 billion theft ... in February, which the FBI attributed to North Korea\'s hackers"', () => {
    const r = rulesEn(
      "The seizure follows the $1.5 billion theft from a Dubai exchange in February, which the FBI attributed to North Korea's hackers.",
    )
    expect(recordsOf(r, 'cyberattack').every((x) => x.endsWith('background'))).toBe(true)
    expect(eventSlugs(r)).not.toContain('cyberattack')
  })

  it('"February\'s election" is recalled; the month of the news is not', () => {
    const r = rulesEn(
      "The budget must still pass parliament, where the coalition lost its majority in February's election.",
    )
    expect(eventSlugs(r)).not.toContain('election')
    const s = rulesEn('North Korean hackers stole $30 million from a Seoul exchange on Friday, police said.')
    expect(eventSlugs(s)).toContain('cyberattack')
  })
})

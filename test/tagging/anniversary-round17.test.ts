import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

// Round seventeen, anniversaries (t25 t32 t64): what an anniversary is of is recalled, whatever marks it is the
// news. Sentences written for these tests.

describe('an event named as what an anniversary is of is background', () => {
  it('"the 35th anniversary of ASEAN-South Korea dialogue relations" (t64)', () => {
    const r = rulesEn(
      'About 30,000 people attended the festival, held to mark the 35th anniversary of ASEAN-South Korea dialogue relations.',
    )
    expect(recordsOf(r, 'meeting-summit')).toEqual(['asean>south-korea background'])
  })

  it('"the summit\'s fifth anniversary"', () => {
    const r = rulesEn("South Korean and U.S. officials held a ceremony for the summit's fifth anniversary.")
    expect(recordsOf(r, 'meeting-summit')).toEqual(['south-korea>united-states background'])
  })

  it('what marks the anniversary stays the news: "timing the sanctions to the anniversary of the invasion"', () => {
    const r = rulesEn(
      'The European Union adopted new sanctions against Russia on Monday, timing the move to the third anniversary of the invasion.',
    )
    expect(recordsOf(r, 'sanctions')).toEqual(['european-union>russia reported'])
    // An "anniversary summit" is the summit of the day.
    const s = rulesEn('Yoon Suk Yeol attended the 75th anniversary summit of NATO in Washington on Tuesday.')
    expect(recordsOf(s, 'meeting-summit')).toEqual(['yoon-suk-yeol>nato reported'])
  })

  it('Korean N주년 stays background (a cue the Korean rules had already)', () => {
    expect(
      recordsOf(rulesKo('통일부는 남북 정상회담 5주년을 맞아 기념식을 열었다.'), 'meeting-summit'),
    ).toEqual(['south-korea>north-korea background'])
  })
})

// A relative clause told of a past date or a dated event ("in 2014, when ...", "the 1976 attack ..., in which
// ...") is set then (t20 t30 t40 t47 t48).
describe('a relative clause of a date before the article is background', () => {
  it('"Xi last visited South Korea in 2014, when he met Park Geun-hye"', () => {
    const r = rulesEn('Xi Jinping last visited South Korea in 2014, when he met Park Geun-hye in Seoul.')
    expect(recordsOf(r, 'meeting-summit')).toEqual(['xi-jinping>south-korea background'])
  })

  it('"the August 1976 axe attack in the JSA, in which North Korean soldiers killed two officers"', () => {
    const r = rulesEn(
      'Veterans recalled the August 1976 axe attack in the Joint Security Area, in which North Korean soldiers killed two U.S. Army officers.',
    )
    expect(recordsOf(r, 'attack-clash')).toEqual(['north-korea>united-states background'])
  })

  it('a "when" clause of this week stays the news', () => {
    const r = rulesEn(
      'Kim Jong Un met Vladimir Putin in Vostochny on Thursday, when the two leaders discussed arms.',
    )
    expect(recordsOf(r, 'meeting-summit')).toEqual(['kim-jong-un>vladimir-putin reported'])
  })
})

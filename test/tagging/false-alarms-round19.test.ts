import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn } from './helpers'

// Round nineteen, English false alarms: a bare noun naming again, between the same parties, an event its sentence
// recalls (t20 t47 t74). Sentences written for these tests. English only: the Korean analogue (a noun beside an
// anniversary, round eighteen) is already in place.
describe('a bare noun naming a recalled event again is background', () => {
  it('"recalls the 2019 summit with Kim, describing long talks"', () => {
    const r = rulesEn(
      "Former U.S. President Donald Trump's new book recalls the 2019 summit with Kim Jong Un, describing long talks over lunch.",
    )
    expect(recordsOf(r, 'meeting-summit')).toEqual(['donald-trump>kim-jong-un background'])
    expect(eventSlugs(r)).not.toContain('meeting-summit')
  })

  it('"Two years after Russia and North Korea signed a treaty, ... about a partnership"', () => {
    const r = rulesEn(
      'Two years after Russia and North Korea signed a mutual defence treaty, Japan has said little about a partnership that worries Tokyo.',
    )
    expect(recordsOf(r, 'alliance-agreement').every((x) => x.endsWith('background'))).toBe(true)
    expect(eventSlugs(r)).not.toContain('alliance-agreement')
  })

  it('a support verb tells new talks, and a noun beside no recalled event stays the news', () => {
    const r = rulesEn(
      "Former U.S. President Donald Trump's new book recalls the 2019 summit with Kim Jong Un, and the two held talks again on Monday.",
    )
    expect(recordsOf(r, 'meeting-summit')).toContain('donald-trump>kim-jong-un reported')
    const s = rulesEn('Russia and North Korea signed a partnership treaty on Wednesday in Pyongyang.')
    expect(recordsOf(s, 'alliance-agreement')).toEqual(['russia>north-korea reported'])
  })
})

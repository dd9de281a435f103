import { describe, expect, it } from 'vitest'
import { actorsOf, recordsOf, rulesEn } from './helpers'

describe('a country named only as where a gathering of many states is attended (rule 1, convention 5)', () => {
  it('"flies to X next week for the APEC summit": no visit to X, and X is no actor', () => {
    const r = rulesEn(
      'Donald Trump flies to Japan next week for the APEC summit, where he may meet Xi Jinping.',
    )
    expect(recordsOf(r, 'visit')).toEqual([])
    expect(actorsOf(r)).not.toContain('japan')
  })

  it('"his trip to X for the ASEAN forum", "left for X to attend the NATO summit": a venue', () => {
    expect(
      actorsOf(
        rulesEn(
          'Vladimir Putin declined to say whether he would meet Kim during his trip to Laos for the ASEAN forum.',
        ),
      ),
    ).not.toContain('laos')
    expect(
      actorsOf(rulesEn('Fumio Kishida left for the United States on Monday to attend the NATO summit.')),
    ).not.toContain('united-states')
  })

  it('still a visit and an actor: talks with the host before the gathering, or no gathering of many', () => {
    const before = rulesEn(
      'Xi Jinping will visit South Korea for talks with Lee Jae-myung before the APEC summit.',
    )
    expect(actorsOf(before)).toContain('south-korea')
    const bilateral = rulesEn('Fumio Kishida flies to South Korea on Sunday for a summit with Yoon Suk Yeol.')
    expect(actorsOf(bilateral)).toContain('south-korea')
  })
})

import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, rulesKo as ko, recordsOf as records } from './helpers'

// Round twenty-three's military-cooperation pass (branch s50-coop): two constructions of the tuning gold the rules
// misread, each beside words that read alike and are none. Sentences written for these tests; read with the
// learned veto off.

const COOP = 'military-cooperation'

describe("one state's troops placed in another, what talks or reports are about (t20 t28 t40 t48)", () => {
  it('"troops in <state>" after of / on / about / with is a deployment alongside the host', () => {
    expect(records(en('Ministers met in Seoul for talks on Chinese troops in Russia.'), COOP)).toEqual([
      'china>russia reported',
    ])
    expect(
      records(
        en("With North Korean troops now training at bases in Russia's east, Seoul changed course."),
        COOP,
      ),
    ).toEqual(['north-korea>russia reported'])
  })

  it('a standing U.S. garrison, a battlefield, a region of the host or troops as a subject are none', () => {
    expect(events(en('The report on U.S. troops in South Korea was delayed.'))).not.toContain(COOP)
    expect(events(en('The minister spoke about North Korean troops in Ukraine.'))).not.toContain(COOP)
    expect(events(en("Officials spoke about North Korean troops in Russia's Kursk region."))).not.toContain(
      COOP,
    )
    expect(events(en('Russian troops in Ukraine advanced on Monday.'))).not.toContain(COOP)
    expect(events(en('Japanese troops in Japan held a parade.'))).not.toContain(COOP)
  })
})

describe('a report or rumour of the act its sentence calls false (t48 t61 t75)', () => {
  it('"calls reports of ... \'groundless rumours\'" and 설 with 사실무근 / 가짜뉴스 deny the act', () => {
    expect(
      records(en("Pyongyang calls reports of North Korean troops in Russia 'groundless rumours'."), COOP),
    ).toEqual(['north-korea>russia denied'])
    expect(records(ko('러시아 "北 미사일 기술지원설 사실무근"'), COOP)).toEqual(['russia>north-korea denied'])
    expect(records(ko("러시아 외무부, 북한군 파병설에 '또 다른 가짜뉴스'"), COOP)).toEqual([
      'north-korea>russia denied',
    ])
  })

  it('reports called something else, or a rumour being checked, are no denial', () => {
    expect(
      records(en("Pyongyang calls reports of North Korean troops in Russia 'worrying'."), COOP),
    ).not.toContain('north-korea>russia denied')
    expect(records(ko("북한군 파병설에 미국 '사실 확인 중'"), COOP)).toEqual([
      'north-korea>united-states speculative',
    ])
    expect(events(ko("북한군 파병설에 미국 '사실 확인 중'"))).not.toContain(COOP)
  })
})

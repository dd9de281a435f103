import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('taking office named as the point a time is counted from is the past, not the news', () => {
  it('취임한 지 석 달이 지났다: the time elapsed since taking office (지), background', () => {
    const r = rulesKo('이시바 시게루 총리가 취임한 지 석 달이 지났지만 지지율은 여전히 낮다.')
    expect(recordsOf(r, 'leadership-change')).toEqual(['shigeru-ishiba>null background'])
  })

  it('취임 첫해, 취임 첫날: a span of the term, background', () => {
    const r = rulesKo('이재명 대통령이 취임 첫해 베이징을 찾는다면 관계 개선의 계기가 될 수 있다.')
    expect(recordsOf(r, 'leadership-change').every((x) => x.endsWith('background'))).toBe(true)
    const s = rulesKo('이재명 대통령은 취임 첫날 비상경제회의를 주재했다.')
    expect(recordsOf(s, 'leadership-change').every((x) => x.endsWith('background'))).toBe(true)
  })

  it('still the news: 취임했다 told as the act', () => {
    const r = rulesKo('다카이치 사나에 총리가 21일 취임했다.')
    expect(recordsOf(r, 'leadership-change')).toContain('sanae-takaichi>null reported')
  })

  it('"hours after Trump\'s inauguration": an office taken dates the call, background', () => {
    const r = rulesEn(
      "Xi Jinping and Vladimir Putin held a video call hours after Donald Trump's inauguration.",
    )
    expect(recordsOf(r, 'leadership-change')).toEqual(['donald-trump>null background'])
  })

  it('still the news: "hours after North Korea\'s missile launch" (only an office is counted from)', () => {
    const r = rulesEn("Hours after North Korea's missile launch, Seoul convened its security council.")
    expect(recordsOf(r, 'missile-launch')).toContain('north-korea>null reported')
  })
})

describe('a past participle after a comma on a name opens a relative clause (no "who was")', () => {
  it('"Lee Jae-myung, sworn in last week, has signalled ...": dated before the article, background', () => {
    const r = rulesEn('President Lee Jae-myung, sworn in last week, has signalled a softer line on Japan.')
    expect(recordsOf(r, 'leadership-change')).toEqual(['lee-jae-myung>null background'])
  })

  it('still the news: the participle with no earlier date, or a thing named by its act', () => {
    expect(
      recordsOf(
        rulesEn("North Korea's missile, launched on Tuesday, flew 1,000 km, Seoul said."),
        'missile-launch',
      ),
    ).toContain('north-korea>null reported')
  })
})

describe('a country naming the nationality of private people is no party to talks', () => {
  it('한국과 일본의 스타 셰프들이 연 "맛의 정상회담": no japan or south-korea meeting', () => {
    const r = rulesKo('한국과 일본의 스타 셰프들이 20일 서울에서 이른바 맛의 정상회담을 열었다.')
    expect(recordsOf(r, 'meeting-summit').some((x) => x.includes('japan'))).toBe(false)
  })

  it("한일 팬들이 함께한 정상회담 (a singer's agency's figure): no japan party", () => {
    const r = rulesKo('소속사는 "한일 팬들이 함께한 일종의 음악 정상회담이었다"고 밝혔다.')
    expect(recordsOf(r, 'meeting-summit').some((x) => x.includes('japan'))).toBe(false)
  })

  it("still talks: the two states' leaders named", () => {
    const r = rulesKo('이재명 대통령과 이시바 시게루 일본 총리가 17일 도쿄에서 정상회담을 열었다.')
    expect(recordsOf(r, 'meeting-summit').length).toBeGreaterThan(0)
  })
})

describe('a sanction with no one named imposing or bearing it, and no actor in its sentence, is another sense', () => {
  it('a ship-to-ship transfer between tankers at a port: no sanctions', () => {
    const r = rulesEn(
      'Two tankers completed a ship-to-ship transfer of liquefied natural gas off Ulsan on Monday, the port authority said.',
    )
    expect(recordsOf(r, 'sanctions')).toEqual([])
  })

  it('still sanctions: a state imposing them on another', () => {
    const r = rulesEn('The United States imposed sanctions on two North Korean trading firms on Monday.')
    expect(recordsOf(r, 'sanctions')).toContain('united-states>north-korea reported')
  })
})

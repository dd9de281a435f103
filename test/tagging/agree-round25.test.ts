import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe("an instrument's signing named as the point another act is timed from is recalled", () => {
  it('조약 체결 이후 ... 검토할 수 있다: the signing as a time reference is background', () => {
    const r = rulesKo("국방부 장관은 '한미 협정 체결 이후 상황에 따라 여러 방안을 검토할 수 있다'고 말했다.")
    expect(recordsOf(r, 'alliance-agreement')).toEqual(['south-korea>united-states background'])
  })

  it('외교부는 ... 협정 체결 이후 교역이 늘었다고 밝혔다: the signing counted from is background', () => {
    const r = rulesKo('외교부는 한미 협정 체결 이후 양국 교역이 늘었다고 밝혔다.')
    expect(recordsOf(r, 'alliance-agreement')).toEqual(['south-korea>united-states background'])
  })

  it('조약은 체결 넉 달 만에: a span in a native numeral and 달 counts from the signing', () => {
    const r = rulesKo('북한과 러시아가 맺은 이 조약은 체결 넉 달 만에 북한군 파병으로 현실이 됐다.')
    expect(recordsOf(r, 'alliance-agreement').every((x) => x.endsWith(' background'))).toBe(true)
  })

  it('still the news: a signing today, one right before another act (직후), one timed from a date to come', () => {
    expect(
      recordsOf(rulesKo('북한과 러시아는 19일 평양에서 조약을 체결했다.'), 'alliance-agreement'),
    ).toEqual(['north-korea>russia reported'])
    expect(
      recordsOf(
        rulesKo('푸틴 대통령과 김정은 위원장은 조약에 서명한 직후 공동 기자회견을 열었다.'),
        'alliance-agreement',
      ),
    ).toEqual(['vladimir-putin>kim-jong-un reported'])
    expect(
      recordsOf(
        rulesKo('정부는 오는 20일 한일 협정 체결 이후 후속 협의를 시작할 계획이다.'),
        'alliance-agreement',
      ),
    ).toEqual(['south-korea>japan planned'])
  })

  it('"The drills followed Russia\'s signing of a defence pact": the act followed is the context', () => {
    const r = rulesEn("The drills followed Russia's signing of a defence pact with North Korea on Wednesday.")
    expect(recordsOf(r, 'alliance-agreement')).toEqual(['russia>north-korea background'])
  })

  it('not the later act ("was followed by"), one to come ("will follow"), nor "followed" after the signing', () => {
    expect(
      recordsOf(
        rulesEn(
          'The signing of the treaty was followed by a banquet for Putin and Kim Jong Un in Pyongyang.',
        ),
        'alliance-agreement',
      ),
    ).toEqual(['vladimir-putin>kim-jong-un reported'])
    expect(
      recordsOf(
        rulesEn('Talks between Seoul and Tokyo will follow the signing of the accord.'),
        'alliance-agreement',
      ),
    ).toEqual(['south-korea>japan planned'])
    expect(
      recordsOf(
        rulesEn('Japan and South Korea signed the accord on Tuesday, and a dinner followed.'),
        'alliance-agreement',
      ),
    ).toEqual(['japan>south-korea reported'])
  })
})

describe('세 정상은, 세 장관은: the three leaders or ministers named just before', () => {
  it('세 정상은 ... 공동선언을 채택했다: the first two leaders of the last sentence adopt it', () => {
    const r = rulesKo(
      '윤석열 대통령과 조 바이든 미국 대통령, 기시다 후미오 일본 총리가 워싱턴에서 정상회의를 열었다. 세 정상은 협력 원칙을 담은 공동선언을 채택했다.',
    )
    expect(recordsOf(r, 'alliance-agreement')).toContain('yoon-suk-yeol>joe-biden reported')
  })

  it('not when the last sentence named fewer than three leaders', () => {
    const r = rulesKo(
      '윤석열 대통령이 워싱턴에서 조 바이든 미국 대통령을 만났다. 세 정상은 협력 원칙을 담은 공동선언을 채택했다.',
    )
    expect(recordsOf(r, 'alliance-agreement')).not.toContain('yoon-suk-yeol>joe-biden reported')
  })
})

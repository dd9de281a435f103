import { describe, expect, it } from 'vitest'
import { recordsOf, rulesKo } from './helpers'

describe('an agreement the time elapsed is counted from (지) is recalled (alliance-agreement)', () => {
  it('조약을 체결한 지 1년을 맞아: the signing is background', () => {
    const r = rulesKo('북한과 러시아가 상호 방위 조약을 체결한 지 1년을 맞아 서울에서 토론회가 열렸다.')
    expect(recordsOf(r, 'alliance-agreement')).toEqual(['north-korea>russia background'])
  })

  it("동반자 관계 '조약'을 체결한 지: a trigger inside the instrument's quoted name", () => {
    const r = rulesKo("북한과 러시아가 '포괄적 전략적 동반자 관계 조약'을 체결한 지 2년이 지났다.")
    expect(recordsOf(r, 'alliance-agreement')).toEqual(['north-korea>russia background'])
  })

  it('협정에 서명한 지 사흘 만에: the object with 에, a span in a native word', () => {
    const r = rulesKo('한국과 일본이 정보보호협정에 서명한 지 사흘 만에 북한이 미사일을 쐈다.')
    expect(recordsOf(r, 'alliance-agreement')).toEqual(['south-korea>japan background'])
  })

  it('still the news: a signing told as the predicate, or the instrument as subject', () => {
    expect(recordsOf(rulesKo('한국과 일본은 이날 정보보호협정에 서명했다.'), 'alliance-agreement')).toEqual([
      'south-korea>japan reported',
    ])
    expect(recordsOf(rulesKo('북한과 러시아가 체결한 조약은 4일 발효됐다.'), 'alliance-agreement')).toEqual([
      'north-korea>russia reported',
    ])
  })

  it("not a state's passive (억류된 지 10년: the detention goes on)", () => {
    const r = rulesKo('통일부는 선교사가 북한에 억류된 지 10년이 넘었다며 석방을 촉구했다.')
    expect(recordsOf(r, 'humanitarian')).not.toContain('north-korea>south-korea background')
  })
})

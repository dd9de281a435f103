import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('a tally of arrivals over a past period, made public now, is the news (not background)', () => {
  it('"198 defectors reached South Korea last year, the ministry said"', () => {
    const r = rulesEn(
      'A total of 198 North Korean defectors reached South Korea last year, the Unification Ministry said on Monday.',
    )
    expect(recordsOf(r, 'humanitarian').some((x) => x.endsWith(' reported'))).toBe(true)
  })

  it('"arrived in South Korea last year": reported', () => {
    const r = rulesEn(
      'Some 210 North Korean defectors arrived in South Korea last year, most of them women, the ministry said Tuesday.',
    )
    expect(recordsOf(r, 'humanitarian').some((x) => x.endsWith(' reported'))).toBe(true)
  })

  it('지난해 입국한 북한이탈주민이 ...명으로 집계됐다고 밝혔다: reported', () => {
    const r = rulesKo('통일부는 지난해 국내에 입국한 북한이탈주민이 198명으로 집계됐다고 3일 밝혔다.')
    expect(recordsOf(r, 'humanitarian')).toContain('south-korea>north-korea reported')
  })

  it('지난해 탈북해 정착한 것으로 확인됐다: reported', () => {
    const r = rulesKo(
      '주러시아 북한 대사관의 한 외교관이 지난해 9월 가족과 함께 탈북해 한국에 정착한 것으로 2일 확인됐다.',
    )
    expect(recordsOf(r, 'humanitarian').some((x) => x.endsWith(' reported'))).toBe(true)
  })

  it('not a defection recalled with no tally made public ("who defected last year")', () => {
    const r = rulesEn(
      'The diplomat, who defected to South Korea last year, spoke at a forum in Seoul on Friday.',
    )
    expect(recordsOf(r, 'humanitarian').filter((x) => x.endsWith(' reported'))).toEqual([])
  })

  it('지난해 입국한 탈북민 with no disclosure: still background', () => {
    const r = rulesKo('지난해 입국한 탈북민 김모 씨는 서울의 한 식당에서 일하고 있다.')
    expect(recordsOf(r, 'humanitarian').filter((x) => x.endsWith(' reported'))).toEqual([])
  })
})

describe('a soldier who crossed the demarcation line and was taken into custody', () => {
  it('"was taken into custody by South Korean troops": the taker is the source', () => {
    const r = rulesEn(
      'A North Korean soldier crossed the Military Demarcation Line on the western front on Monday and was taken into custody by South Korean troops, the Joint Chiefs of Staff said.',
    )
    expect(recordsOf(r, 'humanitarian')).toContain('south-korea>north-korea reported')
  })

  it("a headline with no taker: the soldier's country is the target", () => {
    const r = rulesEn(
      'The soldier is being questioned.',
      'N. Korean soldier crosses MDL on western front, taken into custody',
    )
    expect(recordsOf(r, 'humanitarian')).toContain('null>north-korea reported')
  })

  it('not a suspect taken into custody at home (no border, no defection)', () => {
    const r = rulesEn(
      'A South Korean man was taken into custody by police in Seoul on Monday after a fraud complaint.',
    )
    expect(recordsOf(r, 'humanitarian')).toEqual([])
  })
})

describe('relief naming the kind of a drill or a field of cooperation is no relief given', () => {
  it('"a trilateral humanitarian assistance and disaster relief exercise": the drill only', () => {
    const r = rulesEn(
      'Navies of South Korea, Japan and the United States held their first humanitarian assistance and disaster relief exercise off Jeju on Wednesday.',
    )
    expect(recordsOf(r, 'humanitarian')).toEqual([])
    expect(recordsOf(r, 'aid')).toEqual([])
    expect(recordsOf(r, 'military-exercise').length).toBeGreaterThan(0)
  })

  it('인도적 차원의 훈련: no humanitarian record', () => {
    const r = rulesKo(
      '한일 해군은 2일 동해 공해상에서 수색·구조훈련을 실시했다. 해군은 "조난 선박을 구하기 위한 인도적 차원의 훈련"이라고 밝혔다.',
    )
    expect(recordsOf(r, 'humanitarian')).toEqual([])
  })

  it('재난 구호 등 비전통 안보 분야 협력: a topic of talks, no relief', () => {
    const r = rulesKo('양국 국방장관은 재난 구호 등 비전통 안보 분야 협력 방안도 논의했다.')
    expect(recordsOf(r, 'humanitarian')).toEqual([])
  })

  it('relief actually sent is still aid and humanitarian', () => {
    const r = rulesEn(
      'Japan sent emergency relief supplies worth $3 million to flood victims in North Korea on Monday.',
    )
    expect(recordsOf(r, 'humanitarian').length).toBeGreaterThan(0)
  })

  it('구호 물자를 보냈다: still humanitarian', () => {
    const r = rulesKo('일본 정부는 3일 지진 피해를 입은 튀르키예에 긴급 구호 물자를 보냈다고 밝혔다.')
    expect(recordsOf(r, 'humanitarian').length).toBeGreaterThan(0)
  })
})

import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('a Korean province ending in 도 is a place noun, not a word with the particle 도', () => {
  it('북한 함경북도 청진에 도착: the host is the country before the province', () => {
    const r = rulesKo(
      '세르게이 쇼이구 러시아 국가안보회의 서기가 5일 북한 함경북도 청진에 도착했다고 조선중앙통신이 전했다.',
    )
    expect(recordsOf(r, 'visit')).toContain('sergei-shoigu>north-korea reported')
  })

  it('not a leader arriving in a province of his own country', () => {
    const r = rulesKo('김정은 국무위원장이 10일 강원도 원산에 도착해 건설 현장을 둘러봤다.')
    expect(recordsOf(r, 'visit')).toEqual([])
  })
})

describe('출국 with its destination in 로/으로 is a visit', () => {
  it('모스크바로 출국했다: a visit of Russia, reported', () => {
    const r = rulesKo('최선희 북한 외무상이 3일 모스크바로 출국했다고 조선중앙통신이 보도했다.')
    expect(recordsOf(r, 'visit')).toContain('choe-son-hui>russia reported')
  })

  it('not a travel ban, nor a team leaving for a tournament', () => {
    expect(recordsOf(rulesKo('법무부는 그에게 출국 금지 조치를 내렸다.'), 'visit')).toEqual([])
    expect(recordsOf(rulesKo('국가대표 선수단이 5일 일본 도쿄로 출국했다.'), 'visit')).toEqual([])
  })

  it('not leaving for a multilateral meeting abroad (the meeting only)', () => {
    const r = rulesKo('조태열 외교부 장관이 아세안 외교장관회의에 참석하기 위해 25일 라오스로 출국했다.')
    expect(recordsOf(r, 'visit')).toEqual([])
  })
})

describe('a trip counted in days that names neither side', () => {
  it('"held talks with ... at the start of a three-day visit": the subject visits the counterpart', () => {
    const r = rulesEn(
      'Chinese Foreign Minister Wang Yi held talks with his South Korean counterpart Cho Hyun in Busan on Monday at the start of a three-day visit.',
    )
    expect(recordsOf(r, 'visit')).toContain('wang-yi>south-korea reported')
  })

  it('"prepared to welcome X for a two-day visit, during which he will hold talks with Y"', () => {
    const r = rulesEn(
      'Officials prepared to welcome Japanese Prime Minister Shigeru Ishiba for a two-day visit, during which he will hold talks with President Lee Jae-myung.',
    )
    expect(recordsOf(r, 'visit').some((x) => x.startsWith('shigeru-ishiba>south-korea'))).toBe(true)
  })

  it('a venue decides who travelled: "Kim held talks with Putin in Pyongyang at the end of a two-day visit"', () => {
    const r = rulesEn(
      'Kim Jong Un held talks with Vladimir Putin in Pyongyang at the end of a two-day visit.',
    )
    expect(recordsOf(r, 'visit')).toContain('vladimir-putin>north-korea reported')
    expect(recordsOf(r, 'visit').some((x) => x.startsWith('kim-jong-un>'))).toBe(false)
  })

  it('not a leader touring his own country for two days', () => {
    const r = rulesEn('Chinese President Xi Jinping inspected farms in Henan province during a two-day trip.')
    expect(recordsOf(r, 'visit')).toEqual([])
  })
})

describe('talks in a capital imply the visit even when a state body of a party is named', () => {
  it('서울에서 회담하고 주한미군 역할 조정 문제를 논의: USFK is talked about, not a party', () => {
    const r = rulesKo(
      '안규백 국방부 장관과 피트 헤그세스 미국 국방장관은 4일 서울에서 회담하고 주한미군 역할 조정 문제를 논의했다.',
    )
    expect(recordsOf(r, 'visit')).toContain('pete-hegseth>south-korea reported')
  })

  it('not with an organisation of no state: the UN chief met in New York', () => {
    const r = rulesKo('조태열 외교부 장관은 20일 뉴욕에서 안토니우 구테흐스 유엔 사무총장과 회담했다.')
    expect(recordsOf(r, 'visit')).toEqual([])
  })
})

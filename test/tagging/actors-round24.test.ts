import { describe, expect, it } from 'vitest'
import { rulesEn, rulesKo } from './helpers'

const actors = (r: { actors: { slug: string }[] }) => r.actors.map((a) => a.slug)

describe('the states of the Korean War story in a sentence reporting no event are history', () => {
  it('forces in a 1951 battle: neither China nor the United States', () => {
    const r = rulesEn(
      'The novel retells the 1951 winter at Hill 355, where American infantry held off Chinese forces in the snow.',
    )
    expect(actors(r)).not.toContain('china')
    expect(actors(r)).not.toContain('united-states')
  })

  it('6·25전쟁 당시 북한군이 쓴 트럭이 전시된다: no North Korea', () => {
    const r = rulesKo('부산의 한 사립 박물관에 6·25전쟁 당시 북한군이 쓰던 군용 트럭이 전시돼 있다.')
    expect(actors(r)).not.toContain('north-korea')
  })

  it('veterans from a country who fought in the Korean War', () => {
    const r = rulesEn(
      'Forty Korean War veterans from the United States and Canada toured a Busan market on Friday.',
    )
    expect(actors(r)).not.toContain('united-states')
  })

  it('still tagged: the invasion that began the war is its aggressor act', () => {
    const r = rulesKo('1950년 북한군의 기습 남침으로 시작된 전쟁은 3년 넘게 이어졌다.')
    expect(actors(r)).toContain('north-korea')
  })

  it('still tagged: a state marking the war anniversary acts now', () => {
    const r = rulesEn('South Korea held a ceremony to mark the anniversary of the Korean War on Wednesday.')
    expect(actors(r)).toContain('south-korea')
  })

  it('still tagged: the war as the date of something else', () => {
    const r = rulesEn(
      'China said its trade with North Korea was higher than at any time since the Korean War.',
    )
    expect(actors(r)).toContain('china')
  })
})

describe('a country named bare as where a war is fought names the war, not a party', () => {
  it('"the war in Ukraine" as what drives markets: no Ukraine', () => {
    const r = rulesEn(
      'Shipbuilders rallied on Friday as traders bet the war in Ukraine would keep European demand high.',
    )
    expect(actors(r)).not.toContain('ukraine')
  })

  it('우크라이나 전쟁이 끝난 뒤: no Ukraine', () => {
    const r = rulesKo('전문가들은 우크라이나 전쟁이 끝난 뒤에도 방산 수출이 이어질지를 두고 의견이 갈렸다.')
    expect(actors(r)).not.toContain('ukraine')
  })

  it('still tagged: another state owns the war on it ("its war in Ukraine", 러시아의 우크라이나 전쟁)', () => {
    expect(
      actors(rulesEn('The bloc widened its measures against Russia over its war in Ukraine.')),
    ).toContain('ukraine')
    expect(actors(rulesKo('그는 러시아의 우크라이나 전쟁을 지지한다고 말했다.'))).toContain('ukraine')
  })

  it('still tagged: a pair joined before the war names both sides ("the Russia-Ukraine war")', () => {
    const r = rulesEn('Analysts expect talks on ending the Russia-Ukraine war to drag on into spring.')
    expect(actors(r)).toContain('ukraine')
  })

  it('still tagged: forces sent into the war (우크라이나 전선에 투입, "deployment to the war in Ukraine")', () => {
    expect(actors(rulesKo('정보당국은 이들 부대가 곧 우크라이나 전선에 투입될 것으로 봤다.'))).toContain(
      'ukraine',
    )
    expect(
      actors(rulesEn('The unit is training near Vladivostok ahead of deployment to the war in Ukraine.')),
    ).toContain('ukraine')
  })
})

describe('Korean: countries a ranking predicate counts are categories, not states acting', () => {
  it('1위는 X, 2위는 일본이었다: no Japan', () => {
    const r = rulesKo('올해 세계 공항 서비스 평가에서 1위는 싱가포르, 2위는 일본이었다.')
    expect(actors(r)).not.toContain('japan')
  })

  it('대만이 가장 많았고 일본과 미국이 뒤를 이었다: neither', () => {
    const r = rulesKo('지난달 제주를 찾은 외국인은 국가별로 대만이 가장 많았고 일본과 미국이 뒤를 이었다.')
    expect(actors(r)).not.toContain('taiwan')
    expect(actors(r)).not.toContain('united-states')
  })

  it('still tagged: a country acting in a sentence without a ranking', () => {
    const r = rulesKo('일본 정부는 올해 관광 비자 발급 요건을 완화하겠다고 밝혔다.')
    expect(actors(r)).toContain('japan')
  })
})

describe('a country qualifying a stretch of land or sea in a sentence reporting no event is geography', () => {
  it('"the Chinese side" of a mountain, "the hills of North Korea": neither state', () => {
    const r = rulesEn(
      'Hikers who climb from the Chinese side can look across the river to the hills of North Korea.',
    )
    expect(actors(r)).not.toContain('china')
    expect(actors(r)).not.toContain('north-korea')
  })

  it('"Chinese waters" a cargo reaches: no China', () => {
    const r = rulesEn(
      'Tankers loaded with coal kept reaching Chinese waters through the winter, the report said.',
    )
    expect(actors(r)).not.toContain('china')
  })

  it('still tagged: a side that speaks ("the Chinese side said")', () => {
    const r = rulesEn('The Chinese side said it hoped the port project would be finished by spring.')
    expect(actors(r)).toContain('china')
  })
})

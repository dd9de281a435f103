import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

const told = (records: string[]) => records.filter((r) => / (reported|planned|denied)$/.test(r))

describe('a launch a meeting is held or a concern voiced over is what they react to (background)', () => {
  it('"the council met in an emergency session on Tuesday over North Korea\'s launch"', () => {
    const r = rulesEn(
      "The U.N. Security Council met in an emergency session on Tuesday over North Korea's launch of a reconnaissance satellite.",
    )
    expect(told(recordsOf(r, 'missile-launch'))).toEqual([])
  })

  it('"will hold an open meeting on Friday on North Korea\'s launch"', () => {
    const r = rulesEn(
      "The Security Council will hold an open meeting on Friday on North Korea's launch of a reconnaissance satellite, diplomats said.",
    )
    expect(told(recordsOf(r, 'missile-launch'))).toEqual([])
  })

  it('"voiced grave concern over North Korea\'s ballistic missile launches"', () => {
    const r = rulesEn(
      "The forum's closing statement voiced grave concern over North Korea's ballistic missile launches and urged restraint.",
    )
    expect(told(recordsOf(r, 'missile-launch'))).toEqual([])
  })

  it('"share data on North Korean missile launches": the launches are the data\'s topic, no launch', () => {
    const r = rulesEn(
      'The three allies agreed to share real-time data on North Korean missile launches next year.',
    )
    expect(told(recordsOf(r, 'missile-launch'))).toEqual([])
  })

  it('still a launch: "North Korea launched a ballistic missile on Monday"', () => {
    const r = rulesEn(
      'North Korea launched a ballistic missile toward the East Sea on Monday, the military said.',
    )
    expect(recordsOf(r, 'missile-launch')).toContain('north-korea>null reported')
  })

  it('still a launch: "the council met after North Korea launched a satellite"', () => {
    const r = rulesEn(
      'The Security Council met on Monday after North Korea launched a military spy satellite.',
    )
    expect(told(recordsOf(r, 'missile-launch')).length).toBeGreaterThan(0)
  })

  it('Korean: 발사를 논의하기 위한 회의 over an abbreviation and a quoted name', () => {
    const r = rulesKo(
      "유엔 안보리는 5일 북한의 대륙간탄도미사일(ICBM) '화성-18형' 발사를 논의하기 위한 공개회의를 열었다.",
    )
    expect(told(recordsOf(r, 'missile-launch'))).toEqual([])
  })

  it('Korean: 발사에 깊은 우려를 표명', () => {
    const r = rulesKo('두 정상은 북한의 잇단 탄도미사일 발사에 깊은 우려를 표명했다.')
    expect(told(recordsOf(r, 'missile-launch'))).toEqual([])
  })

  it('Korean: 발사에 관여한 인사를 제재', () => {
    const r = rulesKo(
      "정부는 2일 북한의 정찰위성 '만리경-1호' 발사에 관여한 북한 인사 5명을 독자제재 대상으로 지정했다.",
    )
    expect(told(recordsOf(r, 'missile-launch'))).toEqual([])
  })

  it('Korean: still a launch, 북한이 탄도미사일을 발사했다', () => {
    const r = rulesKo('북한이 3일 오전 동해상으로 단거리 탄도미사일 2발을 발사했다고 합참이 밝혔다.')
    expect(told(recordsOf(r, 'missile-launch')).length).toBeGreaterThan(0)
  })
})

describe('a theft named inside the loot a sanction is about is recalled (background)', () => {
  it('"laundering cryptocurrency stolen by state-backed hackers"', () => {
    const r = rulesEn(
      'The Treasury on Monday sanctioned three bankers accused of laundering cryptocurrency stolen by North Korean hackers.',
    )
    expect(told(recordsOf(r, 'cyberattack'))).toEqual([])
  })

  it('still the theft: "hackers stole $300 million and have begun laundering the funds"', () => {
    const r = rulesEn(
      'North Korean hackers stole $300 million from a Tokyo exchange and have begun laundering the funds, the FBI said.',
    )
    expect(told(recordsOf(r, 'cyberattack')).length).toBeGreaterThan(0)
  })

  it('Korean: 가상자산 탈취에 관여한 개인을 제재', () => {
    const r = rulesKo(
      '정부는 북한의 가상자산 탈취에 관여한 개인 5명을 독자제재 대상으로 지정했다고 외교부가 밝혔다.',
    )
    expect(told(recordsOf(r, 'cyberattack'))).toEqual([])
  })

  it('Korean: a denial of taking part stays a denial (관여하지 않았다)', () => {
    const r = rulesKo('북한은 남측 은행들에 대한 사이버 공격에 관여하지 않았다고 부인했다.')
    expect(recordsOf(r, 'cyberattack').some((x) => x.endsWith('denied'))).toBe(true)
  })
})

describe('a dialogue hoped or pledged for is an aim, not an offer to meet (speculative)', () => {
  it('"pledged to seek a restoration of dialogue with Pyongyang"', () => {
    const r = rulesEn('The president pledged on Monday to seek a restoration of dialogue with Pyongyang.')
    expect(told(recordsOf(r, 'meeting-summit'))).toEqual([])
  })

  it('"hoped eventually to reopen dialogue with Pyongyang"', () => {
    const r = rulesEn(
      'The new unification minister said he hoped eventually to reopen dialogue with Pyongyang.',
    )
    expect(told(recordsOf(r, 'meeting-summit'))).toEqual([])
  })

  it('still an offer: "Seoul proposed talks with North Korea next week"', () => {
    const r = rulesEn("South Korea's defence ministry on Monday proposed military talks with North Korea.")
    expect(told(recordsOf(r, 'meeting-summit')).length).toBeGreaterThan(0)
  })
})

describe('training a soldier was told of or troops receive is no drill held', () => {
  it('"said he had been told he was going to a training exercise"', () => {
    const r = rulesEn(
      'A captured North Korean soldier said he had been told he was going to a training exercise before he was sent to the front.',
    )
    expect(told(recordsOf(r, 'military-exercise'))).toEqual([])
  })

  it('still a drill: "troops were sent to a joint exercise"', () => {
    const r = rulesEn('South Korea and the United States began a joint military exercise on Monday.')
    expect(told(recordsOf(r, 'military-exercise')).length).toBeGreaterThan(0)
  })

  it('Korean: 파병된 병력이 현지에서 적응 훈련을 받고 있다', () => {
    const r = rulesKo('국정원은 러시아에 파병된 북한군이 현지에서 적응 훈련을 받고 있다고 밝혔다.')
    expect(told(recordsOf(r, 'military-exercise'))).toEqual([])
  })

  it('Korean: still a drill, 한미 연합훈련을 실시했다', () => {
    const r = rulesKo('한국과 미국은 10일 서해상에서 연합 해상훈련을 실시했다고 합참이 밝혔다.')
    expect(told(recordsOf(r, 'military-exercise')).length).toBeGreaterThan(0)
  })
})

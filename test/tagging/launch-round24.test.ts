import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('a series of launches summed up in one noun phrase (잇단, 잇따른) is recalled as context', () => {
  it('잇단 탄도미사일 발사에 대응한 훈련: the launches are background', () => {
    const r = rulesKo('합참은 "이번 연합훈련은 북한의 잇단 탄도미사일 발사에 대응한 것"이라고 설명했다.')
    expect(recordsOf(r, 'missile-launch')).toEqual(['north-korea>null background'])
  })

  it('잇따른 선거 패배: an election series summed up is background too', () => {
    const r = rulesKo('일본 정치권에서는 잇따른 선거 패배가 집권당의 위기를 불렀다는 분석이 나온다.')
    expect(recordsOf(r, 'election')).toEqual(['japan>null background'])
  })

  it('still reported: one launch of the day, even answered by a drill', () => {
    const r = rulesKo('한미 공군은 15일 북한의 탄도미사일 발사에 대응해 연합공중훈련을 실시했다.')
    expect(recordsOf(r, 'missile-launch')).toContain('north-korea>null reported')
  })

  it('still reported: launches fired one after another today (the adverb 잇달아 is no summary)', () => {
    const r = rulesKo('북한이 14일 오전 동해상으로 단거리 탄도미사일 2발을 잇달아 발사했다고 합참이 밝혔다.')
    expect(recordsOf(r, 'missile-launch')).toContain('north-korea>null reported')
  })

  it('still reported: strikes at someone in a series are a campaign under way', () => {
    const r = rulesKo('러시아의 잇단 공습으로 우크라이나 발전 설비가 크게 파괴됐다.')
    expect(recordsOf(r, 'attack-clash').some((x) => x.endsWith('reported'))).toBe(true)
  })
})

describe('the act as the means of a habit (X로 ~해 왔다) is that habit recalled', () => {
  it('발사로 맞대응해 왔다: background', () => {
    const r = rulesKo('북한은 해마다 한미 연합연습을 비난하며 미사일 발사로 맞대응해 왔다.')
    expect(recordsOf(r, 'missile-launch')).toEqual(['north-korea>null background'])
  })

  it('still reported: a launch as the means of a response today', () => {
    const r = rulesKo('북한은 16일 탄도미사일 발사로 대응했다고 합참이 밝혔다.')
    expect(recordsOf(r, 'missile-launch')).toContain('north-korea>null reported')
  })
})

describe('a launch site (발사장) is the launch’s place, no launch', () => {
  it('발사장에서 공사가 계속되고 있다: no missile-launch', () => {
    const r = rulesKo(
      '위성사진 분석 결과 동창리 서해위성발사장에서 새 건물 공사가 계속되고 있다고 연구소가 밝혔다.',
    )
    expect(recordsOf(r, 'missile-launch')).toEqual([])
  })

  it('still reported: a launch carried out from the site', () => {
    const r = rulesKo('북한이 21일 밤 서해위성발사장에서 정찰위성을 탑재한 로켓을 발사했다고 합참이 밝혔다.')
    expect(recordsOf(r, 'missile-launch')).toContain('north-korea>null reported')
  })
})

describe('a launch naming the body in charge of it (a launch committee) is no launch', () => {
  it('"headed the satellite launch preparatory committee": no missile-launch', () => {
    const r = rulesEn(
      "The new premier, a party official, once headed North Korea's satellite launch preparatory committee.",
    )
    expect(recordsOf(r, 'missile-launch')).toEqual([])
  })

  it('still reported: "North Korea\'s satellite launch on Tuesday"', () => {
    const r = rulesEn(
      "Japan condemned North Korea's satellite launch on Tuesday as a violation of UN resolutions.",
    )
    expect(recordsOf(r, 'missile-launch').length).toBeGreaterThan(0)
  })
})

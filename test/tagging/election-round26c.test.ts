import { describe, expect, it } from 'vitest'
import { recordsOf, rulesKo } from './helpers'

const held = (records: string[]) => records.filter((x) => !x.endsWith(' background'))

describe('an election named as a period gone by, or a nominee to an appointed office (election)', () => {
  it('후보 시절 공약한: the campaign as the time a pledge was made is recalled, not held', () => {
    const r = rulesKo('외교부는 대통령이 후보 시절 공약한 대북 특사 파견은 아직 검토 중이라고 밝혔다.')
    expect(held(recordsOf(r, 'election'))).toEqual([])
  })

  it('선거 때 내걸었던: an election before a retrospective -던 verb is a time gone by', () => {
    const r = rulesKo('총리가 당 대표 선거 때 내걸었던 안보 구상은 최근 거의 언급되지 않는다.')
    expect(held(recordsOf(r, 'election'))).toEqual([])
  })

  it('국방장관 후보로: a nominee to an appointed office is no election candidate', () => {
    const r = rulesKo('대통령실은 그를 첫 민간인 출신 국방장관 후보라고 소개했다.')
    expect(recordsOf(r, 'election')).toEqual([])
  })

  it('still a candidate chosen in a party race, and one elected', () => {
    expect(held(recordsOf(rulesKo('민주당은 김 의원을 대선 후보로 선출했다.'), 'election'))).not.toEqual([])
    expect(held(recordsOf(rulesKo('총재 선거에서 기호 2번 후보가 당선됐다.'), 'election'))).not.toEqual([])
  })

  it('still a campaign pledge made now, and an election still to come timed with 때', () => {
    expect(held(recordsOf(rulesKo('김 후보는 유세에서 군사합의 복원을 공약했다.'), 'election'))).not.toEqual(
      [],
    )
    expect(held(recordsOf(rulesKo('다음 달 총재 선거 때 투표하겠다고 밝혔다.'), 'election'))).not.toEqual([])
  })
})

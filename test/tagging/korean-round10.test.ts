import { describe, expect, it } from 'vitest'
import { actorsOf, eventsOf, tagKo } from './helpers'

// Issue 14, round ten (Korean): conditions drawn from error groups that recur across the eleven new tuning
// writers (t21-t31). Each block pairs the construction the rule is about with the case it must leave alone.
// Sentences written for these tests.

const events = (body: string, title = '') => eventsOf(tagKo(body, title))
const actors = (body: string, title = '') => actorsOf(tagKo(body, title))

describe('diplomatic-statement: 표하다 voices what its object names', () => {
  it('유감을 표했다 is a statement of its speaker, as 유감을 표명했다 is', () => {
    expect(events('외교부는 일본 정부의 교과서 검정 결과에 깊은 유감을 표했다.')).toContain(
      'diplomatic-statement',
    )
    expect(events('중국 외교부는 한국의 조치에 강한 우려를 표했다.')).toContain('diplomatic-statement')
  })

  it('a private speaker voicing regret is no state position', () => {
    expect(events('누리꾼들은 드라마 결말에 깊은 유감을 표했다.')).not.toContain('diplomatic-statement')
  })
})

describe('diplomatic-statement: a request (요청하다) aimed at another state', () => {
  it('asking another state for help or cooperation is an appeal', () => {
    expect(events('젤렌스키 대통령은 한국 정부에 방공무기 지원을 요청했다.')).toContain(
      'diplomatic-statement',
    )
    expect(events('다카이치 총리는 납치 문제 해결에 한국 측의 협력을 요청했다.')).toContain(
      'diplomatic-statement',
    )
  })

  it('requesting a meeting is the meeting only; a request aimed at no one, or the noun, is no statement', () => {
    expect(events('미국과 일본은 북한 미사일 발사와 관련해 안보리 회의 소집을 요청했다.')).not.toContain(
      'diplomatic-statement',
    )
    expect(events('통일부는 접경지역 주민 안전을 이유로 전단 살포 자제를 요청했다.')).not.toContain(
      'diplomatic-statement',
    )
    expect(events('회의는 러시아의 요청으로 열렸다.')).not.toContain('diplomatic-statement')
  })
})

describe('actors: an ambassador written solid with the country (중국대사, 러시아대사)', () => {
  it('the country of X대사 is named, as with X대사관', () => {
    expect(actors('싱하이밍 주한 중국대사는 한국 정부의 조치를 비판했다.')).toContain('china')
    expect(events('싱하이밍 주한 중국대사는 한국 정부의 조치를 비판했다.')).toContain('diplomatic-statement')
    expect(actors('주한 러시아대사관은 보도를 부인했다.')).toContain('russia')
  })
})

describe('arms-trade: buying or selling weapons (도입, 구매, 판매)', () => {
  it('a weapons purchase from another state is an arms transfer', () => {
    expect(events('방위사업청은 미국 정부와 F-35A 전투기 20대를 추가 도입하는 계약을 맺었다.')).toContain(
      'arms-trade',
    )
    expect(events('미국 국무부는 한국에 중거리 공대공미사일을 판매하는 방안을 승인했다.')).toContain(
      'arms-trade',
    )
  })

  it('buying or bringing in what is no weapon is not', () => {
    expect(events('정부는 외국인 근로자 도입을 확대하기로 했다.')).not.toContain('arms-trade')
    expect(events('한국은 미국산 쇠고기 구매를 늘렸다.')).not.toContain('arms-trade')
  })
})

describe('diplomatic-statement: praise or exhortation at home is no position towards another actor', () => {
  it('congratulating a home team, urging a home campaign', () => {
    expect(events('이재명 대통령은 세계 대회에서 우승한 선수단을 축하했다.')).not.toContain(
      'diplomatic-statement',
    )
    expect(events('북한 노동신문은 사설에서 온 사회적인 농촌 지원을 촉구했다.')).not.toContain(
      'diplomatic-statement',
    )
  })

  it('the same words aimed at another state or at states unnamed stay statements', () => {
    expect(events('이재명 대통령은 다카이치 일본 총리의 취임을 축하했다.')).toContain('diplomatic-statement')
    expect(events('중국 외교부는 한반도 정세와 관련해 각국이 자제해야 한다고 촉구했다.')).toContain(
      'diplomatic-statement',
    )
  })
})

describe('visit: 찾다 with a state or its capital as its object', () => {
  it('평양을 찾아, 한국을 찾을 are visits', () => {
    expect(events('푸틴 대통령이 19일 평양을 찾아 김정은 위원장과 정상회담을 했다.')).toContain('visit')
    expect(events('시진핑 주석이 다음 달 한국을 찾을 예정이다.')).toContain('visit')
  })

  it('찾다 with a site, an embassy at home or a solution is no visit', () => {
    expect(events('김정은 위원장은 평양 주재 러시아대사관을 찾아 축하 연설을 했다.')).not.toContain('visit')
    expect(events('김정은 위원장은 미사일 생산 공장을 찾아 현지 지도를 했다.')).not.toContain('visit')
    expect(events('한국과 일본은 해법을 찾았다.')).not.toContain('visit')
  })
})

describe('threat-warning: an overwhelming response promised (압도적으로 대응하겠다)', () => {
  it('a conditional promise of an overwhelming response is a threat', () => {
    expect(events('국방부 장관은 "북한이 추가 도발을 할 경우 압도적으로 대응하겠다"고 말했다.')).toContain(
      'threat-warning',
    )
  })

  it('압도적 as a measure of anything else is not', () => {
    expect(events('한국 대표팀은 일본과의 경기에서 압도적인 승리를 거뒀다.')).not.toContain('threat-warning')
  })
})

import { describe, expect, it } from 'vitest'
import { eventSlugs as events, rulesKo as ko, recordsOf as records } from './helpers'

// Round twenty-four's military-cooperation pass (branch s53-coop): constructions of the tuning gold the rules
// misread, each beside words that read alike and are none. Sentences written for these tests; read with the
// learned veto off.

const COOP = 'military-cooperation'

describe('two states tracking, monitoring or analysing together: intelligence cooperation (t14 t29 t93)', () => {
  it('a subject naming two states with 공조해 / 공조하며 / 함께 분석 and a tracking word', () => {
    expect(records(ko('한미 군 당국이 공조해 북한 잠수함의 움직임을 추적했다.'), COOP)).toEqual([
      'south-korea>united-states reported',
    ])
    expect(records(ko('한미일 정보당국은 긴밀히 공조하며 북한의 발사 동향을 감시해 왔다.'), COOP)).toEqual([
      'south-korea>united-states reported',
    ])
  })

  it('what follows 분석한 결과 is the finding, not a denial of the analysis', () => {
    expect(
      records(
        ko('한미 전문가들이 북한 무인기 잔해를 함께 분석한 결과 중국산 부품은 없는 것으로 나타났다.'),
        COOP,
      ),
    ).toEqual(['south-korea>united-states reported'])
  })

  it('-면서 (while) is no condition; readiness after the connective is a clause of its own', () => {
    expect(
      records(
        ko('우리 군은 감시를 강화한 가운데 한미 간 관련 정보를 공유하면서 만반의 태세를 유지하고 있다.'),
        COOP,
      ),
    ).toEqual(['south-korea>united-states reported'])
    expect(records(ko('우리 군은 한미 간 관련 정보를 공유하면서 대비태세를 유지하고 있다.'), COOP)).toEqual([
      'south-korea>united-states reported',
    ])
  })

  it('a police case with a foreign partner, a search at sea, or analysts at home are none', () => {
    expect(events(ko('경찰청은 미국 FBI와 공조해 가상화폐 자금을 추적하고 있다.'))).not.toContain(COOP)
    expect(events(ko('한국 해경은 일본과 공조해 실종 선원을 수색했다.'))).not.toContain(COOP)
    expect(events(ko('업계 전문가들이 함께 분석한 결과 수요가 늘었다.'))).not.toContain(COOP)
  })

  it('a condition with 하면 still reads as one', () => {
    expect(records(ko('북한이 추가 도발을 하면 한미가 정보를 공유할 것이다.'), COOP)).not.toContain(
      'south-korea>united-states reported',
    )
  })
})

describe("one state's troops moving into another state: a deployment alongside it (t9 t13 t97)", () => {
  it('X군 (or a troop noun after the state) ... <state>(의 지역)으로 이동했다: the owner acts, the host is the target', () => {
    expect(
      records(ko('정보당국은 북한군 병력 약 2천 명이 러시아 극동 지역으로 이동했다고 밝혔다.'), COOP),
    ).toEqual(['north-korea>russia reported'])
    expect(records(ko('미 국방부는 북한 병력이 이미 러시아로 이동했다고 말했다.'), COOP)).toEqual([
      'north-korea>russia reported',
    ])
  })

  it('people to a shelter, a soldier moving south, troops at home or into Ukraine are none', () => {
    expect(events(ko('연평도 주민들이 대피소로 이동했다.'))).not.toContain(COOP)
    expect(events(ko('북한 주민 일가족이 중국으로 이동했다.'))).not.toContain(COOP)
    expect(events(ko('이 병사는 군의 유도에 따라 남쪽으로 이동했다.'))).not.toContain(COOP)
    expect(events(ko('북한군 부대가 북한 동해안으로 이동했다.'))).not.toContain(COOP)
    expect(events(ko('러시아군 병력이 우크라이나 동부로 이동했다.'))).not.toContain(COOP)
  })
})

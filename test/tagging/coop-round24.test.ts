import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, rulesKo as ko, recordsOf as records } from './helpers'

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

void en

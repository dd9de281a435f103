import { describe, expect, it } from 'vitest'
import { rulesEn, rulesKo } from './helpers'

const actors = (r: { actors: { slug: string }[] }) => r.actors.map((a) => a.slug)

describe('a dateline country before a dash names where the copy was filed', () => {
  it('"GIMPO, South Korea — ..." with no other mention: no South Korea', () => {
    const r = rulesEn('GIMPO, South Korea — Shoppers packed a new outlet mall near the airport on Sunday.')
    expect(actors(r)).not.toContain('south-korea')
  })

  it('"-- " after the country is a dash too', () => {
    const r = rulesEn('OSAKA, Japan -- A ramen chain opened its hundredth shop on Monday.')
    expect(actors(r)).not.toContain('japan')
  })

  it('the same country acting later in the copy is still tagged', () => {
    const r = rulesEn(
      'PAJU, South Korea — South Korea fired warning shots on Tuesday after North Korean soldiers crossed the border.',
    )
    expect(actors(r)).toContain('south-korea')
  })

  it('a country in running text before a dash is no dateline', () => {
    const r = rulesEn('Officials said the talks in Seoul with South Korea — the first in a year — went well.')
    expect(actors(r)).toContain('south-korea')
  })
})

describe('Korean: a country before the stops of a performer tour is a venue', () => {
  it('일본 돔 공연', () => {
    expect(actors(rulesKo('걸그룹 하늘빛은 내년 봄 일본 돔 공연에 나선다.'))).not.toContain('japan')
  })

  it('日 4대 돔 투어 in a headline', () => {
    expect(actors(rulesKo('소속사가 밝혔다.', '밴드 파도, 日 4대 돔 투어 성료'))).not.toContain('japan')
  })

  it('일본 6개 도시 순회공연', () => {
    expect(actors(rulesKo('시립합창단이 다음 달 일본 6개 도시 순회공연에 나선다고 밝혔다.'))).not.toContain(
      'japan',
    )
  })

  it('a count of cities in a sentence about a world tour', () => {
    expect(actors(rulesKo('그룹 해솔, 5월 월드투어 시작…북미·유럽·일본 20개 도시'))).not.toContain('japan')
  })

  it('a count of cities with no tour or performance stays a country', () => {
    expect(actors(rulesKo('일본 5개 도시에서 지진 경보가 발령됐다고 일본 기상청이 밝혔다.'))).toContain(
      'japan',
    )
  })

  it('a state acting (일본 정부는 항의했다) is still tagged', () => {
    const r = rulesKo('일본 정부는 북한의 미사일 발사에 강력히 항의했다.')
    expect(actors(r)).toContain('japan')
  })
})

describe('Korean: a market rival and private fishing boats are no state', () => {
  it('중국을 제치고 수주 1위', () => {
    const r = rulesKo(
      '국내 조선사들이 상반기 컨테이너선 수주에서 중국을 제치고 1위에 올랐다고 업계가 밝혔다.',
    )
    expect(actors(r)).not.toContain('china')
  })

  it('중국과의 격차', () => {
    expect(actors(rulesKo('업계는 친환경 선박을 앞세워 중국과의 격차를 벌리고 있다.'))).not.toContain('china')
  })

  it('중국 어선들이 조업하는', () => {
    expect(
      actors(rulesKo('어민들은 중국 어선들이 먼바다에서 싹쓸이 조업을 한다고 하소연했다.')),
    ).not.toContain('china')
  })

  it('a state keeping a ban (중국 정부는) is still tagged', () => {
    const r = rulesKo('중국 정부는 일본의 수산물 수입 금지 조치를 유지한다고 밝혔다.')
    expect(actors(r)).toContain('china')
  })

  it('the state asked to act on its boats is still tagged', () => {
    const r = rulesKo('외교부는 주한 중국대사관 측에 중국 어선의 불법 조업 단속을 강화해 달라고 요청했다.')
    expect(actors(r)).toContain('china')
  })
})

describe('a country in the name of the paper that filed the copy', () => {
  it('"SEOUL, May 2 (Korea Times) —" with no other mention: no South Korea', () => {
    const r = rulesEn(
      'SEOUL, May 2 (Korea Times) — A spring flower festival opened along the Han River on Friday.',
    )
    expect(actors(r)).not.toContain('south-korea')
  })

  it('"(Business Korea) -" after a dateline city', () => {
    const r = rulesEn(
      'GEOJE, June 9 (Business Korea) - A shipyard delivered its tenth container carrier this year.',
    )
    expect(actors(r)).not.toContain('south-korea')
  })

  it('a country in parentheses in running text stays tagged', () => {
    const r = rulesEn('The talks (Korea and Japan sent envoys) - the first in years - ended on Monday.')
    expect(actors(r)).toContain('south-korea')
  })
})

describe('a capital qualifying a thing is the city', () => {
  it('"Seoul ADEX" in a headline', () => {
    expect(
      actors(rulesEn('Exhibitors reported record orders.', 'Seoul ADEX closes with record orders')),
    ).not.toContain('south-korea')
  })

  it('"a Seoul institution"', () => {
    const r = rulesEn('The noodle house has been a Seoul institution since the 1950s.')
    expect(actors(r)).not.toContain('south-korea')
  })

  it('"Seoul bakery\'s" before its possessive', () => {
    const r = rulesEn("Seoul bakery's matcha croissant sells out within minutes.")
    expect(actors(r)).not.toContain('south-korea')
  })

  it('a capital that decides or speaks is still its government', () => {
    expect(actors(rulesEn('Seoul said it expected the alliance to remain strong.'))).toContain('south-korea')
    expect(actors(rulesEn('Seoul and Washington will look for other ways to track violations.'))).toContain(
      'south-korea',
    )
  })
})

describe('Korean: an unnamed official quoted is a source attribution', () => {
  it('정부 당국자는 ... 말했다 with no other mention: no South Korea', () => {
    const r = rulesKo('정부 당국자는 "추가 인사가 있을 가능성도 배제할 수 없다"고 말했다.')
    expect(actors(r)).not.toContain('south-korea')
  })

  it('외교부 고위 당국자는', () => {
    const r = rulesKo("외교부 고위 당국자는 '북한은 실무진만 보낼 것으로 안다'고 말했다.")
    expect(actors(r)).not.toContain('south-korea')
  })

  it('the ministry itself speaking is still tagged', () => {
    const r = rulesKo('외교부는 "북한의 탄도미사일 발사를 강력히 규탄한다"고 밝혔다.')
    expect(actors(r)).toContain('south-korea')
  })
})

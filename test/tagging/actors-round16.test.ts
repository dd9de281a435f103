import { describe, expect, it } from 'vitest'
import type { TagResult } from '../../src/tagging/types'
import { rulesEn as en, rulesKo as ko } from './helpers'

// Round sixteen's actor-precision pass: actors the text names only as where copy was filed, the occasion others
// meet at, or private travellers (taxonomy rule 1), grouped by construction, each recurring in three batches or
// more of the tuning gold. Each block pairs the non-party reading with a party of the same words. Sentences
// written for these tests; read with the learned veto off, so the rules alone decide.

const actors = (r: TagResult) => r.actors.map((a) => a.slug)

describe("a dateline's country after its city (t53 t61; the capital's dateline is older)", () => {
  it('"CITY, South Korea (Agency) —" and "CITY, South Korea, Date -" name where the copy was filed', () => {
    expect(
      actors(
        en(
          'GIMPO, South Korea (Reuters) — A pop singer finished his mandatory service on Tuesday and greeted fans at the gate.',
        ),
      ),
    ).not.toContain('south-korea')
    expect(
      actors(en('TONGYEONG, South Korea, May 3 - A lantern festival opened on Friday with 40,000 visitors.')),
    ).not.toContain('south-korea')
    expect(
      actors(en('OTARU, Japan (AP) — A glass museum reopened on Monday after a two-year renovation.')),
    ).not.toContain('japan')
  })
  it('the country still tags when the text names it acting, and in mid-sentence "Busan, South Korea,"', () => {
    expect(
      actors(
        en(
          'GIMPO, South Korea (Reuters) — South Korea fired warning shots after a North Korean drone crossed.',
        ),
      ),
    ).toContain('south-korea')
    expect(actors(en('South Korea, Japan and the U.S. held a trilateral call on Monday.'))).toContain(
      'south-korea',
    )
  })
})

describe('the UN General Assembly as the occasion of a meeting (ko t11 t18 t45 t62)', () => {
  it('유엔총회가 열리는 뉴욕에서, 유엔총회가 열리고 있는 미국 뉴욕에서: a venue, as 유엔총회 계기', () => {
    expect(
      actors(ko('외교부 장관은 22일 유엔총회가 열리는 미국 뉴욕에서 일본 외무상과 회담했다.')),
    ).not.toContain('united-nations')
    expect(
      actors(ko('외교부 장관은 23일 유엔총회가 열리고 있는 뉴욕에서 일본 외무상과 외교장관 회담을 했다.')),
    ).not.toContain('united-nations')
  })
  it('the assembly as the news stays tagged (유엔총회가 열린다, 유엔총회가 결의를 채택했다)', () => {
    expect(actors(ko('제80차 유엔총회가 다음 주 뉴욕에서 열린다.'))).toContain('united-nations')
    expect(actors(ko('유엔총회가 북한인권결의를 채택했다.'))).toContain('united-nations')
  })
})

describe('nationals counted as travellers are private people (en t22 t39 t46 t48 t56 t62; ko t28)', () => {
  it('"South Koreans made 8.8 million trips to Japan": neither country is a party', () => {
    const r = en(
      'South Koreans made about 8.8 million trips to Japan last year, the most of any nationality.',
    )
    expect(actors(r)).toEqual([])
    expect(actors(en('South Koreans visited Japan a record 8.8 million times in 2024.'))).toEqual([])
    expect(actors(en('Weak yen keeps travellers flocking to Japan; airline stocks climb'))).not.toContain(
      'japan',
    )
  })
  it('일본을 방문한 한국인이 880만 명: 한국인 as tourists, not the state', () => {
    expect(actors(ko('지난해 일본을 방문한 한국인이 880만 명을 넘어 국가별 1위를 차지했다.'))).not.toContain(
      'south-korea',
    )
  })
  it('a state visit, and nationals as parties to another event, still tag', () => {
    expect(
      actors(en('South Korea’s president visited Japan on Tuesday for talks with the prime minister.')),
    ).toEqual(expect.arrayContaining(['south-korea', 'japan']))
    expect(
      actors(en('China forcibly repatriated some 60 North Koreans on Friday, rights groups said.')),
    ).toContain('north-korea')
    expect(actors(ko('윤석열 대통령이 일본을 방문해 기시다 총리와 회담했다.'))).toEqual(
      expect.arrayContaining(['south-korea', 'japan']),
    )
  })
})

describe('the forces that fought under the UN flag (en t19 t44 t53; ko t59)', () => {
  it('"U.N. troops", "UN war dead", 유엔 참전용사: the Korean War coalition, not the organisation', () => {
    expect(
      actors(
        en('The film recreates the 1951 battle in which U.N. troops held off wave after wave of attackers.'),
      ),
    ).not.toContain('united-nations')
    expect(actors(en('x', "Busan cemetery holds a minute's silence for UN war dead"))).not.toContain(
      'united-nations',
    )
    expect(actors(ko('6·25전쟁 유엔 참전용사와 가족 70여 명이 24일 판문점을 찾았다.'))).not.toContain(
      'united-nations',
    )
  })
  it('the UN acting, and a country’s troops, still tag', () => {
    expect(actors(en('The U.N. condemned the attack on its troops in Lebanon.'))).toContain('united-nations')
    expect(actors(ko('유엔은 북한의 미사일 발사를 규탄했다.'))).toContain('united-nations')
    expect(actors(en('U.S. troops held a live-fire drill near the border on Monday.'))).toContain(
      'united-states',
    )
  })
})

describe('a capital in a sentence of weather is the city (en t15 t38 t51; Korean reads it so already)', () => {
  it('"a heavy rain warning for Seoul", "snow fell on Seoul": no state', () => {
    expect(
      actors(en('The weather service issued a heavy rain warning for Seoul and much of Gyeonggi Province.')),
    ).not.toContain('south-korea')
    expect(actors(en('Up to 30 centimetres of snow fell on Seoul on Wednesday.'))).not.toContain(
      'south-korea',
    )
    expect(actors(ko('기상청은 서울과 경기 일대에 호우경보를 발령했다.'))).not.toContain('south-korea')
  })
  it('the capital deciding or speaking in the same sentence stays its government', () => {
    expect(actors(en('Seoul said it would send flood relief to the North after heavy rain.'))).toContain(
      'south-korea',
    )
  })
})

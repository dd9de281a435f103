import { describe, expect, it } from 'vitest'
import { rulesEn, rulesKo } from './helpers'

const actors = (r: { actors: { slug: string }[] }) => r.actors.map((a) => a.slug)

describe('countries named only as where private travellers go or come from are not actors', () => {
  it('"Korean fans flew to China", "South Koreans travelled to Japan" in tourism copy', () => {
    expect(actors(rulesEn('Thousands of Korean fans flew to China to watch the final on Sunday.'))).toEqual(
      [],
    )
    expect(
      actors(
        rulesEn(
          'About 7 million South Koreans travelled to Japan last year, the most among foreign tourists.',
        ),
      ),
    ).toEqual([])
  })

  it('"South Koreans top the list of foreign visitors" counts tourists, not the state', () => {
    expect(
      actors(rulesEn('Russians topped the list of foreign visitors to the island resort this winter.')),
    ).toEqual([])
  })

  it('Korean: countries listed as examples of popular travel destinations (등 인기 여행지)', () => {
    expect(
      actors(rulesKo('휴가철을 앞두고 태국과 일본 등 인기 여행지의 날씨 정보를 찾는 이용자가 크게 늘었다.')),
    ).toEqual([])
    expect(
      actors(rulesKo('이용자들은 중국과 베트남, 일본 등 주요 관광지의 환율 정보를 주로 찾았다.')),
    ).toEqual([])
  })

  it('Korean: countries listed as where Korean War veterans come from (등 N개국 참전용사)', () => {
    expect(actors(rulesKo('추모식에는 미국, 캐나다, 호주 등 9개국 참전용사 30여 명이 함께했다.'))).toEqual([])
    expect(actors(rulesKo('기념 행사에는 미국과 프랑스 등 16개 참전국 용사와 유족이 자리했다.'))).toEqual([])
  })

  it('Korean: where a person moved to live, in a sentence reporting no event (중국을 거쳐 한국에 들어왔다)', () => {
    expect(actors(rulesKo('그는 2016년 중국을 거쳐 한국에 들어왔다.'))).toEqual([])
    expect(actors(rulesKo('2009년 한국에 입국한 그녀는 이듬해 요리 학원에 다녔다.'))).toEqual([])
    // Another actor arriving (a state's delegation) keeps the destination.
    expect(actors(rulesKo('중국 대표단이 어제 한국에 왔다.'))).toContain('south-korea')
  })

  it('a country or bloc opening the name of a tournament names the tournament ("Korea Cup", "ASEAN Championship")', () => {
    expect(actors(rulesEn('Crews from six clubs raced in the Korea Cup off Busan on Sunday.'))).toEqual([])
    expect(actors(rulesEn("Thailand's coach was sacked after the ASEAN Championship final."))).toEqual([])
  })

  it('still tags states acting, a named traveller, and countries listed as allies', () => {
    expect(
      actors(rulesEn('Foreign Minister Cho Tae-yul flew to Japan on Monday for talks with his counterpart.')),
    ).toContain('japan')
    expect(
      actors(rulesEn('China said it would stop issuing visas to South Koreans in retaliation.')),
    ).toContain('south-korea')
    expect(actors(rulesKo('정부는 미국과 일본 등 우방국과 긴밀히 공조하겠다고 밝혔다.'))).toEqual(
      expect.arrayContaining(['united-states', 'japan']),
    )
  })
})

import { describe, expect, it } from 'vitest'
import { actors, actorsOf, defaultTagger } from './helpers'

// Round fifteen's second actor pass (false actors on t57-t59 first, each group seen in three batches or more):
// defectors named in copy that reports no event (탈북 청소년 장학금), and a state, force or body inside what a
// film or drama shows (…을 그린 영화, "a thriller about a North Korean soldier"). Each blocked shape is paired
// with a real actor it must keep. Sentences written for these tests.

const ko = (title: string, body = '') =>
  defaultTagger().tag({ title, content: body, lang: 'ko', publishedAt: Date.parse('2025-06-01T00:00:00Z') })
const koActors = (title: string, body = '') => actorsOf(ko(title, body))

describe('defectors (탈북) as parties only to a reported event', () => {
  it('탈북 청소년, 탈북 청년 in a sentence reporting no event: private people, no state', () => {
    expect(koActors('', '동문회는 수익금 전액을 탈북 청소년 장학금으로 내놓았다.')).toEqual([])
    expect(koActors('탈북 청소년 대안학교 학생들, 제주서 교류 캠프')).toEqual([])
  })

  it('a reported event keeps north-korea: 탈북민 강제북송, 탈북민 입국', () => {
    expect(koActors('', '중국 공안은 탈북민 20여명을 체포해 강제북송했다.')).toContain('north-korea')
    expect(koActors('', '통일부는 올해 입국한 탈북민이 236명이라고 밝혔다.')).toContain('north-korea')
  })

  it('북한 named as the state still tags in the same kind of copy', () => {
    expect(koActors('', '북한은 탈북 청소년 문제를 거론한 한국 정부를 비난했다.')).toContain('north-korea')
  })
})

describe('a state inside what a work shows, in a sentence reporting no event', () => {
  it('Korean: …을 그린 영화, …를 다룬 이 드라마', () => {
    expect(
      koActors('', '북한군 병사와 이를 쫓는 장교의 추격전을 그린 영화가 개봉 엿새 만에 100만 관객을 넘었다.'),
    ).toEqual([])
    expect(koActors('', '북한 특수부대 출신 요원의 탈출기를 다룬 이 드라마는 시청률 7%를 기록했다.')).toEqual(
      [],
    )
  })

  it('Korean: an event sentence, a person, or no work after the verb keeps the actor', () => {
    expect(koActors('', '북한군은 군사분계선을 넘은 병사를 그린 선전화를 공개했다.')).toContain('north-korea')
    expect(koActors('', '김정은 위원장의 어린 시절을 그린 영화가 개봉했다.')).toContain('kim-jong-un')
    expect(koActors('', '북한은 이번 주 미사일 2발을 동해상으로 발사했다.')).toContain('north-korea')
  })

  it('English: "a thriller about a North Korean soldier"', () => {
    expect(
      actors('', "'Crossing at Dawn', a thriller about a North Korean soldier, drew 210,000 viewers."),
    ).toEqual([])
    expect(actors('', 'North Korean soldiers crossed the border on Tuesday.')).toContain('north-korea')
  })
})

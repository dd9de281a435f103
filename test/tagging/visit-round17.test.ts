import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, rulesKo as ko, recordsOf } from './helpers'

// Round seventeen's visit pass, learned from the tuning gold. Sentences written for these tests; read with the
// learned veto off (article date 2025-06-01), so the rules alone decide.

describe('a visit with one role found beside bilateral talks takes the other side from the official met (en t5 t23 t45 t62 t68; ko t15 t16 t33 t34 t41 t56)', () => {
  it('visit a city for talks with its leader, 남포를 방문해 김정은 위원장과 정상회담: the leader’s country hosts', () => {
    const a = en(
      'Chinese President Xi Jinping is set to visit the port city of Nampo next week for talks with Kim Jong Un.',
    )
    expect(recordsOf(a, 'visit')).toContain('xi-jinping>north-korea planned')
    const b = ko('시진핑 중국 국가주석이 다음 주 남포를 방문해 김정은 국무위원장과 정상회담을 한다.')
    expect(recordsOf(b, 'visit')).toContain('xi-jinping>north-korea planned')
  })
  it('the host’s own official met the visitor: 방북 중인 왕이 부장과 회담, met Kim in Pyongyang during a visit', () => {
    const a = ko('최선희 외무상은 3일 평양에서 방북 중인 왕이 중국 외교부장과 회담했다.')
    expect(recordsOf(a, 'visit')).toEqual(['wang-yi>north-korea reported'])
    const b = en(
      'A delegation of Chinese lawmakers met Kim Jong Un in Pyongyang on Tuesday during a three-day visit.',
    )
    expect(recordsOf(b, 'visit')).toEqual(['china>north-korea reported'])
  })
  it('a tour of a region, or a gathering attended abroad, takes no host from the official met', () => {
    expect(
      events(en('Xi Jinping said he would like to meet Kim Jong Un during his trip to Asia next week.')),
    ).not.toContain('visit')
    const gathering = ko(
      '아세안 국방장관회의 참석차 말레이시아를 방문한 둥쥔 중국 국방부장이 3일 한국 국방장관과 회담했다.',
    )
    expect(events(gathering)).not.toContain('visit')
  })
})

describe('a Korean official named by a bare title visits for its own government (ko t22 t23 t55 t56)', () => {
  it('국회의장이 일본을 공식 방문, 부총리가 미국 워싱턴을 방문해: South Korea’s visit', () => {
    expect(
      recordsOf(ko('국회의장이 다음 주 일본을 공식 방문한다고 국회의장실이 3일 밝혔다.'), 'visit'),
    ).toEqual(['south-korea>japan planned'])
    expect(recordsOf(ko('부총리가 다음 달 미국 워싱턴을 방문해 재무장관회의를 연다.'), 'visit')).toEqual([
      'south-korea>united-states planned',
    ])
  })
})

describe('지난 N월 dates its clause as background (ko t11 t57 t66)', () => {
  it('지난 3월 ... 평양을 방문해 서명한 조약이 비준됐다: the March visit is background, the ratification news', () => {
    const r = ko('지난 3월 시진핑 주석이 평양을 방문해 김정은 위원장과 서명한 조약이 4일 비준됐다.')
    expect(events(r)).not.toContain('visit')
    expect(events(r)).toContain('alliance-agreement')
  })
  it('지난 3월 서명한 조약이 발효됐다: the month dates the signing, not the treaty that takes effect', () => {
    expect(events(ko('북한과 러시아가 지난 3월 서명한 조약이 4일 발효됐다.'))).toContain('alliance-agreement')
  })
})

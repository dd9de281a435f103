import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

describe('a party leadership contest named by its own nouns is an election', () => {
  it('Korean: 전국당원대회 and 득표율 name the party vote', () => {
    const r = rulesKo('이재명 대표가 20일 전국당원대회에서 90%의 득표율로 당 대표에 선출됐다.')
    expect(eventSlugs(r)).toContain('election')
    expect(recordsOf(r, 'leadership-change')).toContain('lee-jae-myung>null reported')
  })

  it('Korean: 득표율 alone names a vote counted', () => {
    const r = rulesKo('블라디미르 푸틴 러시아 대통령은 득표율 87%를 기록했다고 중앙선관위가 밝혔다.')
    expect(eventSlugs(r)).toContain('election')
  })

  it('English: a scheduled party "leadership vote"', () => {
    const r = rulesEn(
      "Japan's ruling party will choose the prime minister's successor in an Oct. 4 leadership vote.",
    )
    expect(eventSlugs(r)).toContain('election')
  })

  it('not: a party leadership voting on a discipline ("leadership voted", no inflection of the trigger)', () => {
    const r = rulesEn("The party's leadership voted to expel the lawmaker on Monday.")
    expect(eventSlugs(r)).not.toContain('election')
  })
})

describe('a party leader outside the taxonomy chosen by a party vote is the country holding it', () => {
  it('새 당대표로 선출했다: the new leader no taxonomy person', () => {
    const r = rulesKo('민주당은 23일 임시 전국당원대회에서 김철수 의원을 새 당대표로 선출했다.')
    expect(recordsOf(r, 'leadership-change')).toContain('south-korea>null reported')
    expect(eventSlugs(r)).toContain('election')
  })

  it('신임 당 대표로 선출됐다 after a runoff', () => {
    const r = rulesKo('오후 3시 박영수 후보가 결선투표에서 상대 후보를 누르고 신임 당 대표로 선출됐다.')
    expect(eventSlugs(r)).toContain('leadership-change')
  })

  it('not: a speaker chosen by the Assembly (no party vote in the sentence)', () => {
    const r = rulesKo('국회는 5일 본회의에서 우원식 의원을 국회의장으로 선출했다.')
    expect(eventSlugs(r)).not.toContain('election')
    expect(eventSlugs(r)).not.toContain('leadership-change')
  })
})

describe('members co-opted (보선) at a plenum are a leadership change', () => {
  it('정치국 위원과 후보위원을 보선: the state of the plenum the sentence before named', () => {
    const r = rulesKo(
      '북한은 노동당 중앙위원회 전원회의 확대회의를 28일 폐막했다고 조선중앙통신이 보도했다. 회의에서는 정치국 위원과 후보위원을 보선하는 조직 문제가 다뤄졌다.',
    )
    expect(recordsOf(r, 'leadership-change')).toContain('north-korea>null reported')
  })

  it('not: a South Korean by-election (재보선) or 보선 with no party body named', () => {
    expect(eventSlugs(rulesKo('여야는 4월 재보선 공천을 두고 신경전을 벌였다.'))).not.toContain(
      'leadership-change',
    )
    expect(eventSlugs(rulesKo('서울시장 보선 일정이 확정됐다.'))).not.toContain('leadership-change')
  })
})

import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

// rulesEn / rulesKo date the article 2025-06-01.

describe('a past relative clause dates the Korean event noun it modifies', () => {
  it('지난 N일 ... 열린 회담을: a meeting held days before, recalled as the context of the news', () => {
    const r = rulesKo(
      '요미우리신문은 양국이 지난 27일 도쿄에서 열린 외교장관 회담을 계기로 협력 방안을 논의했다고 보도했다.',
    )
    expect(recordsOf(r, 'meeting-summit')).not.toContain('south-korea>japan reported')
    expect(recordsOf(r, 'meeting-summit').every((x) => x.endsWith('background'))).toBe(true)
  })

  it('최근 ... 열린 회의를 비난했다: a meeting recently held, whatever its venue in 에서', () => {
    const r = rulesKo(
      '북한 외무성은 1일 담화에서 최근 워싱턴에서 열린 한미 외교장관 회담을 "대결 모의"라고 비난했다.',
    )
    expect(recordsOf(r, 'meeting-summit').every((x) => x.endsWith('background'))).toBe(true)
  })

  it('not a meeting held today, nor one a prospective ㄹ clause puts ahead (열릴)', () => {
    const today = rulesKo('한미 외교장관은 1일 워싱턴에서 회담을 열었다.')
    expect(recordsOf(today, 'meeting-summit').some((x) => x.endsWith('reported'))).toBe(true)
    const ahead = rulesKo('정부는 다음 달 서울에서 열릴 한미 외교장관 회담을 준비하고 있다.')
    expect(recordsOf(ahead, 'meeting-summit').some((x) => x.endsWith('background'))).toBe(false)
  })
})

describe('an English relative clause without "that" recalls the act it dates', () => {
  it('"the treaty Moscow signed with North Korea last week": background, the protest reported', () => {
    const r = rulesEn(
      'Seoul summoned the Russian ambassador on Friday to protest the treaty Moscow signed with North Korea last week.',
    )
    expect(recordsOf(r, 'alliance-agreement')).toEqual(['russia>north-korea background'])
  })

  it('"the mutual defence treaty the two countries signed last year": the compound and its verb both recalled', () => {
    const r = rulesEn(
      'Russia said relations rested on the mutual defence treaty the two countries signed last year.',
    )
    expect(recordsOf(r, 'alliance-agreement').every((x) => x.endsWith('background'))).toBe(true)
    expect(recordsOf(r, 'military-cooperation').every((x) => x.endsWith('background'))).toBe(true)
  })

  it('not a date opening the sentence, nor the treaty as the sentence subject', () => {
    const opening = rulesEn('Last week Moscow signed a treaty with North Korea.')
    expect(recordsOf(opening, 'alliance-agreement')).toContain('russia>north-korea reported')
    const subject = rulesEn('The treaty Moscow signed with North Korea last week took effect on Wednesday.')
    expect(recordsOf(subject, 'alliance-agreement')).toContain('russia>north-korea reported')
  })
})

import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe("a command taken by no taxonomy person is the commanded organisation's leadership change", () => {
  it('"assumed command of U.S. Forces Korea": source usfk', () => {
    const r = rulesEn('Gen. Jordan Miller assumed command of U.S. Forces Korea on Tuesday at Camp Humphreys.')
    expect(recordsOf(r, 'leadership-change')).toContain('usfk>null reported')
  })

  it('"took command of U.S. Forces Korea": source usfk', () => {
    const r = rulesEn('A new general took command of U.S. Forces Korea on Monday.')
    expect(recordsOf(r, 'leadership-change')).toContain('usfk>null reported')
  })

  it('must not tag: a command of no taxonomy organisation', () => {
    const r = rulesEn('The veteran captain took command of the cargo ship in Busan last month.')
    expect(recordsOf(r, 'leadership-change')).toEqual([])
  })

  it('must not tag: a sports club appointment', () => {
    const r = rulesEn('The club appointed a new head coach after the team lost the league match.')
    expect(recordsOf(r, 'leadership-change')).toEqual([])
  })

  it("Korean: a firm's new chief is still no leadership change", () => {
    const r = rulesKo('삼성전자는 신임 대표이사로 김모 사장을 선임했다고 밝혔다.')
    expect(recordsOf(r, 'leadership-change')).toEqual([])
  })
})

describe("Korean: an office named with its owner is the owner's leadership change when no taxonomy person takes it", () => {
  it("주한미군사령관에 취임: source usfk, not the newcomer's nationality", () => {
    const r = rulesKo('존 스미스 미 육군 대장이 3일 평택에서 열린 이취임식에서 주한미군사령관에 취임했다.')
    expect(recordsOf(r, 'leadership-change')).toContain('usfk>null reported')
    expect(recordsOf(r, 'leadership-change')).not.toContain('united-states>null reported')
  })

  it('북한의 국방상이 교체: source north-korea', () => {
    const r = rulesKo('북한의 국방상이 새 인물로 교체된 것으로 파악됐다.')
    expect(recordsOf(r, 'leadership-change')).toContain('north-korea>null reported')
  })

  it("must not tag: a university president's inauguration", () => {
    const r = rulesKo('한 사립대학교 총장이 2일 교내 강당에서 취임식을 열었다.')
    expect(recordsOf(r, 'leadership-change')).toEqual([])
  })

  it("must not tag: a football club's new coach", () => {
    const r = rulesKo('프로축구 구단이 새 감독을 선임하며 코치진을 교체했다.')
    expect(recordsOf(r, 'leadership-change')).toEqual([])
  })
})

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

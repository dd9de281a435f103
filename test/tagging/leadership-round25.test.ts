import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('a winner named before a "held" relative clause is the subject of the win', () => {
  it('서울에서 열린 전당대회에서 ... 당선됐다: the person before 열린 wins, and takes office', () => {
    const r = rulesKo('이재명 대표가 18일 서울 잠실에서 열린 전당대회에서 당 대표에 당선됐다.')
    expect(recordsOf(r, 'election')).toContain('lee-jae-myung>null reported')
    expect(recordsOf(r, 'leadership-change')).toContain('lee-jae-myung>null reported')
    const s = rulesKo('이재명 후보가 3일 전국에서 치러진 대선에서 대통령에 당선됐다.')
    expect(recordsOf(s, 'election')).toContain('lee-jae-myung>null reported')
    expect(recordsOf(s, 'leadership-change')).toContain('lee-jae-myung>null reported')
  })

  it('15~17일 치러진 대선에서 ... 당선됐다: the same over 치러진', () => {
    const r = rulesKo('블라디미르 푸틴 러시아 대통령이 15~17일 치러진 대선에서 87%의 득표율로 당선됐다.')
    expect(recordsOf(r, 'election')).toContain('vladimir-putin>null reported')
    expect(recordsOf(r, 'leadership-change')).toContain('vladimir-putin>null reported')
  })

  it('an event held (열린 행사, 열린 열병식) names no win and no change', () => {
    expect(recordsOf(rulesKo('조 바이든 대통령은 워싱턴에서 열린 행사에서 연설했다.'), 'election')).toEqual(
      [],
    )
    expect(
      recordsOf(
        rulesKo('김정은 위원장이 평양에서 열린 열병식에서 신형 미사일을 공개했다.'),
        'leadership-change',
      ),
    ).toEqual([])
  })
})

describe("a company's post changing hands is no state's leadership change", () => {
  it('"the board appointed its engineer as chief executive": no leadership change', () => {
    const r = rulesEn(
      'Hanwha Aerospace said its board appointed a veteran engineer as chief executive on Monday.',
    )
    expect(recordsOf(r, 'leadership-change')).toEqual([])
  })

  it('"named an aid worker as director of its Seoul office": an agency branch, no leadership change', () => {
    const r = rulesEn('The World Food Programme named a veteran aid worker as director of its Seoul office.')
    expect(recordsOf(r, 'leadership-change')).toEqual([])
  })

  it('신임 대표이사 취임식, 신임 사장 취임: no leadership change', () => {
    expect(
      recordsOf(rulesKo('한화에어로스페이스는 1일 신임 대표이사 취임식을 열었다.'), 'leadership-change'),
    ).toEqual([])
    expect(
      recordsOf(rulesKo('한국항공우주산업은 1일 본사에서 신임 사장 취임식을 열었다.'), 'leadership-change'),
    ).toEqual([])
  })

  it('still a change when a state post is named: a former chief executive made minister, 전 사장을 장관에 임명', () => {
    const r = rulesEn(
      'President Lee Jae-myung appointed a former Samsung chief executive as industry minister on Monday.',
    )
    expect(recordsOf(r, 'leadership-change').length).toBeGreaterThan(0)
    const s = rulesKo('이재명 대통령은 1일 전 삼성전자 사장을 산업통상자원부 장관에 임명했다.')
    expect(recordsOf(s, 'leadership-change').length).toBeGreaterThan(0)
    const u = rulesEn("Japan's cabinet appointed a new ambassador to South Korea on Tuesday.")
    expect(recordsOf(u, 'leadership-change')).toContain('japan>null reported')
  })
})

describe("a nominee's confirmation hearing is a step of their taking office", () => {
  it('"the Senate holds its confirmation hearing for Hegseth": a leadership change of the nominee', () => {
    const r = rulesEn(
      'On Tuesday the Senate holds its confirmation hearing for Pete Hegseth, the defense nominee.',
    )
    expect(recordsOf(r, 'leadership-change').some((x) => x.startsWith('pete-hegseth>'))).toBe(true)
  })

  it('not a hearing on something else: a court hearing on the confirmation of charges', () => {
    const r = rulesEn('The judge held a hearing on the confirmation of charges against the suspect.')
    expect(recordsOf(r, 'leadership-change')).toEqual([])
  })
})

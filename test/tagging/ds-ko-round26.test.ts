import { describe, expect, it } from 'vitest'
import { recordsOf, rulesKo } from './helpers'

describe('a stance voiced with 표명하다 is a statement, its words quoted or not', () => {
  it('"\'심각한 우려\'를 표명했다": the quoted stance is the object of the voicing verb', () => {
    const r = rulesKo("일본 외무상은 기자회견에서 중국의 해상 훈련에 대해 '심각한 우려'를 표명했다.")
    expect(recordsOf(r, 'diplomatic-statement').length).toBeGreaterThan(0)
  })

  it('"\\"강한 불만과 반대\\"를 표명했다": coordinated stances, the last one before the particle', () => {
    const r = rulesKo('러시아 외무부는 미국의 새 제재에 "강한 불만과 분명한 반대"를 표명했다.')
    expect(recordsOf(r, 'diplomatic-statement').length).toBeGreaterThan(0)
  })

  it('"반대를 표명했다" with no quotation marks', () => {
    const r = rulesKo('중국 정부는 한국의 미사일 방어 체계 배치에 반대를 표명했다.')
    expect(recordsOf(r, 'diplomatic-statement').length).toBeGreaterThan(0)
  })

  it('not a resignation or an intention voiced, nor a policy speech', () => {
    expect(
      recordsOf(rulesKo('일본 방위상은 5일 기자회견에서 사의를 표명했다.'), 'diplomatic-statement'),
    ).toEqual([])
    expect(recordsOf(rulesKo("일본 총리가 '물러나겠다'며 사임을 표명했다."), 'diplomatic-statement')).toEqual(
      [],
    )
    expect(recordsOf(rulesKo('한국 정부는 회의 참여 의사를 표명했다.'), 'diplomatic-statement')).toEqual([])
    expect(recordsOf(rulesKo('일본 총리는 국회에서 소신표명 연설을 했다.'), 'diplomatic-statement')).toEqual(
      [],
    )
  })
})

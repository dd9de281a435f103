import { describe, expect, it } from 'vitest'
import { actorsOf, tagKo } from './helpers'

describe("Korean: a bare office in copy about another state's same office is that state's, not Seoul's", () => {
  it("after another state's office-holder in its sentence: japan, not south-korea", () => {
    const r = tagKo(
      '일본 관방장관은 10일 기자회견에서 가격 안정을 위해 정부 비축 물자를 추가로 풀겠다고 밝혔다.',
    )
    expect(actorsOf(r)).toContain('japan')
    expect(actorsOf(r)).not.toContain('south-korea')
  })

  it("in copy naming only that state's 정부: japan, not south-korea", () => {
    const r = tagKo(
      '일본 정부가 치솟는 물가를 잡기 위해 긴급 대책을 내놓았다. 야당은 정부 대책이 한발 늦었다고 비판했다.',
    )
    expect(actorsOf(r)).toContain('japan')
    expect(actorsOf(r)).not.toContain('south-korea')
  })

  it("must still tag: a bare 정부 in copy that names the writer's state otherwise", () => {
    const r = tagKo('일본 정부가 수출 규제를 발표했다. 한국 정부는 정부 차원의 대응책을 마련하겠다고 밝혔다.')
    expect(actorsOf(r)).toContain('south-korea')
  })

  it("must still tag: a bare 정부 after North Korea's act (Seoul's government responds)", () => {
    const r = tagKo('북한이 동해상으로 탄도미사일을 발사했다. 정부는 긴급 국가안전보장회의를 열었다.')
    expect(actorsOf(r)).toContain('south-korea')
  })

  it('must still tag: a bare 정부 with no other government named', () => {
    const r = tagKo('정부는 내년부터 국방 연구개발 예산을 늘리기로 했다고 밝혔다.')
    expect(actorsOf(r)).toContain('south-korea')
  })

  it('법무부 after 미국 법무부: united-states, not south-korea', () => {
    const r = tagKo(
      '미국 법무부는 3일 가상자산을 세탁한 혐의로 남성 2명을 기소했다고 밝혔다. 법무부는 이들이 수익 일부를 챙겼다고 설명했다.',
    )
    expect(actorsOf(r)).toEqual(['united-states'])
  })

  it('해군 after 미 해군: united-states, not south-korea', () => {
    const r = tagKo('미 해군 구축함이 부산항에 입항했다. 해군은 정기 정비를 위한 입항이라고 설명했다.')
    expect(actorsOf(r)).not.toContain('south-korea')
  })

  it('must still tag: a bare 법무부 in copy naming no other state', () => {
    const r = tagKo('법무부는 3일 외국인 계절근로자 제도를 개편하겠다고 밝혔다.')
    expect(actorsOf(r)).toContain('south-korea')
  })

  it("must still tag: Seoul's own 법무부 named beside another state's", () => {
    const r = tagKo('미국 법무부는 기소 사실을 밝혔다. 한국 법무부는 수사 공조를 검토하겠다고 밝혔다.')
    expect(actorsOf(r)).toEqual(['south-korea', 'united-states'])
  })

  it("must still tag: a bare 해군 answering North Korea's launch", () => {
    const r = tagKo('북한이 미사일을 쐈다. 해군은 동해상 경계를 강화했다고 밝혔다.')
    expect(actorsOf(r)).toContain('south-korea')
  })

  it('양국 해군 in copy naming two other states: theirs, not south-korea', () => {
    const r = tagKo(
      '북한과 러시아가 국방장관 회담을 열었다. 양국 해군이 동해에서 함께 항해했다고 타스통신이 전했다.',
    )
    expect(actorsOf(r)).not.toContain('south-korea')
  })

  it('must still tag: 양국 해군 when the copy names Seoul as one of the two', () => {
    const r = tagKo('한국과 일본이 수색구조 훈련에 합의했다. 양국 해군이 다음 달 동해에서 훈련한다.')
    expect(actorsOf(r)).toContain('south-korea')
  })
})

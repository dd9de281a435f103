import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('a weapon named by its type is an arms transfer with its transfer word', () => {
  it('"shipped self-propelled guns and rocket launchers to Moscow" beside troops: still the shipment', () => {
    const r = rulesEn(
      'Pyongyang has shipped self-propelled guns and rocket launchers to Moscow, the agency said, adding that 11,000 troops are now in Russia.',
    )
    expect(recordsOf(r, 'arms-trade')).toContain('north-korea>russia reported')
  })

  it('"preparing to send more artillery systems to Russia": planned', () => {
    const r = rulesEn(
      'Intelligence officials said North Korea was preparing to send more artillery systems to Russia.',
    )
    expect(recordsOf(r, 'arms-trade')).toContain('north-korea>russia planned')
  })

  it('"a plan to buy 25 more stealth fighters from the United States": the United States sells', () => {
    const r = rulesEn('Seoul approved a plan to buy 25 more stealth fighters from the United States.')
    expect(recordsOf(r, 'arms-trade')).toContain('united-states>south-korea planned')
  })

  it('"a contract with Korea Aerospace Industries for light combat aircraft": the maker supplies', () => {
    const r = rulesEn(
      'The Thai air force signed a contract with Korea Aerospace Industries for eight light combat aircraft.',
    )
    expect(recordsOf(r, 'arms-trade').some((x) => x.startsWith('south-korea>'))).toBe(true)
  })

  it('북한이 러시아에 자주포와 방사포를 보냈으며 (병력 in the same sentence): the guns sent', () => {
    const r = rulesKo(
      '북한이 러시아에 자주포와 방사포를 보냈으며 병력도 계속 주둔시키고 있다고 국정원이 밝혔다.',
    )
    expect(recordsOf(r, 'arms-trade')).toContain('north-korea>russia reported')
  })

  it('not weapons shown or flown: no transfer', () => {
    const a = rulesEn('North Korea showed off self-propelled guns and rocket launchers at a military parade.')
    expect(recordsOf(a, 'arms-trade')).toEqual([])
    const b = rulesEn("South Korea's air force flew stealth fighters over the capital.")
    expect(recordsOf(b, 'arms-trade')).toEqual([])
    const c = rulesKo('북한은 열병식에서 자주포와 방사포를 공개했다.')
    expect(recordsOf(c, 'arms-trade')).toEqual([])
  })
})

describe('a Korean arms maker named beside its contract or shipment is the supplier', () => {
  it('LIG넥스원은 ... 유도무기의 사우디 수출 물량 일부를 선적했다: South Korea supplies', () => {
    const r = rulesKo('LIG넥스원은 지대공 유도무기의 사우디 수출 물량 일부를 선적했다고 밝혔다.')
    expect(recordsOf(r, 'arms-trade')).toContain('south-korea>null reported')
  })

  it('태국 공군은 한국항공우주산업과 경공격기 4대를 도입하는 계약을 맺었다: South Korea supplies', () => {
    const r = rulesKo('태국 공군은 한국항공우주산업과 경공격기 4대를 도입하는 계약을 맺었다.')
    expect(recordsOf(r, 'arms-trade')).toContain('south-korea>null reported')
  })

  it("a maker's share price on hopes of exports tells of no deal", () => {
    const r = rulesKo('한화에어로스페이스 주가는 방산 수출 기대감에 올랐다.')
    expect(recordsOf(r, 'arms-trade')).toEqual([])
  })
})

describe('a Korean purchase names its seller by 에서 or by the contract made with it', () => {
  it('국회는 미국에서 F-35A 전투기 20대를 추가 도입하는 예산을 의결했다: the United States sells', () => {
    const r = rulesKo('국회는 미국에서 F-35A 전투기 20대를 추가 도입하는 예산을 의결했다.')
    expect(recordsOf(r, 'arms-trade')).toContain('united-states>south-korea reported')
  })

  it('미국 정부와 계약한 전투기 추가 도입 사업비: the contract partner sells', () => {
    const r = rulesKo('내년 국방예산에는 미국 정부와 계약한 전투기 추가 도입 사업비가 반영됐다.')
    expect(recordsOf(r, 'arms-trade').some((x) => x.startsWith('united-states>'))).toBe(true)
  })

  it('a sale abroad (폴란드는 한국에서 K2 전차를 도입한다) keeps its seller', () => {
    const r = rulesKo('폴란드는 한국에서 K2 전차를 도입한다.')
    expect(recordsOf(r, 'arms-trade').some((x) => x.startsWith('south-korea>'))).toBe(true)
  })
})

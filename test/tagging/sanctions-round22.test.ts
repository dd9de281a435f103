import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('Korean: refined petroleum supplied over the UN cap is a sanctions violation', () => {
  it('정제유를 상한의 몇 배 공급: the supplier acts on the sanctioned recipient', () => {
    const r = rulesKo(
      '연구기관은 러시아가 북한에 안보리가 정한 상한의 3배가 넘는 정제유를 공급했다고 밝혔다.',
    )
    expect(recordsOf(r, 'sanctions')).toContain('russia>north-korea reported')
  })

  it('정제유 공급 한도를 넘긴 적이 없다: the supplier denies it', () => {
    const r = rulesKo('러시아 외무부는 "북한에 대한 정제유 공급 한도를 넘긴 적이 없다"고 반박했다.')
    expect(recordsOf(r, 'sanctions')).toContain('russia>north-korea denied')
  })

  it('not a cap of anything else (육아휴직 급여 상한, 대출 한도)', () => {
    expect(
      recordsOf(rulesKo('정부는 육아휴직 급여 상한을 월 250만원으로 올리기로 했다.'), 'sanctions'),
    ).toEqual([])
    expect(recordsOf(rulesKo('일본 정부는 주택담보대출 한도를 늘리기로 했다.'), 'sanctions')).toEqual([])
  })

  it('not crude oil with no cap word, nor a cap word with no refined petroleum', () => {
    const r = rulesKo('러시아는 올해 중국에 원유 수출 한도를 늘렸다고 밝혔다.')
    expect(recordsOf(r, 'sanctions')).toEqual([])
  })
})

describe("Korean: a state's claim that it implements the Security Council's resolutions denies the violation", () => {
  it('중국은 안보리 결의를 엄격히 이행해 왔다: China denies, aimed at the sanctioned side named', () => {
    const r = rulesKo(
      '중국 외교부 대변인은 북한 노동자들이 중국 공장에서 일하고 있다는 보도에 대해 "중국은 안보리 결의를 엄격히 이행해 왔다"고 말했다.',
    )
    expect(recordsOf(r, 'sanctions')).toContain('china>north-korea denied')
  })

  it('러시아는 ... 안보리 결의를 준수하고 있다: Russia denies', () => {
    const r = rulesKo('러시아 외무부 대변인은 "러시아는 유엔 안보리 결의를 준수하고 있다"고 주장했다.')
    expect(recordsOf(r, 'sanctions')).toContain('russia>null denied')
  })

  it('not an appeal to comply (준수할 것을 촉구), nor a duty (이행해야 한다)', () => {
    const appeal = rulesKo('한미일 외교장관은 북한에 안보리 결의를 준수할 것을 촉구했다.')
    expect(recordsOf(appeal, 'sanctions')).toEqual([])
    const duty = rulesKo('유엔 사무총장은 "북한은 안보리 결의를 이행해야 한다"고 말했다.')
    expect(recordsOf(duty, 'sanctions')).toEqual([])
  })

  it('not an accusation that a state is not complying (준수하고 있지 않다)', () => {
    const r = rulesKo('미국 국무부는 "북한은 안보리 결의를 준수하고 있지 않다"고 비판했다.')
    expect(recordsOf(r, 'sanctions').filter((x) => x.endsWith('denied'))).toEqual([])
  })

  it('not a pledge (이행할 것), nor implementing an agreement with no resolution named', () => {
    const pledge = rulesKo('정부는 "안보리 결의를 충실히 이행할 것"이라고 밝혔다.')
    expect(recordsOf(pledge, 'sanctions')).toEqual([])
    const deal = rulesKo('일본은 한국과의 합의를 성실히 이행하고 있다고 밝혔다.')
    expect(recordsOf(deal, 'sanctions')).toEqual([])
  })
})

describe('English: the country a sanctions monitor watches is sanctioned, by whoever acts on the monitor', () => {
  it('"vetoed the extension of the UN panel monitoring North Korea sanctions": Russia on North Korea', () => {
    const r = rulesEn(
      'Russia on Friday vetoed the extension of the UN panel monitoring North Korea sanctions.',
    )
    expect(recordsOf(r, 'sanctions')).toContain('russia>north-korea reported')
    expect(recordsOf(r, 'sanctions')).not.toContain('north-korea>russia reported')
  })

  it('"blocks the North Korea sanctions committee": the modifier before committee is sanctioned', () => {
    const r = rulesEn('China blocks the North Korea sanctions committee from listing two tankers.')
    expect(recordsOf(r, 'sanctions')).not.toContain('north-korea>china reported')
  })

  it('the imposer named before its own sanctions stays the source ("new U.S. sanctions", the verb "sanctions")', () => {
    expect(
      recordsOf(rulesEn('New U.S. sanctions hit three Russian banks on Monday.'), 'sanctions'),
    ).toContain('united-states>russia reported')
    expect(
      recordsOf(rulesEn('China sanctions three U.S. defence firms over arms sales.'), 'sanctions'),
    ).toContain('china>united-states reported')
  })
})

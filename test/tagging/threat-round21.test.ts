import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

// Round twenty-one, threat-warning. Sentences written for these tests.
describe('facing or witnessing a response is a threat (대응에 직면*, 대응을 목격*; t5 t12 t13 t32 t46 t61 t73 t78 tu)', () => {
  it('told without a warning verb, by the quotation speaker, aimed at who will face it', () => {
    expect(
      recordsOf(
        rulesKo(
          '김여정 부부장은 담화에서 "한국이 전단 살포를 계속한다면 새로운 대응을 목격하게 될 것"이라고 밝혔다.',
        ),
        'threat-warning',
      ),
    ).toEqual(['kim-yo-jong>south-korea reported'])
    expect(
      recordsOf(
        rulesKo('북한 외무성은 "미국이 적대시 정책을 고집하면 단호한 대응에 직면할 것"이라고 말했다.'),
        'threat-warning',
      ),
    ).toEqual(['north-korea>united-states reported'])
  })

  it('the quotation topic who faces it is the target, not the warner (facedResponseKo)', () => {
    expect(
      recordsOf(
        rulesKo('북한은 "미국은 우리의 새로운 대응을 목격하게 될 것"이라고 말했다.'),
        'threat-warning',
      ),
    ).toEqual(['north-korea>united-states reported'])
  })

  it('weather, markets, health and sports face no threat', () => {
    for (const body of [
      '기상청은 태풍이 북상하면 강풍과 폭우에 직면할 것이라고 밝혔다.',
      '금융당국은 환율이 급등하면 시장의 거센 대응에 직면할 것이라고 밝혔다.',
      '보건당국은 독감 유행이 계속되면 의료 현장이 큰 부담에 직면할 것이라고 밝혔다.',
      '한일전을 앞두고 감독은 "일본은 우리의 강한 대응에 직면할 것"이라고 말했다.',
      '정부는 저출산 문제에 대응할 것이라고 밝혔다.',
    ])
      expect(eventSlugs(rulesKo(body))).not.toContain('threat-warning')
  })

  it('English: a warning of a response to be faced (controls; the gold tells each with "warned")', () => {
    expect(
      recordsOf(
        rulesEn("Kim Yo Jong warned that Seoul would face 'a new response' if the leaflets kept coming."),
        'threat-warning',
      ),
    ).toEqual(['kim-yo-jong>south-korea reported'])
    for (const body of [
      'The Korea Meteorological Administration warned that Seoul would face heavy rain on Friday.',
      'Analysts warned that exporters would face a sharp response from markets if the won kept rising.',
      'Health authorities warned that hospitals would face a surge of flu patients.',
      "The coach warned that Japan would face a strong response from his side in Saturday's final.",
    ])
      expect(eventSlugs(rulesEn(body))).not.toContain('threat-warning')
  })
})

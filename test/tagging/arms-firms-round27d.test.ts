import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

const roles = (records: string[]) => records.map((x) => x.split(' ')[0])

describe('an export deal naming one country makes it the exporter, the buyer left empty (arms-trade)', () => {
  it('"a contract to export howitzers to Norway" told by a South Korean agency: south-korea, no buyer', () => {
    expect(
      recordsOf(
        rulesEn(
          'The head of the Defense Acquisition Program Administration said a contract to export K9 howitzers ' +
            'to Norway would be signed next month.',
        ),
        'arms-trade',
      ),
    ).toEqual(['south-korea>null planned'])
  })

  it('"계약을 체결할 예정이며 ... 일본의 첫 호위함 수출": japan as exporter, the buyer empty', () => {
    expect(
      roles(
        recordsOf(
          rulesKo('양측은 다음 달 정식 계약을 체결할 예정이며, 이는 일본의 첫 호위함 수출이 된다.'),
          'arms-trade',
        ),
      ),
    ).toEqual(['japan>null'])
  })

  it('still not: a purchase for the home army, or an export sentence naming two countries', () => {
    expect(
      recordsOf(
        rulesEn(
          'The head of the Defense Acquisition Program Administration said a contract to buy more tanks ' +
            'for the army would be signed next month.',
        ),
        'arms-trade',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesKo('양측은 다음 달 정식 계약을 체결할 예정이며, 이는 일본 육군의 첫 호위함 도입이 된다.'),
        'arms-trade',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesKo('양측은 다음 달 정식 계약을 체결할 예정이며, 이는 일본과 미국의 첫 호위함 수출이 된다.'),
        'arms-trade',
      ),
    ).toEqual([])
  })
})

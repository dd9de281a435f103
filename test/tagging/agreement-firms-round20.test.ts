import { describe, expect, it } from 'vitest'
import { rulesEn as en, rulesKo as ko, recordsOf as records } from './helpers'

// Round twenty's alliance-agreement pass: a construction behind wrong agreement tags in the tuning gold, recurring
// in three batches or more. Sentences written for these tests; read with the learned veto off, so the rules alone
// decide.

const AGREEMENT = 'alliance-agreement'

describe('an agreement whose signer is a firm is a contract, no interstate act (t17 t65 t80)', () => {
  it('English: a subject naming airlines, the cities of their routes no parties', () => {
    expect(
      records(
        en(
          'Asiana Airlines and Japan Airlines signed a cargo pact on Friday, widening their alliance on flights between Seoul and Tokyo.',
        ),
        AGREEMENT,
      ),
    ).toEqual([])
  })
  it('English: a defence firm (a company form of its country) signing a deal abroad', () => {
    expect(
      records(en('Shares rose.', 'Hanwha Aerospace signs $2 billion howitzer deal with Poland'), AGREEMENT),
    ).toEqual([])
  })
  it('Korean: a shipbuilder as topic, or as the headline subject before a comma', () => {
    expect(
      records(ko('한화오션은 미 해군 해상체계사령부와 함정정비협약을 체결했다고 5일 밝혔다.'), AGREEMENT),
    ).toEqual([])
    expect(
      records(ko('회사 측은 입찰을 준비하고 있다.', '한화오션, 미 해군 함정정비협약 체결'), AGREEMENT),
    ).toEqual([])
    expect(
      records(ko('이 협약을 체결한 조선소는 미 해군 함정의 정비 사업에 참여할 수 있다.'), AGREEMENT),
    ).toEqual([])
  })
  it('while states signing still do, in both languages', () => {
    expect(
      records(en('South Korea and Japan signed a currency swap agreement on Friday.'), AGREEMENT),
    ).toEqual(['south-korea>japan reported'])
    expect(records(ko('한국과 일본은 5일 통화스와프 협정을 체결했다.'), AGREEMENT)).toEqual([
      'south-korea>japan reported',
    ])
    expect(
      records(en('The U.S. Air Force and Japan signed a maintenance agreement on Friday.'), AGREEMENT).length,
    ).toBe(1)
  })
})

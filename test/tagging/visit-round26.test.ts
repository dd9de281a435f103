import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('a foreign official by title alone visiting a host the visit word names: the visitor left unnamed', () => {
  it('"스페인 외교장관이 2일 방한해 ... 회담했다": the subject title visits Korea', () => {
    const r = rulesKo('호세 마누엘 알바레스 스페인 외교장관이 2일 방한해 조현 외교부 장관과 회담했다.')
    expect(recordsOf(r, 'visit')).toEqual(['null>south-korea reported'])
  })

  it('"방한한 ... 스페인 국방부 차관을 만나": the head of the relative clause visits Korea', () => {
    const r = rulesKo(
      '안규백 국방부 장관은 10일 방산 전시회 참석차 방한한 카를로스 루이스 스페인 국방부 차관을 만났다.',
    )
    expect(recordsOf(r, 'visit')).toEqual(['null>south-korea reported'])
  })

  it('"Romanian President Nicusor Dan, who is on a state visit to Seoul": a person on the trip, set off by "who is"', () => {
    const r = rulesEn(
      'Lee spoke after talks with Romanian President Nicusor Dan, who is on a state visit to Seoul, on Monday.',
    )
    expect(recordsOf(r, 'visit')).toEqual(['null>south-korea reported'])
  })

  it('"Albares, on his first trip to South Korea as foreign minister,": a person on the trip, set off by a comma', () => {
    const r = rulesEn(
      'Albares, on his first trip to South Korea as foreign minister, laid a wreath in Seoul.',
    )
    expect(recordsOf(r, 'visit')).toEqual(['null>south-korea reported'])
  })

  it('not tourists on a trip, nor a trip one would go on, nor the noun 방한 beside the host official met', () => {
    expect(
      recordsOf(rulesEn('Chinese tourists, on a trip to Seoul, crowded the shops on Sunday.'), 'visit'),
    ).toEqual([])
    expect(
      recordsOf(rulesEn('The minister said he would go on a trip to Japan next month.'), 'visit').filter(
        (x) => x.endsWith('reported'),
      ),
    ).toEqual([])
    expect(recordsOf(rulesKo('방한한 관광객들이 명동을 찾았다.'), 'visit')).toEqual([])
    expect(recordsOf(rulesKo('그는 방한 기간 조현 외교부 장관과 회담할 예정이다.'), 'visit')).toEqual([])
  })

  it('keeps the frames of a visit denied or planned', () => {
    expect(recordsOf(rulesKo('스페인 외교장관이 방한하지 않는다고 밝혔다.'), 'visit')).toEqual([
      'null>south-korea denied',
    ])
    expect(recordsOf(rulesKo('스페인 외교장관이 다음 달 방한할 예정이다.'), 'visit')).toEqual([
      'null>south-korea planned',
    ])
  })
})

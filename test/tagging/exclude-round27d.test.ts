import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

const modalitiesKo = (text: string, event: string) =>
  recordsOf(rulesKo(text), event).map((x) => x.split(' ').pop())
const modalitiesEn = (text: string, event: string) =>
  recordsOf(rulesEn(text), event).map((x) => x.split(' ').pop())

describe('an act not excluded is a possibility kept open (배제하지 않다)', () => {
  it('배제하지 않겠다 / 배제 안 해, quoted or not: speculative, not denied', () => {
    for (const text of [
      '일본 정부는 북한에 대한 추가 제재도 배제하지 않겠다고 밝혔다.',
      '일본 외무상은 "북한이 도발을 계속하면 추가 제재도 배제하지 않는다"고 말했다.',
      '캐나다 총리 "우크라이나에 대한 무기 지원 배제 안 해"',
    ])
      expect(modalitiesKo(text, text.includes('무기') ? 'arms-trade' : 'sanctions')).not.toContain('denied')
    expect(
      modalitiesKo('일본 정부는 북한에 대한 추가 제재도 배제하지 않겠다고 밝혔다.', 'sanctions'),
    ).toEqual(['speculative'])
  })

  it('still denied: an act its own predicate negates without 배제', () => {
    expect(
      modalitiesKo('일본 정부는 북한에 대한 추가 제재를 검토하지 않는다고 밝혔다.', 'sanctions'),
    ).toEqual(['denied'])
  })

  it('배제 in other senses tags nothing: excluded from a subsidy or a nomination', () => {
    expect(eventSlugs(rulesKo('일본 정부는 조선학교를 고교 무상화 대상에서 배제하지 않았다.'))).toEqual([])
    expect(eventSlugs(rulesKo('자민당은 일부 의원을 공천에서 배제하지 않기로 했다.'))).toEqual([])
  })

  it('the English kin: "did not exclude", "would not rule out" read as a guess', () => {
    expect(
      modalitiesEn(
        'Japan would not rule out further sanctions on North Korea, the minister said.',
        'sanctions',
      ),
    ).toEqual(['speculative'])
    expect(
      modalitiesEn('The minister did not exclude further sanctions on North Korea.', 'sanctions'),
    ).toEqual(['speculative'])
    expect(
      modalitiesEn('Japan does not exclude sending arms to Ukraine, the premier said.', 'arms-trade'),
    ).toEqual(['speculative'])
  })
})

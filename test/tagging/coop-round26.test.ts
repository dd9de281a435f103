import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('a military or intelligence body sharing information with another state is military cooperation', () => {
  it('"the military said it was sharing information on the drone incursion with the United States"', () => {
    const r = rulesEn(
      "South Korea's military said it was sharing information on the drone incursion with the United States.",
    )
    expect(recordsOf(r, 'military-cooperation').length).toBeGreaterThan(0)
  })

  it('"the spy agency shared information on the defector with Japan"', () => {
    const r = rulesEn(
      "Seoul's spy agency said it shared information on the defector with Japan's government.",
    )
    expect(recordsOf(r, 'military-cooperation').length).toBeGreaterThan(0)
  })

  it('not a ministry with no military or intelligence body, nor information shared with no second state', () => {
    expect(
      recordsOf(
        rulesEn('The foreign ministry said it was sharing information with Japan on the abduction case.'),
        'military-cooperation',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn('The military said it shared information on the launch with the public.'),
        'military-cooperation',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn(
          'Japan notified the sanctions committee and shared the information with the countries concerned.',
        ),
        'military-cooperation',
      ),
    ).toEqual([])
  })
})

describe('a Korean denial of a troop dispatch or a logistics pact still names the cooperation (denied)', () => {
  it('"자위대를 한반도에 파견할 계획이 없다": the Self-Defense Forces sent to another state, denied', () => {
    const r = rulesKo('일본은 자위대를 한반도에 파견할 계획이 없다고 한국 외교부가 밝혔다.')
    expect(recordsOf(r, 'military-cooperation').some((x) => x.endsWith(' denied'))).toBe(true)
  })

  it('"상호군수지원협정 체결은 논의한 바 없다": a logistics support pact between two states, denied', () => {
    const r = rulesKo('한국과 일본의 상호군수지원협정 체결은 논의한 바 없다고 국방부가 밝혔다.')
    expect(recordsOf(r, 'military-cooperation').some((x) => x.endsWith(' denied'))).toBe(true)
  })

  it('"전선 참관단 파견": observers sent to another state\'s front line', () => {
    const r = rulesKo('한국 정부는 우크라이나 전선 참관단 파견을 검토한 바 없다고 밝혔다.')
    expect(recordsOf(r, 'military-cooperation').length).toBeGreaterThan(0)
  })

  it('not the Self-Defense Forces sent at home, nor election observers', () => {
    expect(
      recordsOf(
        rulesKo('일본 방위성은 노토반도 호우 피해 지역에 자위대를 파견했다.'),
        'military-cooperation',
      ),
    ).toEqual([])
    expect(
      recordsOf(rulesKo('일본 정부는 대선 참관단을 한국에 파견하기로 했다.'), 'military-cooperation'),
    ).toEqual([])
  })
})

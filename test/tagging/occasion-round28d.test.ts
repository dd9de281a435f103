import { describe, expect, it } from 'vitest'
import { recordsOf, rulesKo } from './helpers'

describe('the noun 계기 (occasion) holds 기로 but is no decision (하기로)', () => {
  it('a meeting named as the occasion of a past act is not planned', () => {
    expect(
      recordsOf(
        rulesKo('조 장관은 지난주 아세안 외교장관회의를 계기로 왕이 중국 외교부장과 만났다.'),
        'meeting-summit',
      ),
    ).not.toContain('null>null planned')
    expect(
      recordsOf(
        rulesKo('APEC 정상회의를 계기로 시진핑 중국 국가주석이 한국을 찾았다.'),
        'meeting-summit',
      ).some((r) => r.endsWith('planned')),
    ).toBe(false)
  })

  it('still planned: a decision with 하기로, a scheduled meeting', () => {
    expect(
      recordsOf(rulesKo('한국과 일본은 다음 달 도쿄에서 정상회담을 열기로 했다.'), 'meeting-summit').some(
        (r) => r.endsWith('planned'),
      ),
    ).toBe(true)
    expect(
      recordsOf(rulesKo('양국 정상은 유엔총회를 계기로 회담할 예정이다.'), 'meeting-summit').some((r) =>
        r.endsWith('planned'),
      ),
    ).toBe(true)
  })
})

describe('a gathering named as the occasion (회의를 계기로) takes the mood of the rest of its sentence', () => {
  it('a guessed attendance: the summit meeting is speculative, not reported', () => {
    const r = rulesKo('다음 달 APEC 정상회의를 계기로 중국 국가주석이 한국을 찾을 수 있다는 관측이 나온다.')
    expect(recordsOf(r, 'meeting-summit').length).toBeGreaterThan(0)
    expect(recordsOf(r, 'meeting-summit').every((x) => x.endsWith('speculative'))).toBe(true)
  })

  it('still: an attendance told as done is not guessed', () => {
    const r = rulesKo('APEC 정상회의를 계기로 시진핑 중국 국가주석이 한국을 찾았다.')
    expect(recordsOf(r, 'meeting-summit').some((x) => x.endsWith('speculative'))).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { eventSlugs, rulesEn, rulesKo } from './helpers'

describe('a signing named as what another act is about is background, no alliance-agreement', () => {
  it('English: an instrument in a clause with no "that", object of another verb or a preposition', () => {
    expect(
      eventSlugs(
        rulesEn(
          'Tokyo summoned the Chinese envoy on Monday to protest the fisheries pact China and Russia signed last month.',
        ),
      ),
    ).not.toContain('alliance-agreement')
    expect(
      eventSlugs(
        rulesEn('Seoul lodged a complaint over the defence accord Moscow and Pyongyang sealed in June.'),
      ),
    ).not.toContain('alliance-agreement')
  })

  it('Korean: a signing made a noun clause (데, 것) or a headline signing noun a reaction takes', () => {
    expect(
      eventSlugs(
        rulesKo('외교부는 중국과 러시아가 새 군사협정을 체결한 데 대해 깊은 우려를 표명했다고 밝혔다.'),
      ),
    ).not.toContain('alliance-agreement')
    expect(eventSlugs(rulesKo('일본 정부, 중러 협정 체결에 강력 반발'))).not.toContain('alliance-agreement')
  })

  it('still tagged: a signing as the news, signed today, a signing still to come', () => {
    expect(
      eventSlugs(rulesEn('Russia and North Korea signed a mutual defence treaty on Wednesday.')),
    ).toContain('alliance-agreement')
    expect(eventSlugs(rulesEn('Seoul condemned the pact Moscow and Pyongyang signed today.'))).toContain(
      'alliance-agreement',
    )
    expect(eventSlugs(rulesKo('한국과 일본은 새 협정 체결에 합의했다고 밝혔다.'))).toContain(
      'alliance-agreement',
    )
    expect(
      eventSlugs(rulesKo('북한과 러시아는 19일 평양에서 포괄적 전략적 동반자 관계 조약을 체결했다.')),
    ).toContain('alliance-agreement')
  })
})

import { describe, expect, it } from 'vitest'
import { eventSlugs, rulesEn, rulesKo } from './helpers'

describe('a joint statement that only censures a third party or restates a stance on one is no agreement', () => {
  it('"condemned the launch in a joint statement": the parties speak, they sign nothing', () => {
    const r = rulesEn(
      'The foreign ministers of Japan and South Korea condemned the launch in a joint statement on Friday.',
    )
    expect(eventSlugs(r)).not.toContain('alliance-agreement')
  })

  it('비핵화 원칙을 재확인하는 공동성명: 제3국에 대한 입장 재확인', () => {
    const r = rulesKo(
      '한국과 일본 외교장관은 도쿄에서 회의를 열고 북한의 비핵화 원칙을 재확인하는 공동성명을 발표했다.',
    )
    expect(eventSlugs(r)).not.toContain('alliance-agreement')
  })

  it('공동성명을 발표했다, 다음 문장 성명에서 규탄: 읽어 준 내용이 비난뿐', () => {
    const r = rulesKo(
      '한국과 일본 외교장관은 서울에서 회의를 열고 공동성명을 발표했다. 두 장관은 성명에서 북한의 미사일 발사를 강력히 규탄했다.',
    )
    expect(eventSlugs(r)).not.toContain('alliance-agreement')
  })

  it('still an agreement: a joint statement announced with nothing censured', () => {
    expect(
      eventSlugs(rulesKo('한국과 일본은 정상회담 후 경제안보 협력을 담은 공동성명을 발표했다.')),
    ).toContain('alliance-agreement')
    expect(
      eventSlugs(rulesEn('South Korea and Japan signed a defence agreement and condemned the launch.')),
    ).toContain('alliance-agreement')
  })

  it('still an agreement: 공동성명 발표, 다음 문장이 성명을 읽어 주지 않으면 그대로', () => {
    const r = rulesKo(
      '한국과 일본은 정상회담 후 경제안보 협력을 담은 공동성명을 발표했다. 북한은 이튿날 미사일 발사를 규탄받았다.',
    )
    expect(eventSlugs(r)).toContain('alliance-agreement')
  })
})

import { describe, expect, it } from 'vitest'
import { eventSlugs, rulesEn, rulesKo } from './helpers'

describe('a release owned by a personal pronoun is a captive set free', () => {
  it('"demanded his immediate release": a detainee case', () => {
    const r = rulesEn(
      'The Japanese government condemned the prison sentence and demanded his immediate release.',
    )
    expect(eventSlugs(r)).toContain('humanitarian')
  })

  it('"helped secure their release": a detainee case', () => {
    const r = rulesEn('Qatar, which mediated between Washington and Tehran, helped secure their release.')
    expect(eventSlugs(r)).toContain('humanitarian')
  })

  it('not a release of something ("their release of the figures")', () => {
    const r = rulesEn('Japan criticised China for their release of the trade figures on Monday.')
    expect(eventSlugs(r)).not.toContain('humanitarian')
  })

  it('not a thing released ("the release of the new model")', () => {
    const r = rulesEn('China announced the release of its new electric car model in Beijing.')
    expect(eventSlugs(r)).not.toContain('humanitarian')
  })
})

describe('구금 of a person named as a national is a detainee case', () => {
  it('중국 공안이 일본인 회사원을 구금: humanitarian', () => {
    const r = rulesKo('중국 공안 당국이 간첩 혐의로 일본인 회사원 1명을 구금했다고 일본 외무성이 밝혔다.')
    expect(eventSlugs(r)).toContain('humanitarian')
  })

  it('not the police holding a suspect at home', () => {
    const r = rulesKo('서울경찰청은 사기 혐의로 40대 남성을 구금하고 조사 중이라고 밝혔다.')
    expect(eventSlugs(r)).not.toContain('humanitarian')
  })
})

describe('the hyphenated compound "separated-family" is the trigger "separated family"', () => {
  it('"separated-family members": humanitarian', () => {
    const r = rulesEn(
      "South Korea's Unification Ministry will hold video meetings for 300 separated-family members.",
    )
    expect(eventSlugs(r)).toContain('humanitarian')
  })
})

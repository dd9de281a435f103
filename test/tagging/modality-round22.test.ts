import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

// The tests' articles are dated 2025-06-01 (helpers.rulesOnly): "in January" and "last May" are before it.

describe('a scenario included in a drill is the drill planned, no guess', () => {
  it('"agreed to include nuclear-contingency scenarios in next year\'s exercise": planned', () => {
    const r = rulesEn(
      "South Korea and the United States also agreed to include nuclear-contingency scenarios in next January's Ulchi Freedom Shield exercise.",
    )
    expect(recordsOf(r, 'military-exercise')).toEqual(['south-korea>united-states planned'])
  })

  it('Korean 연합연습에 핵 작전 시나리오를 포함하기로 했다: planned, also past the predicate window', () => {
    expect(
      recordsOf(
        rulesKo('한미는 내년 8월 연합연습에 핵 작전 시나리오를 포함하기로 했다.'),
        'military-exercise',
      ),
    ).toEqual(['south-korea>united-states planned'])
    const r = rulesKo('한미는 올해 을지 자유의 방패(UFS) 연습에 핵 작전 시나리오를 포함하기로 했다.')
    expect(recordsOf(r, 'military-exercise')).toEqual(['south-korea>united-states planned'])
  })

  it('not a drill analysts say may follow a scenario (English and Korean stay speculative)', () => {
    const en = rulesEn(
      'South Korea and the United States could hold drills under a nuclear war scenario, analysts said.',
    )
    expect(recordsOf(en, 'military-exercise')).toEqual(['south-korea>united-states speculative'])
    const ko = rulesKo('한미가 전면전 시나리오를 상정한 연합연습을 벌일 가능성이 있다.')
    expect(recordsOf(ko, 'military-exercise')).toEqual(['south-korea>united-states speculative'])
  })
})

describe('a past when-clause dated before the article recalls its act', () => {
  it('"The treaty was signed when Putin visited Pyongyang in January": the visit is background', () => {
    const r = rulesEn('The treaty was signed when Putin visited Pyongyang in January.')
    expect(recordsOf(r, 'visit')).toEqual(['vladimir-putin>north-korea background'])
  })

  it('"When Yoon hosted Kishida in Seoul last May, ...": the meeting then is background, not reported', () => {
    const r = rulesEn(
      'When Yoon Suk Yeol hosted Fumio Kishida in Seoul last May, the two leaders promised to meet every year.',
    )
    expect(recordsOf(r, 'meeting-summit')).toContain('yoon-suk-yeol>fumio-kishida background')
    expect(recordsOf(r, 'meeting-summit')).not.toContain('yoon-suk-yeol>fumio-kishida reported')
  })

  it('not a when-clause in the present (a visit to come stays tagged)', () => {
    const r = rulesEn('When Putin visits Pyongyang in July, the two leaders will sign a treaty.')
    expect(recordsOf(r, 'visit')).not.toContain('vladimir-putin>north-korea background')
    expect(recordsOf(r, 'alliance-agreement')).toEqual(['vladimir-putin>north-korea planned'])
  })
})

describe('what a bill would do is what it proposes, planned', () => {
  it('"passed a bill that would require the Treasury to sanction ...": planned', () => {
    const r = rulesEn(
      'The House passed a bill that would require the Treasury to sanction banks that work with North Korea.',
    )
    expect(recordsOf(r, 'sanctions')).toEqual(['null>north-korea planned'])
  })

  it('"introduced legislation on Wednesday that would require ...": over the date to the bill noun', () => {
    const r = rulesEn(
      'A bipartisan group of U.S. senators introduced legislation on Wednesday that would require the Treasury to impose secondary sanctions on banks that work with North Korea.',
    )
    expect(recordsOf(r, 'sanctions')).toEqual(['null>north-korea planned'])
  })

  it('not a vetoed resolution that "would have" extended sanctions monitoring', () => {
    const r = rulesEn(
      'Russia vetoed a resolution that would have extended the expert panel monitoring sanctions against North Korea.',
    )
    expect(recordsOf(r, 'sanctions')).not.toContain('russia>north-korea planned')
  })
})

describe('a review said not to be under way is a denial (Korean 검토하고 있지 않다)', () => {
  it('방안을 검토하고 있지 않다고 밝혔다: denied, not planned', () => {
    const r = rulesKo('대통령실은 우크라이나에 살상무기를 직접 지원하는 방안을 검토하고 있지 않다고 밝혔다.')
    expect(recordsOf(r, 'arms-trade')).toEqual(['south-korea>ukraine denied'])
  })

  it('방안은 "현재 검토하고 있지 않다"고: the negation past the quotation mark too', () => {
    const r = rulesKo(
      '국방부 대변인은 22일 정례브리핑에서 우크라이나에 살상무기를 직접 지원하는 방안은 "현재 검토하고 있지 않다"고 밝혔다.',
    )
    expect(recordsOf(r, 'arms-trade')).toEqual(['south-korea>ukraine denied'])
  })

  it('not a speech withheld (언급을 하지 않고 있다 denies no deployment)', () => {
    const r = rulesKo('북한은 러시아 파병 여부에 대해 공식 언급을 하지 않고 있다.')
    expect(recordsOf(r, 'military-cooperation')).not.toContain('north-korea>russia denied')
    expect(recordsOf(r, 'military-cooperation')).not.toContain('russia>north-korea denied')
  })
})

import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, rulesKo as ko } from './helpers'

// Round nineteen's second source pass: triggers that passed their sense checks but whose record was dropped
// for want of a source, in headline constructions recurring in three batches or more. Sentences written for
// these tests; read with the learned veto off, so the rules alone decide.

const titled = (r: ReturnType<typeof en>, event: string) =>
  r.records.filter((x) => x.event === event && x.inTitle).map((x) => `${x.source}>${x.target} ${x.modality}`)

describe('a headline surname is the person the body names first in full (t16 t23 t25 t66)', () => {
  it('English: "Ahn vows ..." over "Defence Minister Ahn Gyu-back said ..."', () => {
    const r = en(
      'Defence Minister Ahn Gyu-back said on Monday that the military would respond firmly to any provocation.',
      'Ahn warns North Korea against provocations',
    )
    expect(titled(r, 'threat-warning')).toEqual(['ahn-gyu-back>north-korea reported'])
  })
  it('Korean: 김 위원장 in a headline over 김정은 북한 국무위원장은 ...', () => {
    const r = ko(
      '김정은 북한 국무위원장은 10일 미국이 군사 도발을 계속하면 압도적인 힘으로 대응하겠다고 경고했다.',
      '김 위원장 "압도적 힘으로 대응" 미국에 경고',
    )
    expect(titled(r, 'threat-warning')).toEqual(['kim-jong-un>united-states reported'])
  })
  it('invents no one when the body names nobody of that surname in full', () => {
    const r = en(
      'Officials met on Monday to discuss the border.',
      'Ahn warns North Korea against provocations',
    )
    expect(events(r)).not.toContain('threat-warning')
    expect(r.actors.map((a) => a.slug)).not.toContain('ahn-gyu-back')
  })
  it('leaves a possessive alone: "demanding Yoon\'s removal" names the one acted on, not a speaker', () => {
    const r = en(
      'Protesters rallied outside the National Assembly on Saturday, demanding the impeachment of President Yoon Suk Yeol.',
      "Thousands rally in Seoul demanding Yoon's removal",
    )
    expect(events(r)).not.toContain('diplomatic-statement')
  })
})

describe("a headline's second verb after a comma shares the subject it opens on (t5 t6 t16 t23 t30 t72)", () => {
  it('"X says ..., warns Y": the warning is the speaker\'s', () => {
    const r = en(
      'South Korean President Yoon Suk Yeol said on Thursday that Seoul could consider providing weapons to Ukraine.',
      'Yoon says Seoul could send weapons to Kyiv, warns Pyongyang',
    )
    expect(titled(r, 'threat-warning')).toEqual(['yoon-suk-yeol>north-korea reported'])
  })
  it('"Japan protests launch, warns North Korea" with a state as the subject', () => {
    expect(
      titled(en('Tokyo lodged a protest.', 'Japan protests launch, warns North Korea'), 'threat-warning'),
    ).toEqual(['japan>north-korea reported'])
  })
  it('not when the opening is no subject and verb ("US \'not in a position to confirm\' ..., warns")', () => {
    const r = en(
      'A spokesperson declined to confirm the reports.',
      "US 'not in a position to confirm' North Korean troops in Kursk, warns of consequences",
    )
    expect(titled(r, 'threat-warning')).toEqual([])
  })
})

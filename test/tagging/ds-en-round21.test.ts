import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn } from './helpers'

// Round twenty-one, English recall of diplomatic-statement. Sentences written for these tests (the helpers date
// them 1 June 2025). English only: a Korean denial names its denier by its topic (triggers-ko.ts), and the
// concern and interest phrases are English triggers.

// A state reporting that an act it is a party to did not happen denies it (taxonomy rule 4): t68 t83 t86.
describe("a state's reported negation of an act it is party to is its statement", () => {
  it('"no plans for Kim to visit Russia, the Kremlin said", "Trump says chips not discussed in talks with Xi"', () => {
    const a = rulesEn(
      'There are no concrete plans for Kim Jong Un to visit Russia at this stage, Kremlin spokesman Dmitry Peskov said on Monday.',
    )
    expect(recordsOf(a, 'visit')).toContain('kim-jong-un>russia denied')
    expect(eventSlugs(a)).toContain('diplomatic-statement')
    const b = rulesEn('Trump says Blackwell chips were not discussed in Busan talks with Xi.')
    expect(eventSlugs(b)).toContain('diplomatic-statement')
  })

  // Round twenty-six's judged s57-ds-en reads a state body's denial of another's act in its own voice as its
  // statement (the gold t5 t37 t76; en-088 reads it as none; +1 held-out event), so the JCS case is one now.
  it("a third party's report of another's plan is none (Seoul on talks between others); the JCS's is its own", () => {
    const a = rulesEn(
      "South Korea's Joint Chiefs of Staff said on Monday that North Korea did not fire a ballistic missile.",
    )
    expect(recordsOf(a, 'missile-launch')).toContain('north-korea>null denied')
    expect(recordsOf(a, 'diplomatic-statement')).toEqual(['south-korea-jcs>null reported'])
    const b = rulesEn('Seoul said North Korea had no plans to hold talks with Japan, citing intelligence.')
    expect(eventSlugs(b)).not.toContain('diplomatic-statement')
  })

  it("an unattributed negation is nobody's statement", () => {
    const r = rulesEn('North Korea did not fire a missile on Monday despite the drills.')
    expect(eventSlugs(r)).not.toContain('diplomatic-statement')
  })
})

// A concern or displeasure voiced with quotes or modifiers around it: t42 t71 t81 t88.
describe('a concern voiced is a statement, however it is worded', () => {
  it('"voiced serious concern", "expressed \'grave concern\'", "expressed \'strong dissatisfaction\'"', () => {
    const a = rulesEn(
      'Japan and South Korea also voiced serious concern over the deepening military cooperation between Pyongyang and Moscow.',
    )
    expect(eventSlugs(a)).toContain('diplomatic-statement')
    const b = rulesEn(
      'Foreign Minister Cho Tae-yul expressed "grave concern" over the strategic partnership treaty Moscow signed with Pyongyang.',
    )
    expect(recordsOf(b, 'diplomatic-statement')).toContain('cho-tae-yul>russia reported')
    const c = rulesEn(
      "China's Foreign Ministry expressed 'strong dissatisfaction and protest' over the United States shooting down the balloon.",
    )
    expect(eventSlugs(c)).toContain('diplomatic-statement')
  })

  it('a verb of voicing with no concern as its object, or no actor voicing it, is none', () => {
    const a = rulesEn('Japan raised tariffs on Chinese steel on Monday amid concerns over a glut.')
    expect(eventSlugs(a)).not.toContain('diplomatic-statement')
    const b = rulesEn(
      'South Korea expressed its hope that talks with Japan would resume, despite concerns at home.',
    )
    expect(eventSlugs(b)).not.toContain('diplomatic-statement')
    const c = rulesEn('Local residents have raised concerns about traffic jams near the new plant.')
    expect(eventSlugs(c)).not.toContain('diplomatic-statement')
  })
})

// A rejection told as having no interest in another's proposal or overtures: t47 t78 t87.
describe('"no interest in" what another proposes is a rejection', () => {
  it('"has \'no interest\' in any proposal from Seoul", "is not interested in any policy from Seoul"', () => {
    const a = rulesEn(
      "Kim Yo Jong said on Monday that Pyongyang has 'no interest' in any policy or proposal from Seoul.",
    )
    expect(eventSlugs(a)).toContain('diplomatic-statement')
    const b = rulesEn(
      'Kim Yo Jong said on Monday that Pyongyang is not interested in any proposal from Seoul, brushing aside its gestures.',
    )
    expect(eventSlugs(b)).toContain('diplomatic-statement')
  })

  it('without what is rejected after "in", none', () => {
    const a = rulesEn('South Korean banks offered no interest rate cuts to Japanese firms on Monday.')
    expect(eventSlugs(a)).not.toContain('diplomatic-statement')
    const b = rulesEn('Japan said it was not interested, and left the question there.')
    expect(eventSlugs(b)).not.toContain('diplomatic-statement')
  })
})

import { describe, expect, it } from 'vitest'
import { tag } from './helpers'

// Round thirteen, modality (t21-t42): a negated denial is a possibility, and a relative clause describing its
// noun by an act dated before the article recalls that act. Each block pairs the construction with a report it
// must keep. Sentences written for these tests.

const records = (r: ReturnType<typeof tag>) =>
  r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const events = (r: ReturnType<typeof tag>) => r.events.map((e) => e.slug)
const en = (body: string, date = '2024-11-15') => tag('', body, date)

describe('"did not rule out" is a possibility, not a denial', () => {
  it('the base form after a negation, right before the object or before a "that" clause', () => {
    const r = en('Putin said he did not rule out supplying weapons to North Korea.')
    expect(records(r)).toContain('arms-trade vladimir-putin>north-korea speculative')
    expect(events(r)).not.toContain('arms-trade')
    const s = en('Officials did not rule out that Kim Jong Un could hold talks with Vladimir Putin in May.')
    expect(records(s).some((x) => x.startsWith('meeting-summit') && x.endsWith('speculative'))).toBe(true)
    expect(events(s)).not.toContain('meeting-summit')
  })

  it('ruling it out is still a denial', () => {
    const r = en('Putin ruled out supplying weapons to North Korea.')
    expect(records(r)).toContain('arms-trade vladimir-putin>north-korea denied')
  })
})

describe('a relative clause dated before the article recalls its act', () => {
  it('"who took office last October", "who stepped down ... last October" describe the person', () => {
    const r = en(
      'Shigeru Ishiba, who stepped down as prime minister last October, published a memoir on Monday.',
    )
    expect(records(r)).toContain('leadership-change shigeru-ishiba>null background')
    expect(events(r)).not.toContain('leadership-change')
  })

  it('"a defeat that led Ishiba to resign in September": a past month of no year, in January, is last year\'s', () => {
    const r = en(
      'The ruling party lost its upper house majority in July, a defeat that led Shigeru Ishiba to resign in September.',
      '2026-01-05',
    )
    expect(records(r)).toContain('leadership-change shigeru-ishiba>null background')
    expect(events(r)).not.toContain('leadership-change')
  })

  it("the sentence's own dated verb, or a thing the sentence is about named by its act, stays the news", () => {
    expect(events(en('Shigeru Ishiba stepped down as prime minister last October.', '2024-11-15'))).toContain(
      'leadership-change',
    )
    const r = en('A missile that struck Kharkiv on Nov. 2 was North Korean-made, Ukraine said.', '2024-11-26')
    expect(records(r).some((x) => x.startsWith('attack-clash') && x.endsWith('reported'))).toBe(true)
  })
})

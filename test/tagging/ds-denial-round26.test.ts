import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

describe("a state saying in its own voice that another's act did not happen denies it", () => {
  it('"the JCS said North Korea had not fired": the JCS makes a statement', () => {
    const r = rulesEn(
      "South Korea's Joint Chiefs of Staff said on Monday that North Korea had not fired a missile.",
    )
    expect(recordsOf(r, 'missile-launch')).toContain('north-korea>null denied')
    expect(recordsOf(r, 'diplomatic-statement').length).toBeGreaterThan(0)
  })

  it('"Japan\'s defence ministry said": a possessive speaking through a body of its state', () => {
    const r = rulesEn(
      "Japan's defence ministry said on Friday that North Korea had not fired any missile this week.",
    )
    expect(recordsOf(r, 'diplomatic-statement').length).toBeGreaterThan(0)
  })

  it('not analysts, nor a think tank "which claimed", nor experts "who said"', () => {
    expect(
      recordsOf(
        rulesEn('North Korea did not fire a missile on Friday, analysts said.'),
        'diplomatic-statement',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn(
          'A Washington think tank which claimed that China had not supplied weapons to Russia published a report.',
        ),
        'diplomatic-statement',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn('Experts who said North Korea had not tested a nuclear device were proved right.'),
        'diplomatic-statement',
      ),
    ).toEqual([])
  })
})

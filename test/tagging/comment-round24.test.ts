import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

describe("a state's office judging the result of another state's vote is its statement toward that state", () => {
  it('"said the result cannot stop ...": China toward Taiwan, reported', () => {
    const r = rulesEn(
      "Taiwan's opposition candidate won the presidential election on Sunday. China's Taiwan Affairs Office said the result could not alter the island's status.",
    )
    expect(recordsOf(r, 'diplomatic-statement')).toContain('china>taiwan reported')
  })

  it('a negated judgement ("did not reflect") is what the statement says, not its denial', () => {
    const r = rulesEn(
      "Taiwan held its presidential election on Saturday. China's Taiwan Affairs Office said the result did not reflect the will of the people.",
    )
    expect(recordsOf(r, 'diplomatic-statement')).toContain('china>taiwan reported')
  })

  it('"says X ... and that the result will not ...": the second that-clause shares the report', () => {
    const r = rulesEn(
      "Taiwan voted for a new president on Saturday. China's Taiwan Affairs Office says the winner speaks for a minority and that the result will not change the trend.",
    )
    expect(recordsOf(r, 'diplomatic-statement')).toContain('china>taiwan reported')
  })

  it("not a state's own office on its own vote", () => {
    const r = rulesEn(
      "South Korea held its presidential election on Wednesday. South Korea's election commission said the result was final.",
    )
    expect(recordsOf(r, 'diplomatic-statement')).toEqual([])
  })

  it("not analysts, and not a result that is no report's subject", () => {
    const a = rulesEn(
      'Japan held a general election on Sunday. Analysts said the result would weigh on ties with China.',
    )
    expect(recordsOf(a, 'diplomatic-statement')).toEqual([])
    const b = rulesEn(
      'North Korea fired a missile on Monday. The result was a sharp rise in tension, Japan said.',
    )
    expect(recordsOf(b, 'diplomatic-statement')).toEqual([])
  })
})

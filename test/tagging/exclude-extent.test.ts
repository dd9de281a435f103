import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

// A rule's exclude that begins with the trigger itself and runs past it ("demonstration flights" for
// "demonstration") is a sense of the trigger word; it used to be skipped along with the trigger's own span and so
// never fired (tagger.ts hasCue skipped every cue starting inside the trigger, not only those ending inside it).
describe("a rule's exclude that starts at its trigger and runs past it fires", () => {
  it('crowds watching "demonstration flights" at an air show are no protest', () => {
    const r = rulesEn(
      'Crowds lined the runway at the U.S. air base in Japan to watch F-35 demonstration flights and an aerobatic team.',
    )
    expect(recordsOf(r, 'protest')).toEqual([])
  })

  it('a march to protest against a state is still a protest', () => {
    const r = rulesEn('Thousands of demonstrators marched in Seoul to protest against Japan.')
    expect(recordsOf(r, 'protest').length).toBeGreaterThan(0)
  })

  it('WFP food deliveries are aid: "food delivery", dead until the fix, is no longer an exclude', () => {
    const r = rulesEn(
      'The World Food Programme resumed food deliveries to North Korea this week, a WFP official said.',
    )
    expect(recordsOf(r, 'aid').length).toBeGreaterThan(0)
  })
})

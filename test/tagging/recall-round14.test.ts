import { describe, expect, it } from 'vitest'
import { tag } from './helpers'

// English event recall, round fourteen: events the tuning gold labels that had no record (no trigger, or a check
// rejected it), on constructions recurring in three tuning batches or more (docs/tagging.md §4, "Round fourteen").
// Each block pairs the event the rules now read with a no-event use of the same words. Sentences written for
// these tests.

const records = (r: ReturnType<typeof tag>) =>
  r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const en = (body: string) => records(tag('', body))
const events = (body: string) => tag('', body).events.map((e) => e.slug)

describe('a state calling another’s act or claim by a judgement is a statement (t30, t39, t40, t43, t45, t48)', () => {
  it('"called the move unacceptable", "calls the drills a \'dangerous provocation\'": aimed at the act\'s agent', () => {
    expect(
      en(
        "Russia barred 30 Japanese citizens from entry on Monday. Japan's foreign ministry called the move unacceptable.",
      ),
    ).toContain('diplomatic-statement japan>russia reported')
    expect(
      en(
        "The U.S. and South Korea began their drills on Monday. North Korea's foreign ministry calls the drills a 'dangerous provocation'.",
      ),
    ).toContain('diplomatic-statement north-korea>south-korea reported')
  })

  it('no statement: a free relative of naming, no speaking actor, no judgement', () => {
    expect(
      events('North Korea fired 200 rounds into the sea in what Pyongyang later called a routine drill.'),
    ).not.toContain('diplomatic-statement')
    expect(events('Analysts called the plan unacceptable.')).toEqual([])
    expect(events('Trump called the alliance stronger than ever.')).toEqual([])
  })

  it('a warning naming what it answers is that warning, no statement of its own', () => {
    expect(
      events(
        "North Korea's defence ministry warned the United States of an 'unimaginable response', calling the carrier's arrival a grave provocation.",
      ),
    ).toEqual(['threat-warning'])
  })
})

describe('ballistic missiles of one state fired by another are arms it supplied (t32, t39, t44)', () => {
  it('"Russia fired North Korean-made ballistic missiles at Kharkiv"', () => {
    expect(en('Russia fired North Korean-made ballistic missiles at Kharkiv on Tuesday.')).toContain(
      'arms-trade north-korea>russia reported',
    )
  })

  it('"using missiles supplied by North Korea": the participle’s agent supplied them, not the city struck', () => {
    expect(en('Russian forces struck Kyiv overnight using missiles supplied by North Korea.')).toContain(
      'arms-trade north-korea>russia reported',
    )
    expect(en('Russian forces struck Kyiv overnight using missiles supplied by North Korea.')).not.toContain(
      'arms-trade ukraine>russia reported',
    )
  })

  it('a launch of the maker’s own missiles is no trade', () => {
    expect(events('North Korea fired two ballistic missiles into the East Sea on Tuesday.')).not.toContain(
      'arms-trade',
    )
  })
})

describe('"was elected Japan’s prime minister": a state’s office given (t8, t17, t38, t45)', () => {
  it('the office with its state before it, bare or with modifiers', () => {
    expect(
      en("Sanae Takaichi was elected Japan's prime minister in a parliamentary vote on Tuesday."),
    ).toContain('leadership-change sanae-takaichi>null reported')
    expect(en("Sanae Takaichi was elected Japan's 104th prime minister by the Diet on Tuesday.")).toContain(
      'leadership-change sanae-takaichi>null reported',
    )
  })

  it('a state’s body or a non-office after the possessive gives no office', () => {
    expect(events("Voters elected Japan's parliament on Sunday.")).not.toContain('leadership-change')
    expect(events("The court confirmed Japan's position on Monday.")).not.toContain('leadership-change')
  })
})

describe('a presidential election won takes office for the state when its winner is no taxonomy person (t29, t43, t48)', () => {
  it('"Lai Ching-te won Taiwan\'s presidential election", "was declared the winner of the presidential election"', () => {
    expect(en("Lai Ching-te of the DPP won Taiwan's presidential election on Saturday.")).toContain(
      'leadership-change taiwan>null reported',
    )
    expect(
      en('A senator was declared the winner of the presidential election in the United States on Wednesday.'),
    ).toContain('leadership-change united-states>null reported')
  })

  it('no office: a parliamentary win, a vote that is not the election won, a win under a condition', () => {
    expect(events("South Korea's ruling party won the parliamentary election.")).not.toContain(
      'leadership-change',
    )
    expect(
      events(
        "South Korea's parliament ratified the deal on Friday. The vote came a week after the U.S. presidential election was won by a senator.",
      ),
    ).not.toContain('leadership-change')
    expect(en("If Lai wins Taiwan's presidential election, Beijing may respond.")).not.toContain(
      'leadership-change taiwan>null reported',
    )
  })
})

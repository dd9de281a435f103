import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn } from './helpers'

// Round twenty-three, English recall of diplomatic-statement, read by construction rather than by word lists.
// Sentences written for these tests (the helpers date them 1 June 2025). English only.

// A state's report judging another's act: "said the vote showed ...", "said the deployment marked ...", "said the
// veto was an attempt to ...", "called the veto an attempt to ..." (t7 t8 t12 t18 t35 t39 t46 t66 t72).
describe("a state's report judging another's act is its position on it", () => {
  it('"said the launch showed", "said the deployment marked": the speaker before "said", the act\'s author', () => {
    const a = rulesEn(
      "Japan's foreign ministry said the launch showed Pyongyang's contempt for UN resolutions.",
    )
    expect(recordsOf(a, 'diplomatic-statement')).toContain('japan>north-korea reported')
    const b = rulesEn(
      'EU foreign ministers said the deployment marked a dangerous escalation by North Korea.',
    )
    expect(recordsOf(b, 'diplomatic-statement')).toContain('european-union>north-korea reported')
  })

  it('"said Moscow\'s veto was an attempt", "called the veto an attempt": the possessor, else the one named before', () => {
    const a = rulesEn(
      "South Korea's envoy said Moscow's veto was an attempt to hide its arms deals with Pyongyang.",
    )
    expect(recordsOf(a, 'diplomatic-statement')).toContain('south-korea>russia reported')
    const b = rulesEn(
      'Russia blocked the resolution on Thursday. The U.S. envoy called the veto an attempt to shield its arms deals.',
    )
    expect(recordsOf(b, 'diplomatic-statement')).toContain('united-states>russia reported')
  })

  it('its own act, evidence, a count, or no state speaking: none', () => {
    const own = rulesEn(
      'Kremlin spokesman Dmitry Peskov said the reshuffle showed the need for new thinking.',
    )
    expect(eventSlugs(own)).not.toContain('diplomatic-statement')
    const images = rulesEn(
      "Seoul's spy agency said the images showed North Korean troops at a base in Russia.",
    )
    expect(eventSlugs(images)).not.toContain('diplomatic-statement')
    const count = rulesEn("Japan's defence ministry said the launch marked North Korea's fifth this year.")
    expect(eventSlugs(count)).not.toContain('diplomatic-statement')
    const analysts = rulesEn("Analysts said the vote showed Moscow's growing reliance on Pyongyang.")
    expect(eventSlugs(analysts)).not.toContain('diplomatic-statement')
  })
})

// A readiness stated toward another actor is an offer of a policy toward it: "said Kyiv was ready to hand them over
// to Kim Jong Un" (t24 t58 t67 t75 t89).
describe('a readiness stated toward another actor is an offer', () => {
  it('"was ready to hand them over to Kim", "is willing to work with Seoul"', () => {
    const a = rulesEn('Zelensky said Kyiv was ready to hand the captured soldiers over to Kim Jong Un.')
    expect(recordsOf(a, 'diplomatic-statement')).toContain('ukraine>kim-jong-un reported')
    const b = rulesEn("China's foreign ministry said Beijing is willing to work with Seoul on the matter.")
    expect(recordsOf(b, 'diplomatic-statement')).toContain('china>south-korea reported')
  })

  it('ready to meet (a meeting offered), no verb stating it, or no one aimed at: none', () => {
    const meet = rulesEn('Trump said he was ready to meet Kim Jong Un at Panmunjom.')
    expect(eventSlugs(meet)).toContain('meeting-summit')
    expect(eventSlugs(meet)).not.toContain('diplomatic-statement')
    const ordered = rulesEn(
      'Kim Jong Un ordered the army to be ready to take over the territory of South Korea.',
    )
    expect(eventSlugs(ordered)).not.toContain('diplomatic-statement')
    const would = rulesEn(
      'Zelensky said Kyiv would be ready to hand the soldiers over to Kim Jong Un if they asked.',
    )
    expect(eventSlugs(would)).not.toContain('diplomatic-statement')
    const markets = rulesEn("Japan's finance ministry said it stood ready to supply liquidity to markets.")
    expect(eventSlugs(markets)).not.toContain('diplomatic-statement')
  })
})

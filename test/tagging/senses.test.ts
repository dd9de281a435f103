import { describe, expect, it } from 'vitest'
import { events } from './helpers'

// English event senses from issue 14's sixth round (t8-t11 blind text): which events a sentence
// gets, not who fills their roles. Every sentence here is new, written for the rule it tests.

describe('a protest needs people protesting (round six)', () => {
  it('"protest" and "rally" are no evidence of a demonstration by themselves', () => {
    // To protest a decision is to object to it; a company's shares "rally"; neither is a street act.
    expect(events('The club will protest the ruling to the federation, its manager said.')).not.toContain(
      'protest',
    )
    expect(events('Doosan rallies as Poland signs tank deal')).not.toContain('protest')
    expect(events('Thousands of students rallied in central Seoul against the tuition rise.')).toContain(
      'protest',
    )
    expect(events('Protesters marched on the embassy chanting slogans.')).toContain('protest')
  })
})

describe('a forum of analysts is no meeting of states (round six)', () => {
  it('"forum" and "on the sidelines" with scholars, experts or analysts in the sentence', () => {
    expect(
      events('Chinese and Japanese scholars at a Beijing forum discussed whether Tokyo would rearm.'),
    ).not.toContain('meeting-summit')
    expect(
      events('On the sidelines of a Tokyo security conference, experts argued over China and Russia.'),
    ).not.toContain('meeting-summit')
    expect(events('Japan and China held talks on the sidelines of the ASEAN forum.')).toContain(
      'meeting-summit',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

const threats = (text: string) => recordsOf(rulesEn(text), 'threat-warning')

describe('a quotation mark opening on the trigger is no word between it and its modal (all events)', () => {
  it('"would \'retaliate against Seoul\'" reads as "would retaliate against Seoul", whatever the marks', () => {
    const plain = threats('Kim said Pyongyang would retaliate against Seoul.')
    expect(plain).toEqual(['north-korea>south-korea reported'])
    for (const [open, close] of [
      ["'", "'"],
      ['"', '"'],
      ['\u2018', '\u2019'],
      ['\u201c', '\u201d'],
    ])
      expect(threats(`Kim said Pyongyang would ${open}retaliate against Seoul${close}.`)).toEqual(plain)
  })

  it('a negated modal before the quotation: denied, as unquoted', () => {
    expect(threats("Kim said Pyongyang would not 'retaliate against Seoul'.")).toEqual(
      threats('Kim said Pyongyang would not retaliate against Seoul.'),
    )
    expect(threats("Kim said Pyongyang would not 'retaliate against Seoul'.")).toEqual([
      'north-korea>south-korea denied',
    ])
  })

  it('a neighbour across the mark states the same threat once: "warns Seoul will \'pay dearly\'"', () => {
    expect(threats("Kim Yo Jong warns Seoul will 'pay dearly' over leaflets")).toEqual(
      threats('Kim Yo Jong warns Seoul will pay dearly over leaflets'),
    )
  })

  it('still no record: a quoted title of a work, a scare-quoted noun', () => {
    expect(
      threats("Kim watched the film 'Retaliate Against the Dawn' in Pyongyang with Russian guests."),
    ).toEqual([])
    expect(
      threats('North Korea screened the film "Retaliate Against the Dawn" for visiting Chinese officials.'),
    ).toEqual([])
    expect(threats("Analysts in Seoul called the North's 'retaliation' a piece of theatre.")).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

const visits = (text: string) => recordsOf(rulesEn(text), 'visit')

describe('a news or press conference the trip is announced at is no gathering the visitor attends (visit)', () => {
  it('"will travel to X ..., an official told a news conference": a planned visit', () => {
    expect(
      visits('Sergei Lavrov will travel to Beijing on Monday, a Chinese spokesman told a news conference.'),
    ).toEqual(['sergei-lavrov>china planned'])
    expect(
      visits('Kim Jong Un will travel to Beijing next month, the foreign ministry told a press conference.'),
    ).toEqual(['kim-jong-un>china planned'])
  })

  it('still no visit: the trip is to a conference, whatever the briefing', () => {
    expect(
      visits(
        'Kim Jong Un will travel to Beijing for a security conference, a spokesman told a news conference.',
      ),
    ).toEqual([])
    expect(
      visits('Sergei Lavrov will travel to Beijing for a conference on Asian security next week.'),
    ).toEqual([])
  })
})

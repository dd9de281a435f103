import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

const modalities = (text: string) => recordsOf(rulesEn(text), 'meeting-summit').map((x) => x.split(' ').pop())

describe('a meeting that a wager, a doubt, hearsay or a scant hope is about is only possible (meeting-summit)', () => {
  it('"bet on a meeting": what investors wager on has not been set', () => {
    expect(modalities('Currency traders bet on a Xi-Lee meeting in the autumn')).toEqual(['speculative'])
  })

  it('"doubts over talks" and "talk of a meeting"', () => {
    expect(modalities('Panel voices doubts over fresh Putin-Kim talks')).toEqual(['speculative'])
    expect(
      modalities(
        'Veterans say talk of a second meeting between Xi Jinping and Kim Jong Un has lifted their mood.',
      ),
    ).toEqual(['speculative'])
  })

  it('"slim hope for talks", "little room for talks": a scant hope or room', () => {
    expect(modalities('Diplomats see slim hope for Seoul-Tokyo talks before spring')).toEqual(['speculative'])
    expect(modalities('Dispute leaves little room for leader talks between China and Japan')).toEqual([
      'speculative',
    ])
  })

  it('still a plan: a bare "hope for talks" or "room for dialogue" from a government', () => {
    expect(modalities('Lee Jae-myung expressed hope for talks with Kim Jong Un.')).toEqual(['planned'])
    expect(modalities('South Korea leaves room for dialogue with North Korea, Lee Jae-myung said.')).toEqual([
      'planned',
    ])
  })

  it('still reported or planned: the wager or doubt is about something else, or "talk" is the verb', () => {
    expect(modalities('Investors bet on shipbuilders after Xi Jinping met Lee Jae-myung on Sunday.')).toEqual(
      ['reported'],
    )
    expect(
      modalities('Xi Jinping and Kim Jong Un held talks on Sunday, easing doubts over the alliance.'),
    ).toEqual(['reported'])
    expect(modalities('Xi Jinping will talk about the summit with Lee Jae-myung on Sunday.')).toEqual([
      'planned',
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

describe('soldiers dispatched to another state are a military cooperation of the two states', () => {
  it('"North Korean soldiers sent to Russia": the sending state cooperates with the state sent to', () => {
    const r = rulesEn(
      'The spy agency said some of the 5,000 North Korean soldiers sent to Russia had reached the front line.',
    )
    expect(recordsOf(r, 'military-cooperation')).toContain('north-korea>russia reported')
  })

  it('"soldiers deployed to Russia": the same dispatch with another verb', () => {
    const r = rulesEn(
      'Kyiv said North Korean soldiers deployed to Russia had begun artillery training last week.',
    )
    expect(recordsOf(r, 'military-cooperation')).toContain('north-korea>russia reported')
  })

  it('not soldiers who cross a border and withdraw (no dispatch to a partner)', () => {
    const r = rulesEn(
      'About a dozen North Korean soldiers crossed the border on Sunday and withdrew after South Korean ' +
        'troops fired warning shots.',
    )
    expect(recordsOf(r, 'military-cooperation')).toEqual([])
  })

  it('not soldiers of one state alone, with no other state named', () => {
    const r = rulesEn(
      'The army said 200 soldiers sent to the flooded province had rescued dozens of villagers.',
    )
    expect(recordsOf(r, 'military-cooperation')).toEqual([])
  })
})

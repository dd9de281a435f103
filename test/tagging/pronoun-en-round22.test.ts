import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

describe('"he"/"she" after a sentence with no record of a person is the one person it named', () => {
  it('"Kim Jong Un inspected a factory. He warned South Korea ..."', () => {
    const r = rulesEn(
      'North Korean leader Kim Jong Un inspected a munitions factory on Monday. He warned South Korea of a powerful response.',
    )
    expect(recordsOf(r, 'threat-warning')).toEqual(['kim-jong-un>south-korea reported'])
  })

  it('"Kishida posed for photos. He warned North Korea ..."', () => {
    const r = rulesEn(
      'Prime Minister Fumio Kishida posed for photos on Monday. He warned North Korea of a stern response.',
    )
    expect(recordsOf(r, 'threat-warning')).toEqual(['fumio-kishida>north-korea reported'])
  })

  it('after a statement told with its state as the source, the person who said it', () => {
    const r = rulesEn(
      'Defense Secretary Pete Hegseth said on Tuesday that no decision had been made on troop levels. He warned China against any attack on Taiwan.',
    )
    expect(recordsOf(r, 'threat-warning')).toEqual(['pete-hegseth>china reported'])
  })

  it('not when two persons compete in the sentence before', () => {
    const r = rulesEn(
      'Yoon Suk Yeol and Fumio Kishida posed for photos on Monday. He warned North Korea of a stern response.',
    )
    expect(recordsOf(r, 'threat-warning')).toEqual([])
  })

  it('not a pronoun inside a quotation', () => {
    const r = rulesEn(
      'North Korean leader Kim Jong Un inspected a munitions factory on Monday. "He warned South Korea of a powerful response," a defector said.',
    )
    expect(recordsOf(r, 'threat-warning')).not.toContain('kim-jong-un>south-korea reported')
  })
})

describe('"it" speaking after a sentence naming one state body, or a state agency reporting, is that state', () => {
  it('"North Korea\'s foreign ministry issued a statement. It warned the United States ..."', () => {
    const r = rulesEn(
      "North Korea's foreign ministry issued a statement on Sunday. It warned the United States of grave consequences.",
    )
    expect(recordsOf(r, 'threat-warning')).toContain('north-korea>united-states reported')
  })

  it('"..., KCNA said in a commentary. It said South Korea would be held responsible ..."', () => {
    const r = rulesEn(
      'The drills are an exposure of the war frenzy, KCNA said in a commentary. It said South Korea would be held responsible if the drills lead to a clash.',
    )
    expect(recordsOf(r, 'threat-warning')).toEqual(['north-korea>south-korea reported'])
  })

  it('"it" that does not speak or act is no state ("It could strike South Korea": a drone)', () => {
    const r = rulesEn('North Korea unveiled a new drone on Sunday. It could strike South Korea.')
    expect(recordsOf(r, 'attack-clash')).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

const modalities = (text: string) =>
  recordsOf(rulesEn(text), 'nuclear-weapons').map((x) => x.split(' ').pop())

describe('no evidence of an act still to come makes it a guess (nuclear-weapons)', () => {
  it('"no indications that the North is about to conduct a test": a guess about a coming test', () => {
    expect(
      modalities('Japan has seen "no indications" that North Korea is about to carry out a nuclear test.'),
    ).toEqual(['speculative'])
    expect(modalities('Tokyo sees no signs of an imminent North Korean nuclear test')).toEqual([
      'speculative',
    ])
  })

  it('"could not verify reports that it was preparing a test"', () => {
    expect(
      modalities(
        'The minister said he could not verify reports that North Korea was preparing a nuclear test.',
      ),
    ).toEqual(['speculative'])
  })

  it('still reported or planned: a past act without evidence, or the frame closed by a clause break', () => {
    expect(
      modalities('Inspectors found no evidence that North Korea conducted a nuclear test in May.'),
    ).toEqual(['reported'])
    expect(
      modalities(
        'There were no signs of unrest, and North Korea is preparing a nuclear test, officials said.',
      ),
    ).toEqual(['planned'])
    expect(
      modalities(
        'North Korea is preparing a nuclear test, officials said, though they saw no sign it was imminent.',
      ),
    ).toEqual(['planned'])
  })
})

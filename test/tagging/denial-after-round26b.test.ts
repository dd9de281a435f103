import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

const ds = (body: string) => recordsOf(rulesEn(body), 'diplomatic-statement')
const sources = (body: string) => ds(body).map((x) => x.split('>')[0])

describe('a state speaker calling a claim just told false makes a diplomatic statement', () => {
  it('"a ministry spokesperson said the report was \'not accurate\'"', () => {
    const body =
      'A newspaper said Japan was weighing a new missile deal with Manila. ' +
      "A Japanese defence ministry spokesperson said the report was 'not accurate'."
    expect(sources(body)).toContain('japan')
  })

  it('"\'This story is not true,\' the Kremlin said": the speaker after the quotation', () => {
    const body =
      'A report claimed Russian engineers had arrived in Pyongyang to help with a satellite. ' +
      "'This story is not true,' the Kremlin said on Friday."
    expect(sources(body)).toContain('russia')
  })

  it('not an analyst, the writer, no claim noun, or the claim named by no definite word', () => {
    const told = 'A newspaper said China was weighing a new arms deal with Moscow. '
    expect(ds(`${told}Analysts said the report was not accurate.`)).toEqual([])
    expect(ds(`${told}The report was not accurate, the paper later admitted.`)).toEqual([])
    expect(ds(`${told}Beijing said the figures in it were inaccurate.`)).toEqual([])
  })
})

describe('"no such" opening a state speaker\'s reported clause denies the act just told', () => {
  it('"\'There are no such plans,\' the Kremlin spokesman told reporters"', () => {
    const body =
      'Kim Jong Un is expected to visit Moscow in May, a Japanese newspaper reported. ' +
      "'There are no such plans for this date,' Kremlin spokesman Dmitry Peskov told reporters."
    expect(sources(body)).toContain('russia')
  })

  it('"the ministry said no such shipment was under way"', () => {
    const body =
      'Posts online claim Seoul is sending 50,000 tonnes of fertiliser aid to North Korea. ' +
      "South Korea's unification ministry said no such shipment was under way."
    expect(sources(body)).toContain('south-korea')
  })

  it('not "no such thing", a measure of no event ("no such restriction"), the writer\'s own voice, nor deep in a clause', () => {
    expect(ds("There is no such thing as a free lunch, Japan's finance minister said.")).toEqual([])
    expect(
      ds(
        'A video claimed Washington had barred imports of Korean ramen. ' +
          'The U.S. embassy said no such restriction existed.',
      ),
    ).toEqual([])
    expect(ds('Kim Jong Un last visited Moscow in 2019. No such trip has been planned since.')).toEqual([])
    expect(
      ds('A report said Kim would visit Moscow. Russian diplomats said they had heard of no such plans.'),
    ).toEqual([])
  })
})

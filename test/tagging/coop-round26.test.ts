import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn } from './helpers'

describe('a military or intelligence body sharing information with another state is military cooperation', () => {
  it('"the military said it was sharing information on the drone incursion with the United States"', () => {
    const r = rulesEn(
      "South Korea's military said it was sharing information on the drone incursion with the United States.",
    )
    expect(recordsOf(r, 'military-cooperation').length).toBeGreaterThan(0)
  })

  it('"the spy agency shared information on the defector with Japan"', () => {
    const r = rulesEn(
      "Seoul's spy agency said it shared information on the defector with Japan's government.",
    )
    expect(recordsOf(r, 'military-cooperation').length).toBeGreaterThan(0)
  })

  it('not a ministry with no military or intelligence body, nor information shared with no second state', () => {
    expect(
      recordsOf(
        rulesEn('The foreign ministry said it was sharing information with Japan on the abduction case.'),
        'military-cooperation',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn('The military said it shared information on the launch with the public.'),
        'military-cooperation',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn(
          'Japan notified the sanctions committee and shared the information with the countries concerned.',
        ),
        'military-cooperation',
      ),
    ).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { SURGE_MIN_STORIES } from '../../src/limits'
import { flagSurges } from '../../src/web/surge'

describe('surge days of a daily series', () => {
  it('flags a day far above the median of the week before it', () => {
    const flags = flagSurges([1, 2, 1, 0, 2, 1, 1, 9, 1])
    expect(flags.map((f) => f.surge)).toEqual([false, false, false, false, false, false, false, true, false])
    expect(flags[7].usual).toBe(1)
  })

  it('needs a few days of history and a minimum count: 2 after nothing is not a surge', () => {
    expect(flagSurges([5, 0, 0]).some((f) => f.surge)).toBe(false)
    expect(flagSurges([0, 0, 0, 0, SURGE_MIN_STORIES - 1]).some((f) => f.surge)).toBe(false)
    expect(flagSurges([0, 0, 0, 0, SURGE_MIN_STORIES])[4].surge).toBe(true)
  })

  it('does not call a steady busy topic a surge, nor is blinded by one earlier spike', () => {
    expect(flagSurges([20, 22, 19, 21, 20, 23, 22, 24]).some((f) => f.surge)).toBe(false)
    const flags = flagSurges([1, 1, 30, 1, 1, 1, 1, 12])
    expect(flags[7].surge).toBe(true)
  })

  it('uses lead days only as a baseline', () => {
    const flags = flagSurges([1, 1, 1, 1, 1, 1, 1, 8, 1], 7)
    expect(flags).toHaveLength(2)
    expect(flags[0]).toEqual({ count: 8, usual: 1, surge: true })
  })
})

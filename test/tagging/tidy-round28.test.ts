/**
 * originalSlice's contract (round twenty-eight tidy): the original text of a normalised span, whitespace collapsed
 * to one space and trimmed at both ends, whatever the span's length or whether anything in it was collapsed (it
 * used to keep a leading space only when nothing was).
 */
import { describe, expect, it } from 'vitest'
import { normalise, originalSlice, spanReadsBack } from '../../src/tagging/normalise'
import { attendsGatheringAfterEn } from '../../src/tagging/records/shared'

describe('originalSlice', () => {
  it('trims a leading space when nothing in the span is collapsed', () => {
    const t = normalise('Japan for the summit')
    expect(originalSlice(t, 5, t.len)).toBe('for the summit')
  })

  it('trims it the same when something in the span is collapsed', () => {
    const t = normalise('Japan for  the\nsummit')
    expect(originalSlice(t, 5, t.len)).toBe('for the summit')
  })

  it('gives a span inside a word as it is', () => {
    const t = normalise('일본 돔 공연')
    expect(originalSlice(t, 0, 2)).toBe('일본')
    expect(originalSlice(t, 3, 7)).toBe('돔 공연')
  })

  it('reads back whenever nothing was left uncollapsed', () => {
    const t = normalise('Japan for the summit')
    expect(spanReadsBack(originalSlice(t, 5, t.len))).toBe(true)
    expect(spanReadsBack('for\u00a0the summit')).toBe(false)
  })
})

describe('attendsGatheringAfterEn', () => {
  const attendsAfter = (text: string, place: string) => {
    const t = normalise(text)
    return attendsGatheringAfterEn(t, text.indexOf(place) + place.length)
  }
  it('reads the gathering attended at a place from the original text after it', () => {
    expect(attendsAfter('his trip to South Korea for the APEC summit', 'South Korea')).toBe(true)
    expect(attendsAfter('flies to South Korea on Wednesday for the APEC summit', 'South Korea')).toBe(true)
  })
  it('not talks with the host before the gathering', () => {
    expect(attendsAfter('went to Seoul for talks before the APEC summit', 'Seoul')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { parseFeedDate, parseZone } from '../../../src/ingest/parse/dates'

const KST = { defaultOffsetMinutes: 540 }
const at = (raw: string, opts?: { defaultOffsetMinutes?: number }): string | undefined => {
  const ms = parseFeedDate(raw, opts)
  return ms === undefined ? undefined : new Date(ms).toISOString()
}
const T = '2023-10-08T14:27:00.000Z'

describe('RFC 822 / 1123 dates', () => {
  it.each([
    ['Sun, 08 Oct 2023 23:27:00 +0900'],
    ['Sun, 08 Oct 2023 09:27:00 -0500'],
    ['08 Oct 2023 14:27:00 GMT'], // no day name
    ['Sun, 08 Oct 2023 14:27 UT'], // no seconds
    ['Sun, 8 Oct 23 14:27:00 UTC'], // two-digit year
    ['Sunday, 08-Oct-23 14:27:00 GMT'], // RFC 850
    ['Sun, 08 Oct 2023 14:27:00 Z'],
    ['sun, 08 oct 2023 14:27:00 gmt'], // case-insensitive
    ['Sun, 08 Oct 2023 23:27:00 +09:00'],
    ['Sun Oct 08 2023 23:27:00 GMT+0900 (Korean Standard Time)'], // JS Date#toString
    ['Oct 8, 2023 11:27 PM KST'],
  ])('%s', (raw) => expect(at(raw)).toBe(T))

  it.each([
    ['GMT', 0],
    ['UT', 0],
    ['UTC', 0],
    ['Z', 0],
    ['EST', -300],
    ['EDT', -240],
    ['CST', -360],
    ['CDT', -300],
    ['MST', -420],
    ['MDT', -360],
    ['PST', -480],
    ['PDT', -420],
    ['KST', 540],
    ['JST', 540],
    ['CET', 60],
    ['CEST', 120],
    ['BST', 60],
    ['MSK', 180],
    ['HKT', 480],
    ['SGT', 480],
    ['IST', 330],
    ['A', 60],
    ['I', 540],
    ['K', 600],
    ['M', 720],
    ['N', -60],
    ['Y', -720],
    ['+0900', 540],
    ['-0530', -330],
    ['+09', 540],
    ['GMT+9', 540],
    ['UTC-05:00', -300],
  ])('zone %s is %i minutes east of UTC', (zone, minutes) => {
    expect(parseZone(zone)).toBe(minutes)
  })

  it('refuses J (unused military letter), unknown zones and offsets beyond ±14 h', () => {
    expect(parseZone('J')).toBeUndefined()
    expect(parseZone('XYZ')).toBeUndefined()
    expect(parseZone('+1500')).toBeUndefined()
    expect(at('Sun, 08 Oct 2023 14:27:00 XYZ')).toBeUndefined()
  })

  it('reads two-digit years the RFC 2822 way (00-49 → 20xx, 50-99 → 19xx)', () => {
    expect(at('08 Oct 49 00:00:00 GMT')).toBe('2049-10-08T00:00:00.000Z')
    expect(at('08 Oct 99 00:00:00 GMT')).toBe('1999-10-08T00:00:00.000Z')
  })
})

describe('ISO 8601 / RFC 3339 dates', () => {
  it.each([
    ['2023-10-08T14:27:00Z', T],
    ['2023-10-08T23:27:00+09:00', T],
    ['2023-10-08T09:27:00-0500', T],
    ['2023-10-08T14:27:00.123456Z', '2023-10-08T14:27:00.123Z'],
    ['2023-10-08T14:27:00,5Z', '2023-10-08T14:27:00.500Z'],
    ['20231008T142700Z', T], // basic form
    ['20231008T232700+0900', T],
    ['2023-10-08t14:27:00z', T],
  ])('%s', (raw, want) => expect(at(raw)).toBe(want))
})

describe('sloppy forms and the zone-less rule', () => {
  // RULE: a date-time without a zone is read in the feed's zone hint (defaultOffsetMinutes):
  // +540 for Korean feeds, 0 (UTC) otherwise.
  it.each([
    ['2023-10-08 23:27:00'],
    ['2023-10-08 23:27'],
    ['2023.10.08 23:27'],
    ['2023/10/08 23:27:00'],
    ['2023-10-08 오후 11:27'],
    ['2023-10-08 11:27 PM'],
    ['2023년 10월 8일 오후 11:27'],
    ['2023-10-08(일) 23:27:00'],
    ['2023-10-08T23:27:00'],
  ])('%s is 23:27 KST in a Korean feed and 23:27 UTC otherwise', (raw) => {
    expect(at(raw, KST)).toBe(T)
    expect(at(raw)).toBe('2023-10-08T23:27:00.000Z')
  })

  it('reads a bare date as midnight in the zone hint', () => {
    expect(at('2023-10-08')).toBe('2023-10-08T00:00:00.000Z')
    expect(at('2023-10-08', KST)).toBe('2023-10-07T15:00:00.000Z')
  })

  it('never applies the zone hint to a date that names its zone', () => {
    expect(at('2023-10-08T14:27:00Z', KST)).toBe(T)
    expect(at('Sun, 08 Oct 2023 14:27:00 GMT', KST)).toBe(T)
  })

  it('reads 오전 12 as midnight and 오후 12 as noon', () => {
    expect(at('2023-10-08 오전 12:05')).toBe('2023-10-08T00:05:00.000Z')
    expect(at('2023-10-08 오후 12:05')).toBe('2023-10-08T12:05:00.000Z')
  })

  it('accepts Unix timestamps in seconds and milliseconds', () => {
    expect(at('1696775220')).toBe(T)
    expect(at('1696775220000')).toBe(T)
  })
})

describe('garbage and missing dates', () => {
  it.each([
    [''],
    ['   '],
    ['not a date'],
    ['TBD'],
    ['0000-00-00 00:00:00'],
    ['0001-01-01T00:00:00Z'],
    ['2023-02-30T00:00:00Z'],
    ['2023-13-01'],
    ['Mon, 32 Oct 2023 10:00:00 GMT'],
    ['2023-10-08T25:00:00Z'],
    ['2023-10-08T12:61:00Z'],
    ['2023-10-08 13:00 PM'],
    ['Juche 112 (2023) October 8'],
    ['12345'],
  ])('%j → undefined (the normaliser falls back to fetch time)', (raw) => {
    expect(parseFeedDate(raw)).toBeUndefined()
  })

  it('undefined input → undefined', () => expect(parseFeedDate(undefined)).toBeUndefined())
})

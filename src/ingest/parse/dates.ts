/**
 * Feed dates → epoch ms. Accepts RFC 822/1123/850 (with or without day name and seconds,
 * 2- or 4-digit years, numeric offsets, named and military zones), ISO 8601 / RFC 3339
 * (basic and extended, fractional seconds), Unix timestamps, and sloppy forms seen in real
 * feeds ("2023-10-08 23:27:00", "2023.10.08 23:27", "2023/10/08", "2023-10-08 오후 11:27",
 * "2023년 10월 8일 23:27").
 *
 * RULE for a date-time without a zone: it is read in the feed's zone hint,
 * opts.defaultOffsetMinutes (the parser passes +540, Korea Standard Time, for Korean feeds
 * and 0 = UTC otherwise). Sloppy dates come overwhelmingly from local CMSs writing local
 * wall-clock time, so KST for Korean feeds is right far more often than UTC.
 *
 * Garbage or missing → undefined: the normaliser then uses the fetch time; an item is
 * never dropped for its date.
 */

export interface FeedDateOptions {
  /** Offset east of UTC, in minutes, for date-times that carry no zone (default 0). */
  defaultOffsetMinutes?: number
}

/** Years outside this range are CMS placeholders ("0001-01-01") or typos, not news dates. */
const MIN_YEAR = 1970
const MAX_YEAR = 2200

const NAMED_ZONES: Record<string, number> = {
  GMT: 0,
  UT: 0,
  UTC: 0,
  Z: 0,
  WET: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  BST: 60,
  CET: 60,
  CEST: 120,
  WEST: 60,
  EET: 120,
  EEST: 180,
  MSK: 180,
  IST: 330,
  ICT: 420,
  WIB: 420,
  HKT: 480,
  SGT: 480,
  PHT: 480,
  AWST: 480,
  KST: 540,
  JST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
}

const DAY_NAME_RE = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday)?\.?$/i

interface Parts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  ms: number
  /** Minutes east of UTC; undefined when the text names no zone. */
  offset?: number
}

export function parseFeedDate(raw: string | undefined, opts: FeedDateOptions = {}): number | undefined {
  if (!raw) return undefined
  // Parenthesised comments: "(KST)", "(Korean Standard Time)", Korean weekday "(일)".
  const text = (raw.indexOf('(') === -1 ? raw : raw.replace(/\([^)]*\)/g, ' ')).trim()
  if (!text) return undefined
  const parts = parseCommon(text) ?? parseGeneral(text)
  return parts ? toEpoch(parts, opts.defaultOffsetMinutes ?? 0) : parseEpoch(text)
}

function parseGeneral(text: string): Parts | undefined {
  if (/^\d{10}(\d{3})?$/.test(text)) return undefined
  return isDigit(text.charCodeAt(0)) && isDigit(text.charCodeAt(3))
    ? (parseYearFirst(text) ?? parseWordy(text))
    : parseWordy(text)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

// ── Fast paths: the two shapes that make up nearly every real feed date ────────

const RFC1123_RE =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? ([+-]\d{4}|[A-Z]{1,4})$/
const RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/

/** "Sun, 08 Oct 2023 23:27:00 +0900" and "2023-10-08T14:27:00Z"; anything else → the general readers. */
function parseCommon(text: string): Parts | undefined {
  const iso = RFC3339_RE.exec(text)
  if (iso) {
    const offset = iso[8] === 'Z' ? 0 : parseZone(iso[8])
    return {
      year: +iso[1],
      month: +iso[2],
      day: +iso[3],
      hour: +iso[4],
      minute: +iso[5],
      second: +iso[6],
      ms: fraction(iso[7]),
      offset,
    }
  }
  const rfc = RFC1123_RE.exec(text)
  const month = rfc ? MONTHS[rfc[2].toLowerCase()] : undefined
  const offset = rfc ? parseZone(rfc[7]) : undefined
  if (!rfc || month === undefined || offset === undefined) return undefined
  return {
    year: +rfc[3],
    month,
    day: +rfc[1],
    hour: +rfc[4],
    minute: +rfc[5],
    second: +(rfc[6] ?? 0),
    ms: 0,
    offset,
  }
}

function parseEpoch(text: string): number | undefined {
  if (!/^\d{10}(\d{3})?$/.test(text)) return undefined
  const ms = text.length === 10 ? Number(text) * 1000 : Number(text)
  return inRange(new Date(ms).getUTCFullYear()) ? ms : undefined
}

// ── ISO 8601 and year-first sloppy forms ────────────────────────────────────

const YEAR_FIRST_RE = /^(\d{4})(?:([-./])(\d{1,2})\2(\d{1,2})|(\d{2})(\d{2}))\.?(?:(?:T|\s+)(.+))?$/i
const KOREAN_DATE_RE = /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/

function parseYearFirst(input: string): Parts | undefined {
  const text = input.includes('년') ? input.replace(KOREAN_DATE_RE, '$1-$2-$3') : input
  const m = YEAR_FIRST_RE.exec(text)
  if (!m) return undefined
  const date = { year: +m[1], month: +(m[3] ?? m[5]), day: +(m[4] ?? m[6]) }
  if (m[7] === undefined) return { ...date, hour: 0, minute: 0, second: 0, ms: 0 }
  const time = parseTimeAndZone(m[7].trim())
  return time && { ...date, ...time }
}

type TimeParts = Pick<Parts, 'hour' | 'minute' | 'second' | 'ms' | 'offset'>

const TIME_RE =
  /^(?:(오전|오후|AM|PM)\s*)?(\d{1,2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(?:(오전|오후|AM|PM)\b\s*)?(.*)$/i

function parseTimeAndZone(text: string): TimeParts | undefined {
  const m = TIME_RE.exec(text)
  if (!m) return undefined
  const hour = applyMeridiem(+m[2], m[1] ?? m[6])
  if (hour === undefined) return undefined
  const zoneText = m[7].trim()
  const offset = zoneText ? parseZone(zoneText) : undefined
  if (zoneText && offset === undefined) return undefined
  return { hour, minute: +(m[3] ?? 0), second: +(m[4] ?? 0), ms: fraction(m[5]), offset }
}

function fraction(digits: string | undefined): number {
  return digits ? Math.floor(Number(`0.${digits}`) * 1000) : 0
}

function applyMeridiem(hour: number, marker: string | undefined): number | undefined {
  if (!marker) return hour
  if (hour < 1 || hour > 12) return undefined
  const pm = marker === '오후' || marker.toUpperCase() === 'PM'
  return (hour % 12) + (pm ? 12 : 0)
}

// ── Zones ────────────────────────────────────────────────────────────────────

const NUMERIC_ZONE_RE = /^(?:GMT|UTC|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i

/** Minutes east of UTC for "+0900", "-05:00", "+09", "GMT+9", "KST", "Z", military letters. */
export function parseZone(text: string): number | undefined {
  const numeric = NUMERIC_ZONE_RE.exec(text)
  if (numeric) {
    const minutes = +numeric[2] * 60 + +(numeric[3] ?? 0)
    return minutes > 14 * 60 ? undefined : numeric[1] === '-' ? -minutes : minutes
  }
  const upper = text.toUpperCase()
  return NAMED_ZONES[upper] ?? militaryZone(upper)
}

/**
 * Military single-letter zones with their real meaning (A = UTC+1 … M = +12, N = UTC-1 …
 * Y = -12, Z = UTC). RFC 822 printed the signs reversed; RFC 2822 §4.3 acknowledges the error.
 */
function militaryZone(letter: string): number | undefined {
  if (!/^[A-IK-Z]$/.test(letter)) return undefined
  const code = letter.charCodeAt(0)
  if (letter === 'Z') return 0
  if (code <= 73) return (code - 64) * 60 // A..I → +1..+9
  if (code <= 77) return (code - 65) * 60 // K..M → +10..+12 (J is unused)
  return -(code - 77) * 60 // N..Y → -1..-12
}

// ── RFC 822 / 1123 / 850 and other word-based forms ───────────────────────────

const TIME_TOKEN_RE = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/
const RFC850_DATE_RE = /^(\d{1,2})-([A-Za-z]{3,9})-(\d{2,4})$/

/** Token-based reader: order-tolerant ("08 Oct 2023", "Oct 08 2023"), strict about unknown words. */
function parseWordy(text: string): Parts | undefined {
  const tokens = text.replace(/,/g, ' ').split(/\s+/).flatMap(splitRfc850)
  const p: Partial<Parts> & { meridiem?: string } = {}
  for (const token of tokens) {
    if (!readToken(token, p)) return undefined
  }
  if (p.year === undefined || p.month === undefined || p.day === undefined) return undefined
  const hour = applyMeridiem(p.hour ?? 0, p.meridiem)
  if (hour === undefined) return undefined
  return {
    year: p.year,
    month: p.month,
    day: p.day,
    hour,
    minute: p.minute ?? 0,
    second: p.second ?? 0,
    ms: p.ms ?? 0,
    offset: p.offset,
  }
}

function splitRfc850(token: string): string[] {
  const m = RFC850_DATE_RE.exec(token)
  return m ? [m[1], m[2], m[3]] : [token]
}

function readToken(token: string, p: Partial<Parts> & { meridiem?: string }): boolean {
  if (!token || DAY_NAME_RE.test(token)) return true
  const time = TIME_TOKEN_RE.exec(token)
  if (time && p.hour === undefined) {
    Object.assign(p, { hour: +time[1], minute: +time[2], second: +(time[3] ?? 0), ms: fraction(time[4]) })
    return true
  }
  const month = MONTHS[token.replace(/\.$/, '').toLowerCase()]
  if (month !== undefined && p.month === undefined) {
    p.month = month
    return true
  }
  if (/^\d{4}$/.test(token) && p.year === undefined) {
    p.year = +token
    return true
  }
  if (/^\d{1,2}$/.test(token)) return readNumber(+token, token.length, p)
  if (/^(AM|PM|오전|오후)$/i.test(token) && p.meridiem === undefined) {
    p.meridiem = token
    return true
  }
  if (p.hour === undefined || p.offset !== undefined) return false
  const offset = parseZone(token)
  if (offset === undefined) return false
  p.offset = offset
  return true
}

/** A bare 1-2 digit number is the day first, then a 2-digit year (RFC 2822: 00-49 → 20xx). */
function readNumber(n: number, digits: number, p: Partial<Parts>): boolean {
  if (p.day === undefined) p.day = n
  else if (p.year === undefined && digits === 2) p.year = n < 50 ? 2000 + n : 1900 + n
  else return false
  return true
}

// ── Assembly ─────────────────────────────────────────────────────────────────

function inRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR
}

function toEpoch(p: Parts, defaultOffset: number): number | undefined {
  if (!inRange(p.year) || p.month < 1 || p.month > 12 || p.day < 1) return undefined
  if (p.day > daysInMonth(p.year, p.month) || p.hour > 24 || p.minute > 59 || p.second > 60) return undefined
  if (p.hour === 24 && (p.minute > 0 || p.second > 0)) return undefined
  const second = Math.min(p.second, 59) // a leap second is shown as :59
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, second, p.ms)
  return local - (p.offset ?? defaultOffset) * 60_000
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

import { SURGE_BASELINE_DAYS, SURGE_FACTOR, SURGE_MIN_STORIES } from '../limits'

/**
 * Surges in a daily series: days far above their usual count, where "usual" is the median of
 * the SURGE_BASELINE_DAYS days before (a median, so one earlier spike does not hide the next).
 * Pure: counts in, flagged days out. `from` skips the leading days that only serve as baseline.
 */
export interface DayFlag {
  count: number
  /** The median of the days before it (null when fewer than 3 days precede it). */
  usual: number | null
  surge: boolean
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

export function flagSurges(counts: number[], from = 0): DayFlag[] {
  return counts.slice(from).map((count, k) => {
    const i = k + from
    const before = counts.slice(Math.max(0, i - SURGE_BASELINE_DAYS), i)
    const usual = before.length >= 3 ? median(before) : null
    const surge =
      usual !== null && count >= SURGE_MIN_STORIES && count >= SURGE_FACTOR * usual + SURGE_MIN_STORIES - 1
    return { count, usual, surge }
  })
}

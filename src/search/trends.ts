/**
 * Trends: matching stories per UTC day or week, zero-filled, shared by GET /api/trends and the
 * web app's trend chart (so both always show the same numbers).
 */
import { trendCounts } from '../db/trends'
import { BadQuery } from '../errors'
import { iso } from '../lib/time'
import { DEFAULT_TREND_DAYS, MAX_TREND_BUCKETS } from '../limits'
import { guarded, qDriverFor } from './find'
import { toFts } from './query'
import type { Filter } from './types'

export const DAY_MS = 86_400_000
/**
 * Buckets are UTC. Weeks start on Monday 00:00 UTC (ISO 8601): the epoch, 1970-01-01, was a
 * Thursday, so shifting times by 3 days makes every multiple of 7 days a Monday.
 */
const INTERVALS = {
  day: { widthMs: DAY_MS, offsetMs: 0 },
  week: { widthMs: 7 * DAY_MS, offsetMs: 3 * DAY_MS },
} as const

export type TrendInterval = keyof typeof INTERVALS

/** A bucket's width in ms. */
export const trendBucketMs = (interval: TrendInterval): number => INTERVALS[interval].widthMs

/** The start of the bucket that holds time t (UTC day, or week from Monday). */
export function bucketStart(interval: TrendInterval, t: number): number {
  const { widthMs, offsetMs } = INTERVALS[interval]
  return Math.floor((t + offsetMs) / widthMs) * widthMs - offsetMs
}

export interface TrendSeries {
  interval: TrendInterval
  since: string
  until: string
  buckets: { start: string; count: number }[]
}

/**
 * The filter's since/until bound the range; without since it is the DEFAULT_TREND_DAYS before
 * until (or now). Throws BadQuery too_many_buckets past MAX_TREND_BUCKETS.
 */
export async function trendSeries(
  db: D1Database,
  filter: Filter,
  opts: { interval: TrendInterval; collapse: boolean; now?: number },
): Promise<TrendSeries> {
  const { widthMs, offsetMs } = INTERVALS[opts.interval]
  const to = filter.until ?? opts.now ?? Date.now()
  // Times before 1970 would need floor division of negatives; no article is that old.
  const from = Math.max(0, filter.since ?? to - DEFAULT_TREND_DAYS * DAY_MS)
  const bucketOf = (t: number) => Math.floor((t + offsetMs) / widthMs)
  const first = bucketOf(from)
  const last = bucketOf(to)
  if (last - first + 1 > MAX_TREND_BUCKETS) {
    throw new BadQuery(
      'too_many_buckets',
      `the range spans ${last - first + 1} ${opts.interval}s; at most ${MAX_TREND_BUCKETS} buckets ` +
        '(use interval=week or a shorter range)',
    )
  }
  const fts = filter.query ? toFts(filter.query) : undefined
  const qDriver = await guarded(() => qDriverFor(db, fts))
  const buckets = await guarded(() =>
    trendCounts(db, {
      filter,
      fts,
      qDriver,
      widthMs,
      offsetMs,
      from,
      to,
      collapse: opts.collapse,
    }),
  )
  const out = []
  for (let b = first; b <= last; b++)
    out.push({ start: iso(b * widthMs - offsetMs)!, count: buckets.get(b) ?? 0 })
  return { interval: opts.interval, since: iso(from)!, until: iso(to)!, buckets: out }
}

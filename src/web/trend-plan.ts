/**
 * What the search page's trend chart shows. A filter with its own dates (since and/or until) is
 * charted over exactly that range, per day or, when that would be too many bars, per week: the
 * bars are GET /api/trends of the filter with that interval. Without dates, the 7/30/90-day
 * switch picks the last days up to now. Either way the chart also reads SURGE_BASELINE_DAYS
 * buckets before its first one (the "lead"), so its first bars have a usual count to be a surge
 * against; the lead is a separate range, so the bars themselves stay the API's numbers.
 */
import { iso } from '../lib/time'
import { SURGE_BASELINE_DAYS, TREND_CHART_MAX_DAYS, TREND_CHART_MAX_WEEKS } from '../limits'
import {
  bucketStart,
  DAY_MS,
  type TrendInterval,
  type TrendSeries,
  trendBucketMs,
  trendSeries,
} from '../search/trends'
import type { Filter } from '../search/types'

export const TREND_RANGES = [7, 30, 90] as const
export type TrendRange = (typeof TREND_RANGES)[number]
const DEFAULT_RANGE: TrendRange = 30

export interface TrendPlan {
  interval: TrendInterval
  /** The charted range (inclusive epoch ms). */
  from: number
  to: number
  /** The lead before it (empty when from is at the epoch). */
  lead: { from: number; to: number } | null
  /** 'recent': the switch's last `days` days; 'filter': the filter's own dates. */
  mode: { kind: 'recent'; days: TrendRange } | { kind: 'filter'; clipped: boolean }
}

/** The chart's bars (exactly GET /api/trends of the range) and the counts of the lead buckets before them. */
export interface TrendChartData {
  plan: TrendPlan
  series: TrendSeries
  lead: number[]
}

export function trendRangeOf(param: string | null): TrendRange {
  return TREND_RANGES.find((d) => String(d) === param) ?? DEFAULT_RANGE
}

export function planTrend(filter: Filter, rangeParam: string | null, now: number): TrendPlan | null {
  const to = filter.until ?? now
  if (filter.since === undefined) {
    const days = trendRangeOf(rangeParam)
    const from = bucketStart('day', to) - (days - 1) * DAY_MS
    return { interval: 'day', from, to, lead: leadOf('day', from), mode: { kind: 'recent', days } }
  }
  // A range that starts after it ends (since in the future, nothing up to now) has no bars.
  if (filter.since > to) return null
  const days = Math.ceil((to - filter.since + 1) / DAY_MS)
  const interval: TrendInterval = days <= TREND_CHART_MAX_DAYS ? 'day' : 'week'
  const maxSpan = TREND_CHART_MAX_WEEKS * trendBucketMs('week')
  // Past the cap, the chart keeps the range's last weeks (the newest are what a desk watches).
  const clipped = interval === 'week' && to - filter.since + 1 > maxSpan
  const from = clipped
    ? bucketStart('week', to) - (TREND_CHART_MAX_WEEKS - 1) * trendBucketMs('week')
    : filter.since
  return { interval, from, to, lead: leadOf(interval, from), mode: { kind: 'filter', clipped } }
}

function leadOf(interval: TrendInterval, from: number): TrendPlan['lead'] {
  const first = bucketStart(interval, from)
  const leadFrom = Math.max(0, first - SURGE_BASELINE_DAYS * trendBucketMs(interval))
  return first > 0 ? { from: leadFrom, to: first - 1 } : null
}

/**
 * The chart's data: one trendSeries over lead and range when the range starts on a bucket
 * boundary (the buckets are then the same either way), else the range and the lead apart.
 */
export async function readTrendChart(
  db: D1Database,
  filter: Filter,
  plan: TrendPlan,
): Promise<TrendChartData> {
  const over = (from: number, to: number) =>
    trendSeries(db, { ...filter, since: from, until: to }, { interval: plan.interval, collapse: true })
  const width = trendBucketMs(plan.interval)
  if (!plan.lead) return { plan, series: await over(plan.from, plan.to), lead: [] }
  if (bucketStart(plan.interval, plan.from) === plan.from) {
    const all = await over(plan.lead.from, plan.to)
    const split = Math.round((plan.from - bucketStart(plan.interval, plan.lead.from)) / width)
    return {
      plan,
      series: { ...all, since: iso(plan.from)!, buckets: all.buckets.slice(split) },
      lead: all.buckets.slice(0, split).map((b) => b.count),
    }
  }
  const [series, lead] = await Promise.all([over(plan.from, plan.to), over(plan.lead.from, plan.lead.to)])
  return { plan, series, lead: lead.buckets.map((b) => b.count) }
}

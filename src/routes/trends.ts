import { createRoute } from '@hono/zod-openapi'
import type { App } from '../app'
import { trendCounts } from '../db/trends'
import { BadQuery } from '../errors'
import { requireRead } from '../lib/auth'
import { iso } from '../lib/time'
import { DEFAULT_TREND_DAYS, MAX_TREND_BUCKETS } from '../limits'
import { toFts } from '../search/query'
import { TrendsQuery, TrendsSchema } from '../search/schemas'
import { filterFromParams } from '../search/slugs'
import { ErrorSchema, json } from './schemas'

const DAY_MS = 86_400_000
/**
 * Buckets are UTC. Weeks start on Monday 00:00 UTC (ISO 8601): the epoch, 1970-01-01, was a
 * Thursday, so shifting times by 3 days makes every multiple of 7 days a Monday.
 */
const INTERVALS = {
  day: { widthMs: DAY_MS, offsetMs: 0 },
  week: { widthMs: 7 * DAY_MS, offsetMs: 3 * DAY_MS },
} as const

export function registerTrendRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/trends',
      summary: 'Matching stories per day or week',
      description:
        `Counts of matching articles per UTC bucket, zero-filled; weeks start on Monday. Default range: the last ` +
        `${DEFAULT_TREND_DAYS} days up to now (or up to until). At most ${MAX_TREND_BUCKETS} buckets. Counts stories ` +
        '(one per near-duplicate cluster) unless clusters=all.',
      tags: ['search'],
      middleware: [requireRead],
      request: { query: TrendsQuery },
      responses: {
        200: json(TrendsSchema, 'Counts per bucket'),
        400: json(ErrorSchema, 'Bad filter, malformed date or too many buckets'),
        401: json(ErrorSchema, 'READ_TOKEN is set and was not given'),
      },
    }),
    async (c) => {
      const query = c.req.valid('query')
      const params = new URL(c.req.url).searchParams
      const filter = await filterFromParams(c.env.DB, params)
      const interval = query.interval ?? 'day'
      const { widthMs, offsetMs } = INTERVALS[interval]
      const to = filter.until ?? Date.now()
      // Times before 1970 would need floor division of negatives; no article is that old.
      const from = Math.max(0, filter.since ?? to - DEFAULT_TREND_DAYS * DAY_MS)
      const bucketOf = (t: number) => Math.floor((t + offsetMs) / widthMs)
      const first = bucketOf(from)
      const last = bucketOf(to)
      if (last - first + 1 > MAX_TREND_BUCKETS) {
        throw new BadQuery(
          'too_many_buckets',
          `the range spans ${last - first + 1} ${interval}s; at most ${MAX_TREND_BUCKETS} buckets (use interval=week or a shorter range)`,
        )
      }
      const buckets = await trendCounts(c.env.DB, {
        filter,
        fts: filter.query ? toFts(filter.query) : undefined,
        widthMs,
        offsetMs,
        from,
        to,
        collapse: query.clusters !== 'all',
      })
      const out = []
      for (let b = first; b <= last; b++)
        out.push({ start: iso(b * widthMs - offsetMs)!, count: buckets.get(b) ?? 0 })
      return c.json({ interval, since: iso(from)!, until: iso(to)!, buckets: out }, 200)
    },
  )
}

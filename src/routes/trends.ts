import { createRoute } from '@hono/zod-openapi'
import type { App } from '../app'
import { policy } from '../lib/access'
import { DEFAULT_TREND_DAYS, MAX_TREND_BUCKETS } from '../limits'
import { TrendsQuery, TrendsSchema } from '../search/schemas'
import { filterFromParams } from '../search/slugs'
import { trendSeries } from '../search/trends'
import { errors, FILTER_ERRORS, json, READ_ERRORS } from './schemas'

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
      ...policy('read', 'search'),
      request: { query: TrendsQuery },
      responses: {
        200: json(TrendsSchema, 'Counts per bucket'),
        ...errors(READ_ERRORS, FILTER_ERRORS, 'too_many_buckets', 'rate_limited'),
      },
    }),
    async (c) => {
      const query = c.req.valid('query')
      const filter = await filterFromParams(c.env.DB, new URL(c.req.url).searchParams)
      const series = await trendSeries(c.env.DB, filter, {
        interval: query.interval ?? 'day',
        collapse: query.clusters !== 'all',
      })
      return c.json(series, 200)
    },
  )
}

import { createRoute, z } from '@hono/zod-openapi'
import type { App } from '../app'
import { archivePolicy } from '../archive/archiver'
import { databaseBytes, readArchiveStatus, readLastRun } from '../db/archive'
import { countArticlesAndFeeds } from '../db/health'
import { readQueueDepths, readRetagStall } from '../db/queue-state'
import { readTaxonomyVersion } from '../db/taxonomy'
import { policy } from '../lib/access'
import { iso } from '../lib/time'
import { VERSION } from '../version'
import { errors } from './schemas'

const count = (description: string) => z.number().int().openapi({ description })

const HealthSchema = z
  .object({
    ok: z.boolean(),
    version: z.string(),
    articles: z.number().int(),
    feeds: z.number().int(),
    database: z.object({
      bytes: z.number().int().nullable().openapi({ description: 'Size of the D1 database file' }),
      budget_bytes: z.number().int().nullable().openapi({ description: 'D1_BUDGET_MB, when set' }),
    }),
    archive: z.object({
      hot_window_days: z.number(),
      hot_articles: z.number().int(),
      archived_articles: z.number().int(),
      batches: z.number().int(),
      archived_bytes: z.number().int().openapi({ description: 'Compressed bytes in R2' }),
      pending_batches: z
        .number()
        .int()
        .openapi({ description: 'Batches a crashed run left; the next run redoes them' }),
      oldest_hot_published_at: z.string().nullable(),
      newest_archived_published_at: z.string().nullable(),
      last_run: z
        .object({
          at: z.string(),
          mode: z.enum(['schedule', 'budget']),
          archived: z.number().int(),
          batches: z.number().int(),
          error: z.string().optional(),
        })
        .nullable(),
    }),
    queues: z
      .object({
        fetch: z.object({
          in_flight: count('Feeds claimed by a cron run whose fetch is not done yet (the fetch queue depth)'),
          due: count('Feeds due, waiting for the next cron run'),
          failing: count('Enabled feeds whose last fetch failed (backing off; dead-lettered ones included)'),
        }),
        deliveries: z.object({
          pending: count('Webhook deliveries still to send (first attempt or retry)'),
          due: count('Pending deliveries whose attempt is due now'),
          held: count('Deliveries held while a webhook is disabled (410 Gone)'),
        }),
        retag: z.object({
          stalled: z
            .object({ taxonomy_version: z.number().int(), before_id: z.string().nullable(), at: z.string() })
            .nullable()
            .openapi({
              description:
                'The re-tag walk of the current taxonomy the dead-letter queue stopped: older articles keep ' +
                'their previous tags until the next taxonomy change',
            }),
        }),
      })
      .openapi({ description: 'What each queue holds, read from the rows its messages point at' }),
  })
  .openapi('Health')

export function registerHealthRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/health',
      summary: 'Liveness, counts, database size and archive state',
      tags: ['health'],
      ...policy('public'),
      responses: {
        200: { description: 'Service is up', content: { 'application/json': { schema: HealthSchema } } },
        ...errors(),
      },
    }),
    async (c) => {
      const db = c.env.DB
      const [counts, status, last, bytes, queues, stall] = await Promise.all([
        countArticlesAndFeeds(db),
        readArchiveStatus(db),
        readLastRun(db),
        databaseBytes(db),
        readQueueDepths(db, Date.now()),
        readTaxonomyVersion(db).then((v) => readRetagStall(db, v)),
      ])
      const policy = archivePolicy(c.env)
      const articles = counts.articles
      return c.json(
        {
          ok: true,
          version: VERSION,
          articles,
          feeds: counts.feeds,
          database: { bytes, budget_bytes: policy.budgetBytes },
          archive: {
            hot_window_days: policy.hotDays,
            hot_articles: status.hot_articles,
            archived_articles: articles - status.hot_articles,
            batches: status.batches,
            archived_bytes: status.archived_bytes,
            pending_batches: status.writing_batches,
            oldest_hot_published_at: iso(status.oldest_hot_published_at),
            newest_archived_published_at: iso(status.newest_archived_published_at),
            last_run: last
              ? {
                  at: iso(last.at)!,
                  mode: last.mode,
                  archived: last.archived,
                  batches: last.batches,
                  ...(last.error ? { error: last.error } : {}),
                }
              : null,
          },
          queues: {
            ...queues,
            retag: {
              stalled: stall
                ? {
                    taxonomy_version: stall.taxonomyVersion,
                    before_id: stall.beforeId === null ? null : String(stall.beforeId),
                    at: iso(stall.at)!,
                  }
                : null,
            },
          },
        },
        200,
      )
    },
  )
}

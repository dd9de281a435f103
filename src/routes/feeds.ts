import { createRoute, z } from '@hono/zod-openapi'
import { type App, jsonBodyLimit, jsonRequest } from '../app'
import {
  type FeedPatch,
  getFeed,
  insertFeed,
  listFeeds,
  softDeleteFeed,
  toFeedView,
  updateFeed,
} from '../db/feeds'
import { ApiError, notFound } from '../errors'
import { fetchAndIngest } from '../ingest/pipeline'
import { policy } from '../lib/access'
import { canonicalizeUrl } from '../lib/canonical-url'
import { allowsPrivateUrls, assertUrlAllowed } from '../lib/url-policy'
import { DEFAULT_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from '../limits'
import { ADMIN_ERRORS, errors, IdParam, JSON_BODY_ERRORS, json, parseId } from './schemas'

const Lang = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as "en" or "ko"')
  .transform((s) => s.split('-')[0].toLowerCase())
const Interval = z.number().int().min(MIN_INTERVAL_MINUTES).max(MAX_INTERVAL_MINUTES)

const count = (description: string) => z.number().int().openapi({ description })

const IngestCounts = {
  status: z.enum(['ok', 'not_modified', 'error']),
  items: count('Items in the document: inserted + duplicates + skipped.empty + skipped.over_limit'),
  inserted: count('New articles'),
  duplicates: count('Items folded into an article that already existed: the sum of merged'),
  merged: z
    .object({
      same_guid: count('Already known in this feed (a re-fetch, or the same item listed twice)'),
      same_url: count("Another feed's article with the same link and story, or this item under a new key"),
      same_content: count("Another feed's recent article with exactly the same title and text"),
    })
    .openapi({ description: 'Why each duplicate was folded (GET /api/feeds/{id}/items lists the folds)' }),
  updated: count(
    'Of merged.same_guid: items whose title, summary or body changed (whitespace aside), ' +
      'their article taking the new text',
  ),
  outdated: count('Of merged.same_guid: changed items dated before the stored version, not applied'),
  skipped: z.object({
    empty: count('No title, text, link or enclosure: nothing to show'),
    over_limit: count('Beyond the per-document item limit'),
  }),
  warnings: z
    .array(z.string())
    .openapi({ description: 'Problems that did not stop the ingest, e.g. a truncated document salvaged' }),
}

const LastIngestSchema = z
  .object({ at: z.string(), ...IngestCounts })
  .openapi('LastIngest', { description: "The feed's last ingested document, every item accounted for" })

const FeedSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    title: z.string().nullable(),
    site_url: z.string().nullable(),
    enabled: z.boolean(),
    interval_minutes: z.number().int(),
    lang: z.string().nullable(),
    last_fetched_at: z.string().nullable(),
    last_status: z.enum(['ok', 'not_modified', 'error', 'never']),
    last_error: z.string().nullable(),
    consecutive_failures: z.number().int(),
    next_fetch_at: z.string().nullable(),
    article_count: z.number().int(),
    last_ingest: LastIngestSchema.nullable(),
    created_at: z.string().nullable(),
  })
  .openapi('Feed')

const CreateFeed = z
  .object({
    url: z.string().min(1).max(2048),
    title: z.string().max(300).optional(),
    interval_minutes: Interval.optional(),
    lang: Lang.optional(),
  })
  .strict()
  .openapi('CreateFeed')

const PatchFeed = z
  .object({
    url: z.string().min(1).max(2048).optional(),
    title: z.string().max(300).nullable().optional(),
    interval_minutes: Interval.optional(),
    lang: Lang.nullable().optional(),
    enabled: z.boolean().optional(),
  })
  .strict()
  .openapi('PatchFeed')

const IngestSummarySchema = z
  .object({
    ...IngestCounts,
    error: z.string().optional(),
    round_trips: z.number().int().optional().openapi({ description: 'D1 round trips this ingest cost' }),
    d1_statements: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'SQL statements sent (a batch sends many per round trip)' }),
    near_duplicate_candidates: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'Story representatives compared to find near-duplicates' }),
  })
  .openapi('IngestSummary')

export function registerFeedRoutes(app: App): void {
  app.use('/api/feeds', jsonBodyLimit)
  app.use('/api/feeds/*', jsonBodyLimit)

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/feeds',
      tags: ['feeds'],
      summary: 'Add a feed (due for its first fetch at once)',
      ...policy('admin'),
      request: jsonRequest(CreateFeed),
      responses: {
        201: json(FeedSchema, 'Created'),
        ...errors(ADMIN_ERRORS, JSON_BODY_ERRORS, 'url_not_allowed', 'feed_exists'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json')
      const url = assertUrlAllowed(body.url, allowsPrivateUrls(c.env.ALLOW_PRIVATE_URLS)).toString()
      const row = await insertFeed(c.env.DB, {
        url,
        urlKey: canonicalizeUrl(url),
        title: body.title?.trim() || null,
        lang: body.lang ?? null,
        intervalMinutes: body.interval_minutes ?? DEFAULT_INTERVAL_MINUTES,
        now: Date.now(),
      })
      if (!row) throw new ApiError(409, 'feed_exists', `a feed with this URL already exists`)
      return c.json(toFeedView(row), 201)
    },
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/feeds',
      tags: ['feeds'],
      summary: 'List feeds with their fetch state',
      ...policy('admin'),
      responses: { 200: json(z.object({ feeds: z.array(FeedSchema) }), 'Feeds'), ...errors(ADMIN_ERRORS) },
    }),
    async (c) => c.json({ feeds: (await listFeeds(c.env.DB)).map(toFeedView) }, 200),
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/feeds/{id}',
      tags: ['feeds'],
      summary: 'One feed',
      ...policy('admin'),
      request: { params: IdParam },
      responses: { 200: json(FeedSchema, 'The feed'), ...errors(ADMIN_ERRORS, 'not_found') },
    }),
    async (c) => {
      const row = await getFeed(c.env.DB, parseId(c.req.valid('param').id, 'feed'))
      if (!row) throw notFound('feed')
      return c.json(toFeedView(row), 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/feeds/{id}',
      tags: ['feeds'],
      summary: 'Change a feed (url, title, interval_minutes, lang, enabled)',
      ...policy('admin'),
      request: { params: IdParam, ...jsonRequest(PatchFeed) },
      responses: {
        200: json(FeedSchema, 'Updated'),
        ...errors(ADMIN_ERRORS, JSON_BODY_ERRORS, 'url_not_allowed', 'not_found', 'feed_exists'),
      },
    }),
    async (c) => {
      const id = parseId(c.req.valid('param').id, 'feed')
      const body = c.req.valid('json')
      const patch: FeedPatch = {
        title: body.title === undefined ? undefined : body.title?.trim() || null,
        lang: body.lang,
        intervalMinutes: body.interval_minutes,
        enabled: body.enabled,
      }
      if (body.url !== undefined) {
        patch.url = assertUrlAllowed(body.url, allowsPrivateUrls(c.env.ALLOW_PRIVATE_URLS)).toString()
        patch.urlKey = canonicalizeUrl(patch.url)
      }
      const row = await updateFeed(c.env.DB, id, patch, Date.now()).catch((err: unknown) => {
        if (err instanceof Error && /UNIQUE/i.test(err.message))
          throw new ApiError(409, 'feed_exists', 'another feed has this URL')
        throw err
      })
      if (!row) throw notFound('feed')
      return c.json(toFeedView(row), 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/feeds/{id}',
      tags: ['feeds'],
      summary: 'Stop monitoring a feed. Its articles stay in the archive; adding the URL again revives it.',
      ...policy('admin'),
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...errors(ADMIN_ERRORS, 'not_found') },
    }),
    async (c) => {
      const ok = await softDeleteFeed(c.env.DB, parseId(c.req.valid('param').id, 'feed'), Date.now())
      if (!ok) throw notFound('feed')
      return c.body(null, 204)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/feeds/{id}/fetch',
      tags: ['feeds'],
      summary: 'Fetch a feed now (conditional GET) and answer the ingest summary',
      ...policy('admin'),
      request: { params: IdParam },
      responses: {
        200: json(IngestSummarySchema, 'Ingest summary (status error when the fetch failed)'),
        ...errors(ADMIN_ERRORS, 'not_found'),
      },
    }),
    async (c) => {
      const row = await getFeed(c.env.DB, parseId(c.req.valid('param').id, 'feed'))
      if (!row) throw notFound('feed')
      return c.json(await fetchAndIngest(c.env, row, Date.now()), 200)
    },
  )
}

export { IngestSummarySchema }

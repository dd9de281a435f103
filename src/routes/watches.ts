import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { type App, jsonBodyLimit, jsonRequest } from '../app'
import { attemptsOf, DELIVERY_KINDS, DELIVERY_STATUSES, heldCounts, listDeliveries } from '../db/deliveries'
import { deleteWatch, getWatch, listWatches, type WatchRow, watchIndexKeys } from '../db/watches'
import type { AppEnv } from '../env'
import { notFound } from '../errors'
import { policy } from '../lib/access'
import {
  DEFAULT_DELIVERIES_LIMIT,
  FEED_ITEM_LIMIT,
  MAX_DELIVERIES_LIMIT,
  MAX_WATCH_FILTER_CHARS,
  MAX_WATCH_NAME_CHARS,
  MAX_WEBHOOK_SIGNATURES,
  SECRET_ROTATION_OVERLAP_MS,
} from '../limits'
import { publicBaseUrl } from '../render/links'
import { renderFeedResponse } from '../render/respond'
import type { FeedFormat } from '../render/types'
import { describeFilter } from '../search/filter'
import { sendTestDelivery } from '../watches/deliver'
import { DIGEST_PERIODS } from '../watches/digest'
import { WEBHOOK_FORMATS } from '../watches/formats'
import { createWatch, patchWatch, rotateSecret, type WatchWithSecret } from '../watches/manage'
import { discardHeldDeliveries, redeliver, releaseHeldDeliveries } from '../watches/resend'
import { filterFromJson } from '../watches/stored-filter'
import { toDeliveryView, toDeliveryViews, toWatchView, watchFeedPaths } from '../watches/views'
import {
  ADMIN_ERRORS,
  errors,
  FILTER_ERRORS,
  IdParam,
  JSON_BODY_ERRORS,
  json,
  parseId,
  READ_ERRORS,
} from './schemas'

// ── Schemas ───────────────────────────────────────────────────────────────────
const WebhookInput = z
  .object({
    url: z.string().min(1).max(2048).openapi({ example: 'https://hooks.example.com/seismo' }),
    format: z.enum(WEBHOOK_FORMATS).default('standard'),
  })
  .strict()
  .openapi('WebhookInput')

const Name = z.string().trim().min(1).max(MAX_WATCH_NAME_CHARS)
const FilterText = z.string().max(MAX_WATCH_FILTER_CHARS).openapi({
  description: 'A filter query string, as in /api/search',
  example: 'actor=russia&actor=north-korea&event=diplomatic-visit',
})

const Notify = z.enum(['story', 'article'], { error: 'notify must be "story" or "article"' }).openapi({
  description:
    'story: one alert per story (near-duplicate cluster); later copies from other outlets are logged as `folded` ' +
    "deliveries and listed in the story's alert if it is (re)sent. article: one alert per matching article. " +
    'New watches default to story; watches created before this option existed keep article.',
})

const DeliveryInput = z
  .object({
    mode: z.enum(['instant', 'digest'], { error: 'delivery.mode must be "instant" or "digest"' }),
    every: z
      .enum(DIGEST_PERIODS, { error: 'delivery.every must be "15m", "1h" or "1d"' })
      .optional()
      .openapi({ description: 'Digest period, aligned in UTC (quarter hours, whole hours, midnight)' }),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.mode === 'digest' && !d.every)
      ctx.addIssue({ code: 'custom', path: ['every'], message: 'a digest needs every: "15m", "1h" or "1d"' })
    if (d.mode === 'instant' && d.every)
      ctx.addIssue({ code: 'custom', path: ['every'], message: 'every applies only to mode "digest"' })
  })
  .openapi('DeliveryInput', {
    description:
      'instant (default): each match is its own delivery. digest: one delivery per period with all its matches ' +
      '(kind watch.digest; `articles` array in the standard format, a list with "+N more" in Slack/Discord); ' +
      'nothing is sent for an empty period.',
  })

const WatchOptions = { notify: Notify.optional(), delivery: DeliveryInput.optional() }

const CreateWatch = z
  .object({ name: Name, filter: FilterText, webhook: WebhookInput.nullable().optional(), ...WatchOptions })
  .strict()
  .openapi('CreateWatch')

const PatchWatch = z
  .object({
    name: Name.optional(),
    filter: FilterText.optional(),
    enabled: z.boolean().optional(),
    webhook: WebhookInput.nullable().optional(),
    ...WatchOptions,
  })
  .strict()
  .openapi('PatchWatch')

const WatchSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    filter: z.string(),
    description: z.string(),
    enabled: z.boolean(),
    webhook: z
      .object({
        url: z.string(),
        format: z.string(),
        disabled_reason: z.string().nullable(),
        disabled_at: z.string().nullable(),
        previous_secret_expires_at: z.string().nullable(),
        previous_secrets: z.array(z.object({ expires_at: z.string() })).openapi({
          description:
            `Replaced secrets that still sign (${SECRET_ROTATION_OVERLAP_MS / 3_600_000} h each; ` +
            `at most ${MAX_WEBHOOK_SIGNATURES} signatures per request)`,
        }),
      })
      .nullable(),
    notify: z.enum(['story', 'article']),
    delivery: z.object({ mode: z.enum(['instant', 'digest']), every: z.enum(DIGEST_PERIODS).nullable() }),
    held: z.number().int().openapi({
      description:
        'Deliveries held while the webhook was disabled: POST .../deliveries/release or .../discard',
    }),
    feeds: z.object({ rss: z.string(), atom: z.string(), json: z.string() }),
    created_at: z.string(),
    updated_at: z.string(),
    secret: z
      .string()
      .optional()
      .openapi({ description: 'whsec_ signing secret: only in the answer that created it' }),
    index_keys: z
      .array(z.string())
      .optional()
      .openapi({
        description:
          'GET of one watch: the condition it is filed under for matching (actor:russia&event:visit, ' +
          'term:lavrov...; scan = checked against every article)',
      }),
  })
  .openapi('Watch')

const AttemptSchema = z.object({
  attempt: z.number().int(),
  at: z.string(),
  status_code: z.number().int().nullable(),
  error: z.string().nullable(),
  duration_ms: z.number().int(),
  response: z.string().nullable(),
})

const DeliverySchema = z
  .object({
    id: z.string(),
    watch_id: z.string(),
    article_id: z.string().nullable(),
    kind: z.enum(DELIVERY_KINDS),
    status: z.enum(DELIVERY_STATUSES).openapi({
      description:
        'pending/delivered/failed: a message of its own. held: due while the webhook was disabled ' +
        '(release or discard). ' +
        'discarded: a held delivery dropped. folded: a later copy of an alerted story (folded_into). ' +
        'collected: a match carried by a digest (digest_id; null until its period ends).',
    }),
    webhook_id: z.string(),
    attempts: z.number().int(),
    last_status_code: z.number().int().nullable(),
    last_error: z.string().nullable(),
    next_attempt_at: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
    delivered_at: z.string().nullable(),
    folded_into: z.string().nullable(),
    digest_id: z.string().nullable(),
    story_key: z.string().nullable(),
    period_start: z.string().nullable(),
    period_end: z.string().nullable(),
    article_count: z.number().int().nullable(),
    attempt_log: z.array(AttemptSchema),
  })
  .openapi('Delivery')

const DeliveriesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_DELIVERIES_LIMIT).optional(),
  before: z
    .string()
    .regex(/^\d{1,16}$/, 'a delivery id')
    .optional()
    .openapi({ description: 'Page: deliveries with a smaller id (next_before of the previous page)' }),
  status: z.enum(DELIVERY_STATUSES).optional(),
  kind: z.enum(DELIVERY_KINDS).optional().openapi({ description: 'e.g. watch.digest: only the digests' }),
})

const TestResultSchema = z
  .object({
    delivery_id: z.string(),
    webhook_id: z.string(),
    ok: z.boolean(),
    status_code: z.number().int().nullable(),
    duration_ms: z.number().int(),
    body: z.string().nullable(),
    error: z.string().nullable(),
  })
  .openapi('WatchTestResult')

const DeliveryParams = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' } }),
  deliveryId: z.string().openapi({ param: { name: 'deliveryId', in: 'path' } }),
})

/** A watch's input: a filter /api/search would refuse (same codes), a refused webhook URL, no SECRETS_KEY. */
const WATCH_INPUT_ERRORS = [
  ...JSON_BODY_ERRORS,
  ...FILTER_ERRORS,
  'invalid_filter',
  'url_not_allowed',
  'secrets_disabled',
] as const

const view = (c: Context<AppEnv>, w: WatchWithSecret, held: number) => {
  const out = toWatchView(w.row, publicBaseUrl(c.env, c.req.url), Date.now(), held)
  return w.secret ? { ...out, secret: w.secret } : out
}

/** One watch's view with its held count (one more indexed read). */
const viewOne = async (c: Context<AppEnv>, w: WatchWithSecret) =>
  view(c, w, (await heldCounts(c.env.DB, [w.row.id])).get(w.row.id) ?? 0)

const viewAll = async (c: Context<AppEnv>, rows: WatchRow[]) => {
  const held = await heldCounts(
    c.env.DB,
    rows.map((r) => r.id),
  )
  return rows.map((row) => view(c, { row }, held.get(row.id) ?? 0))
}

const FEED_OUTPUTS: {
  key: keyof ReturnType<typeof watchFeedPaths>
  format: FeedFormat
  mediaType: string
  name: string
}[] = [
  { key: 'rss', format: 'rss', mediaType: 'application/rss+xml', name: 'RSS 2.0' },
  { key: 'atom', format: 'atom', mediaType: 'application/atom+xml', name: 'Atom 1.0' },
  { key: 'json', format: 'json', mediaType: 'application/feed+json', name: 'JSON Feed 1.1' },
]

/**
 * GET /watches/:id/rss.xml|atom.xml|feed.json: the watch's filter through the public feed renderer (same
 * caching and safety).
 */
function registerWatchFeedRoutes(app: App): void {
  for (const { key, format, mediaType, name } of FEED_OUTPUTS) {
    app.openapi(
      createRoute({
        method: 'get',
        path: watchFeedPaths('{id}')[key],
        tags: ['watches'],
        summary: `A watch's newest articles as ${name}`,
        description:
          `The newest ${FEED_ITEM_LIMIT} articles matching the watch's filter, rendered like /rss.xml, ` +
          '/atom.xml and /feed.json (ETag, Last-Modified, 304).',
        ...policy('read', 'feeds'),
        request: { params: IdParam },
        responses: {
          200: { description: 'The feed document', content: { [mediaType]: { schema: z.string() } } },
          304: { description: 'Not modified' },
          ...errors(READ_ERRORS, 'not_found', 'rate_limited'),
        },
      }),
      async (c) => {
        const id = parseId(c.req.valid('param').id, 'watch')
        const row = await getWatch(c.env.DB, id)
        if (!row) throw notFound('watch')
        const filter = filterFromJson(row.filter_json)
        return renderFeedResponse(c, format, filter, {
          title: `Seismo watch: ${row.name}`,
          selfPath: watchFeedPaths(id)[key],
          description:
            `The newest ${FEED_ITEM_LIMIT} Seismo articles of the watch "${row.name}": ` +
            describeFilter(filter),
          // A renamed or re-filtered watch must not be answered 304 from the old document.
          cacheKey: `watch:${row.id}:${row.updated_at}`,
        })
      },
    )
  }
}

// ── Routes ────────────────────────────────────────────────────────────────────
export function registerWatchRoutes(app: App): void {
  registerWatchFeedRoutes(app)

  app.use('/api/watches', jsonBodyLimit)
  app.use('/api/watches/*', jsonBodyLimit)

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/watches',
      tags: ['watches'],
      summary: 'Create a watch: a saved filter with its own feeds and, optionally, a signed webhook',
      ...policy('admin'),
      request: jsonRequest(CreateWatch),
      responses: {
        201: json(WatchSchema, 'Created; `secret` is shown only here'),
        ...errors(ADMIN_ERRORS, WATCH_INPUT_ERRORS, 'too_many_watches'),
      },
    }),
    async (c) => c.json(await viewOne(c, await createWatch(c.env, c.req.valid('json'), Date.now())), 201),
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/watches',
      tags: ['watches'],
      summary: 'List watches',
      ...policy('admin'),
      responses: {
        200: json(z.object({ watches: z.array(WatchSchema) }), 'Watches'),
        ...errors(ADMIN_ERRORS),
      },
    }),
    async (c) => c.json({ watches: await viewAll(c, await listWatches(c.env.DB)) }, 200),
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/watches/{id}',
      tags: ['watches'],
      summary: 'One watch',
      ...policy('admin'),
      request: { params: IdParam },
      responses: { 200: json(WatchSchema, 'The watch'), ...errors(ADMIN_ERRORS, 'not_found') },
    }),
    async (c) => {
      const row = await getWatch(c.env.DB, parseId(c.req.valid('param').id, 'watch'))
      if (!row) throw notFound('watch')
      return c.json(
        { ...(await viewOne(c, { row })), index_keys: await watchIndexKeys(c.env.DB, row.id) },
        200,
      )
    },
  )

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/watches/{id}',
      tags: ['watches'],
      summary:
        'Change name, filter, enabled, notify, delivery or webhook (null removes it; setting it re-enables a ' +
        'webhook disabled by a 410, held deliveries stay held until released or discarded)',
      ...policy('admin'),
      request: { params: IdParam, ...jsonRequest(PatchWatch) },
      responses: {
        200: json(WatchSchema, 'Updated; `secret` appears when a first webhook was added'),
        ...errors(ADMIN_ERRORS, WATCH_INPUT_ERRORS, 'not_found'),
      },
    }),
    async (c) => {
      const id = parseId(c.req.valid('param').id, 'watch')
      return c.json(await viewOne(c, await patchWatch(c.env, id, c.req.valid('json'), Date.now())), 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/watches/{id}',
      tags: ['watches'],
      summary: 'Delete a watch; its pending deliveries are dropped with it',
      ...policy('admin'),
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...errors(ADMIN_ERRORS, 'not_found') },
    }),
    async (c) => {
      if (!(await deleteWatch(c.env.DB, parseId(c.req.valid('param').id, 'watch')))) throw notFound('watch')
      return c.body(null, 204)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/watches/{id}/rotate-secret',
      tags: ['watches'],
      summary:
        'Issue a new webhook secret; every replaced secret keeps signing (one more signature) for 24 h',
      description:
        'Each secret replaced less than 24 h ago still signs, so a receiver holding any of them keeps ' +
        `verifying. At most ${MAX_WEBHOOK_SIGNATURES} signatures go on a request: a rotation that would need ` +
        'more answers 409 too_many_secrets (with retry_after) until the oldest expires.',
      ...policy('admin'),
      request: { params: IdParam },
      responses: {
        200: json(WatchSchema, 'The watch with its new `secret` (shown once)'),
        ...errors(
          ADMIN_ERRORS,
          'not_found',
          'no_webhook',
          'too_many_secrets',
          'concurrent_rotation',
          'secrets_disabled',
        ),
      },
    }),
    async (c) =>
      c.json(
        await viewOne(c, await rotateSecret(c.env, parseId(c.req.valid('param').id, 'watch'), Date.now())),
        200,
      ),
  )

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/watches/{id}/deliveries',
      tags: ['watches'],
      summary: 'Deliveries of a watch, newest first, each with every attempt and the last answer',
      ...policy('admin'),
      request: { params: IdParam, query: DeliveriesQuery },
      responses: {
        200: json(
          z.object({ deliveries: z.array(DeliverySchema), next_before: z.string().nullable() }),
          'Deliveries',
        ),
        ...errors(ADMIN_ERRORS, 'invalid_request', 'not_found'),
      },
    }),
    async (c) => {
      const id = parseId(c.req.valid('param').id, 'watch')
      if (!(await getWatch(c.env.DB, id))) throw notFound('watch')
      const q = c.req.valid('query')
      const limit = q.limit ?? DEFAULT_DELIVERIES_LIMIT
      const rows = await listDeliveries(c.env.DB, id, {
        limit,
        beforeId: q.before ? Number(q.before) : undefined,
        status: q.status,
        kind: q.kind,
      })
      const attempts = await attemptsOf(
        c.env.DB,
        rows.map((r) => r.id),
      )
      const next = rows.length === limit ? String(rows[rows.length - 1].id) : null
      return c.json({ deliveries: toDeliveryViews(rows, attempts), next_before: next }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/watches/{id}/test',
      tags: ['watches'],
      summary: 'Send one {"type":"watch.test"} delivery now and answer what the receiver said',
      ...policy('admin'),
      request: { params: IdParam },
      responses: {
        200: json(TestResultSchema, "The receiver's answer (ok=false when it failed or timed out)"),
        ...errors(ADMIN_ERRORS, 'not_found', 'no_webhook', 'secrets_disabled'),
      },
    }),
    async (c) => {
      const row = await getWatch(c.env.DB, parseId(c.req.valid('param').id, 'watch'))
      if (!row) throw notFound('watch')
      return c.json(await sendTestDelivery(c.env, row), 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/watches/{id}/deliveries/release',
      tags: ['watches'],
      summary: 'Send the deliveries held while the webhook was disabled',
      description:
        'Held alerts go out again with their own webhook-id and a fresh retry schedule; for a digest watch the held ' +
        "matches go out now as one digest. Needs a live webhook: PATCH the watch's webhook first (409 otherwise).",
      ...policy('admin'),
      request: { params: IdParam },
      responses: {
        200: json(
          z.object({ released: z.number().int(), queued: z.number().int() }).openapi('ReleaseResult'),
          'How many held deliveries were released, and how many deliveries were queued for it',
        ),
        ...errors(ADMIN_ERRORS, 'not_found', 'no_webhook', 'webhook_disabled', 'watch_disabled'),
      },
    }),
    async (c) => {
      const id = parseId(c.req.valid('param').id, 'watch')
      return c.json(await releaseHeldDeliveries(c.env, id, Date.now()), 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/watches/{id}/deliveries/discard',
      tags: ['watches'],
      summary: 'Drop the deliveries held while the webhook was disabled (kept in the log as discarded)',
      ...policy('admin'),
      request: { params: IdParam },
      responses: {
        200: json(
          z.object({ discarded: z.number().int() }).openapi('DiscardResult'),
          'How many held deliveries were discarded',
        ),
        ...errors(ADMIN_ERRORS, 'not_found'),
      },
    }),
    async (c) => {
      const id = parseId(c.req.valid('param').id, 'watch')
      return c.json({ discarded: await discardHeldDeliveries(c.env, id, Date.now()) }, 200)
    },
  )

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/watches/{id}/deliveries/{deliveryId}/redeliver',
      tags: ['watches'],
      summary: 'Send a failed delivery again (same webhook-id, fresh retry schedule)',
      ...policy('admin'),
      request: { params: DeliveryParams },
      responses: {
        202: json(DeliverySchema, 'Queued'),
        ...errors(
          ADMIN_ERRORS,
          'not_found',
          'not_failed',
          'no_webhook',
          'webhook_disabled',
          'watch_disabled',
        ),
      },
    }),
    async (c) => {
      const p = c.req.valid('param')
      const row = await redeliver(
        c.env,
        parseId(p.id, 'watch'),
        parseId(p.deliveryId, 'delivery'),
        Date.now(),
      )
      return c.json(toDeliveryView(row, await attemptsOf(c.env.DB, [row.id])), 202)
    },
  )
}

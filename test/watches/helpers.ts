import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  env,
  getQueueResult,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { vi } from 'vitest'
import { insertWatch, type WatchRow } from '../../src/db/watches'
import type { DeliveryMessage, FetchMessage } from '../../src/env'
import worker from '../../src/index'
import { deliveryInsertStatements } from '../../src/watches'
import type { DeliveryOptions } from '../../src/watches/deliver'
import { handleDeliveryBatch } from '../../src/watches/delivery-consumer'
import type { RetryPolicy } from '../../src/watches/retry-policy'
import { encryptSecret, generateWebhookSecret } from '../../src/watches/secrets'
import type { DeliveryView } from '../../src/watches/views'
import { callJson } from '../helpers/http'

let seq = 0

/** A feed row (articles need one). */
export async function seedFeed(title = 'Wire Service'): Promise<number> {
  seq++
  const now = Date.now()
  const row = await env.DB.prepare(
    `INSERT INTO feeds (url, url_key, title, next_fetch_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
  )
    .bind(`https://wire${seq}.example/rss`, `wire${seq}.example/rss`, title, now, now, now)
    .first<{ id: number }>()
  return row!.id
}

export interface SeedArticle {
  feedId: number
  /** The story (near-duplicate cluster) it belongs to; defaults to its own id. */
  clusterId?: number
  title?: string
  url?: string | null
  summary?: string
  lang?: string
  actors?: string[]
  events?: string[]
  publishedAt?: number
}

/** An article row as the store would leave it (tags denormalised on the row). */
export async function seedArticle(a: SeedArticle): Promise<number> {
  seq++
  const id = 1_000_000 + seq
  const now = Date.now()
  await env.DB.prepare(
    `INSERT INTO articles (id, canonical_url, url, title, summary, content, lang, published_at, fetched_at, feed_id, cluster_id, simhash, content_hash, actors, events)
     VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, '0000000000000000', ?, ?, ?)`,
  )
    .bind(
      id,
      a.url === undefined ? `https://news.example/a/${seq}` : a.url,
      a.url === undefined ? `https://news.example/a/${seq}` : a.url,
      a.title ?? `Lavrov arrives in Pyongyang (${seq})`,
      a.summary ?? 'Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Tuesday.',
      a.lang ?? 'en',
      a.publishedAt ?? now,
      now,
      a.feedId,
      a.clusterId ?? id,
      `hash${seq}`,
      (a.actors ?? ['russia', 'north-korea']).join(' '),
      (a.events ?? ['visit']).join(' '),
    )
    .run()
  return id
}

export interface SeededWatch {
  row: WatchRow
  secret: string
}

/** A watch with a webhook, written straight to D1 (the routes are tested on their own). */
export async function seedWatch(
  opts: {
    name?: string
    url?: string
    format?: 'standard' | 'slack' | 'discord'
    keys?: string[]
    notify?: 'story' | 'article'
    every?: '15m' | '1h' | '1d'
  } = {},
): Promise<SeededWatch> {
  const secret = generateWebhookSecret()
  const row = await insertWatch(env.DB, {
    name: opts.name ?? 'Lavrov in Pyongyang',
    filter: 'actor=russia&actor=north-korea',
    filterJson: JSON.stringify({ actors: [['russia'], ['north-korea']], events: [], feeds: [], langs: [] }),
    webhookUrl: opts.url ?? 'https://hooks.example/seismo',
    webhookFormat: opts.format ?? 'standard',
    secretEnc: await encryptSecret(env.SECRETS_KEY, secret),
    indexKeys: opts.keys ?? ['actor:russia'],
    notify: opts.notify ?? 'article',
    deliveryMode: opts.every ? 'digest' : 'instant',
    digestEvery: opts.every ?? null,
    now: Date.now(),
  })
  return { row, secret }
}

/** Inserts one pending delivery the way the ingest batch does. */
export async function seedDelivery(watchId: number, articleId: number, now = Date.now()): Promise<number> {
  await env.DB.batch(deliveryInsertStatements(env.DB, articleId, [watchId], now))
  const row = await env.DB.prepare('SELECT id FROM deliveries WHERE watch_id = ? AND article_id = ?')
    .bind(watchId, articleId)
    .first<{ id: number }>()
  return row!.id
}

export interface Captured {
  url: string
  headers: Record<string, string>
  body: string
}

type Reply = Error | ((req: Captured, signal: AbortSignal | null) => Response | Promise<Response>)

/**
 * A receiver's answer, built afresh for each request: a Response made in the test's context
 * cannot be read from the queue consumer's (workerd refuses cross-request I/O).
 */
export const answer = (body: string | null, init?: ResponseInit) => () => new Response(body, init)

/**
 * Stubs globalThis.fetch as a webhook receiver answering from `replies` in order (the last one
 * repeats). Every request is captured, except those for a URL put in `feeds`, which are answered
 * with that feed document (the fetch queue consumer's requests).
 */
export function stubReceiver(...replies: Reply[]) {
  const requests: Captured[] = []
  const feeds = new Map<string, string>()
  const spy = vi
    .spyOn(globalThis, 'fetch')
    .mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(input, init)
      const feed = feeds.get(req.url)
      if (feed !== undefined)
        return new Response(feed, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
      const captured: Captured = {
        url: req.url,
        headers: Object.fromEntries(req.headers),
        body: await req.text(),
      }
      requests.push(captured)
      const reply = replies[Math.min(requests.length - 1, replies.length - 1)]
      if (reply instanceof Error) throw reply
      return reply(captured, init?.signal ?? null)
    })
  return { requests, spy, feeds }
}

/** Polls `probe` until `ok` (or the time is up) and returns the last value: for the background queue consumer. */
export async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 8_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = await probe()
    if (ok(v) || Date.now() > end) return v
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** The watch a captured Standard Webhooks request was for. */
export const watchOf = (req: Captured) =>
  (JSON.parse(req.body) as { data?: { watch?: { id: string } } }).data?.watch?.id

/** A short, deterministic policy: same shape as the real one, seconds instead of hours, no jitter. */
export const TEST_POLICY: RetryPolicy = {
  delaysMs: [5_000, 300_000, 1_800_000],
  jitter: 0,
  timeoutMs: 200,
  maxDelayMs: 24 * 60 * 60 * 1000,
  random: () => 0,
}

/** A clock the test moves by hand. */
export function testClock(start = Date.now()) {
  let t = start
  return { now: () => t, advance: (ms: number) => (t += ms), set: (ms: number) => (t = ms) }
}

let msgSeq = 0

/** Runs the delivery consumer on one batch and returns the queue's view of it. */
export async function runDeliveryBatch(deliveryIds: number[], opts: DeliveryOptions) {
  const batch = createMessageBatch<DeliveryMessage>(
    'seismo-deliveries',
    deliveryIds.map((deliveryId) => ({
      id: `msg-${++msgSeq}`,
      timestamp: new Date(),
      attempts: 1,
      body: { deliveryId },
    })),
  )
  // getQueueResult reports which messages were retried but not their delay: record it here.
  const delays = new Map<string, number | undefined>()
  for (const msg of batch.messages) {
    const retry = msg.retry.bind(msg)
    msg.retry = (options?: QueueRetryOptions) => {
      delays.set(msg.id, options?.delaySeconds)
      retry(options)
    }
  }
  const ctx = createExecutionContext()
  await handleDeliveryBatch(batch, env, opts)
  const result = await getQueueResult(batch, ctx)
  return { ...result, retryDelays: result.retryMessages.map((m: { msgId: string }) => delays.get(m.msgId)) }
}

export async function deliveryRow(id: number) {
  return env.DB.prepare('SELECT * FROM deliveries WHERE id = ?').bind(id).first<{
    status: string
    attempts: number
    last_status_code: number | null
    last_error: string | null
    next_attempt_at: number | null
    message_id: string
    enqueued_at: number | null
    lease_until: number
  }>()
}

/** A delivery as GET /api/watches/:id/deliveries lists it. */
export type DeliveryJson = Omit<DeliveryView, 'attempt_log'>

/** GET /api/watches/:id/deliveries (`query` e.g. "?kind=watch.digest"). */
export const listDeliveries = async (watchId: string, query = '') =>
  (await callJson<{ deliveries: DeliveryJson[] }>(`/api/watches/${watchId}/deliveries${query}`)).body
    .deliveries

/** The Worker's cron handler at `at`, with the fetch fan-out going nowhere (only the delivery side is under test). */
export async function runCron(at: number): Promise<void> {
  const noFeeds = { sendBatch: async () => {}, send: async () => {} } as unknown as Queue<FetchMessage>
  const ctx = createExecutionContext()
  await worker.scheduled(
    createScheduledController({ cron: '*/5 * * * *', scheduledTime: at }),
    { ...env, FETCH_QUEUE: noFeeds },
    ctx,
  )
  await waitOnExecutionContext(ctx)
}

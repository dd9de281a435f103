import { ARTICLE_ROW_COLUMNS, type ArticleRow, type ArticleView, toArticleView } from './article-view'
import { chunk, D1_MAX_PARAMS, placeholders } from './bulk'

/** Every SQL statement about webhook deliveries and their attempts. */

/**
 * What became of a delivery (one row per (watch, article) match, plus test and digest messages):
 * pending/delivered/failed are messages of their own; held waits for release or discard after a 410;
 * folded is a later copy of an alerted story; collected waits for (or rides in) a digest.
 */
export const DELIVERY_STATUSES = [
  'pending',
  'delivered',
  'failed',
  'held',
  'discarded',
  'folded',
  'collected',
] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]
export const DELIVERY_KINDS = ['article.matched', 'watch.test', 'watch.digest'] as const
export type DeliveryKind = (typeof DELIVERY_KINDS)[number]

export interface DeliveryRow {
  id: number
  watch_id: number
  article_id: number | null
  kind: DeliveryKind
  status: DeliveryStatus
  message_id: string
  attempts: number
  schedule_base: number
  last_status_code: number | null
  last_error: string | null
  next_attempt_at: number | null
  lease_until: number
  enqueued_at: number | null
  created_at: number
  updated_at: number
  delivered_at: number | null
  /** Story mode, first delivery of a story: the cluster id the story was decided under (never rewritten). */
  story_key: number | null
  /** Folded copies: the story's first delivery. */
  folded_into: number | null
  /** Collected matches: the digest that carries them. */
  digest_id: number | null
  /** Digests: the matches they carry were created in [period_start, period_end). */
  period_start: number | null
  period_end: number | null
  item_count: number | null
}

export interface AttemptRow {
  delivery_id: number
  attempt: number
  attempted_at: number
  status_code: number | null
  error: string | null
  duration_ms: number
  response: string | null
}

/** A Standard Webhooks message id ("msg_" + 128 random bits), generated inside the INSERT. */
const NEW_MESSAGE_ID = `'msg_' || lower(hex(randomblob(16)))`

/** IN-list chunks that leave room for a statement's other parameters under D1's limit. */
const chunks = <T>(values: T[]) => chunk(values, D1_MAX_PARAMS - 4)

/** A new message id in JS, for rows a later statement of the same batch must find again. */
export function newMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return `msg_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

/**
 * The delivery row of one new article for each matching watch, in the ingest transaction. What
 * the row is gets decided here, in SQL, against what is committed at that moment (a plan made
 * before a concurrent ingest committed cannot double-alert):
 * - story mode, and the watch already has a first delivery for the article's story → `folded`
 *   into it. The story is found by its key (the cluster id it was decided under), else by the
 *   watch's oldest delivery of any article now in the same cluster: that covers a later
 *   re-clustering that moved an alerted article, and a watch switched from article mode (its
 *   past alerts count: a story it already alerted is not alerted again);
 * - the webhook is disabled (after a 410) → `held`; digest mode → `collected`; else `pending`.
 * A story's first delivery carries story_key; the unique index on (watch_id, story_key) makes a
 * second one impossible: should it ever be attempted, the ingest batch fails and is re-planned
 * (store.ts), and the retry folds. Selecting from watches (not binding ids as values) skips a
 * watch deleted since the matcher was built instead of failing the whole batch on the foreign
 * key; ON CONFLICT keeps the first delivery of a (watch, article) pair.
 */
export function deliveryInsertStatements(
  db: D1Database,
  articleId: number,
  watchIds: number[],
  now: number,
): D1PreparedStatement[] {
  if (watchIds.length === 0) return []
  return [
    db
      .prepare(
        // MATERIALIZED: each watch's story lookups run once (a flattened subquery would repeat them for
        // every column that reads m.lead). CROSS JOIN keeps the membership lookup driven by the
        // article's cluster (a few rows), not by the watch's deliveries (all of them).
        `WITH m AS MATERIALIZED (
           SELECT w.id AS wid, w.notify = 'story' AS story, a.cluster_id AS cluster,
                  w.webhook_disabled_reason IS NOT NULL AS disabled, w.delivery_mode = 'digest' AS digest,
                  CASE WHEN w.notify = 'story' THEN coalesce(
                    (SELECT d.id FROM deliveries d WHERE d.watch_id = w.id AND d.story_key = a.cluster_id),
                    (SELECT min(d.id) FROM articles c CROSS JOIN deliveries d
                      WHERE c.cluster_id = a.cluster_id AND d.watch_id = w.id AND d.article_id = c.id)) END AS lead
             FROM watches w JOIN articles a ON a.id = ?1
            WHERE w.id IN (SELECT value FROM json_each(?3)) AND w.enabled = 1 AND w.webhook_url IS NOT NULL)
         INSERT INTO deliveries (watch_id, article_id, kind, status, story_key, folded_into, message_id,
           next_attempt_at, created_at, updated_at)
         SELECT m.wid, ?1, 'article.matched',
                CASE WHEN m.lead IS NOT NULL THEN 'folded' WHEN m.disabled THEN 'held'
                     WHEN m.digest THEN 'collected' ELSE 'pending' END,
                CASE WHEN m.story AND m.lead IS NULL THEN m.cluster END,
                m.lead, ${NEW_MESSAGE_ID},
                CASE WHEN m.lead IS NULL AND NOT m.disabled AND NOT m.digest THEN ?2 END,
                ?2, ?2
           FROM m
          WHERE true
         ON CONFLICT (watch_id, article_id) DO NOTHING`,
      )
      .bind(articleId, now, JSON.stringify([...new Set(watchIds)])),
  ]
}

/** A watch.test delivery, claimed by the caller that attempts it inline (the sweep leaves it alone). */
export async function insertTestDelivery(
  db: D1Database,
  watchId: number,
  now: number,
  leaseUntil: number,
): Promise<DeliveryRow> {
  const row = await db
    .prepare(
      `INSERT INTO deliveries (watch_id, article_id, kind, status, message_id, next_attempt_at, lease_until,
         enqueued_at, created_at, updated_at)
       VALUES (?1, NULL, 'watch.test', 'pending', ${NEW_MESSAGE_ID}, ?2, ?3, ?2, ?2, ?2) RETURNING *`,
    )
    .bind(watchId, now, leaseUntil)
    .first<DeliveryRow>()
  return row!
}

/** Pending deliveries of these articles never handed to the queue yet. */
export async function undispatchedDeliveryIds(db: D1Database, articleIds: number[]): Promise<number[]> {
  const ids: number[] = []
  for (const part of chunks([...new Set(articleIds)])) {
    const rows = await db
      .prepare(
        `SELECT id FROM deliveries
          WHERE article_id IN (${placeholders(part.length)}) AND status = 'pending' AND enqueued_at IS NULL
          ORDER BY id`,
      )
      .bind(...part)
      .all<{ id: number }>()
    ids.push(...rows.results.map((r) => r.id))
  }
  return ids
}

/**
 * Pending deliveries whose queue message is missing or overdue: never enqueued (after a grace
 * left to dispatchNewDeliveries), or due for a while with no consumer holding them.
 */
export async function strandedDeliveryIds(
  db: D1Database,
  now: number,
  opts: { dispatchGraceMs: number; redispatchAfterMs: number; limit: number },
): Promise<number[]> {
  const rows = await db
    .prepare(
      `SELECT id FROM deliveries
        WHERE status = 'pending' AND next_attempt_at <= ?1 AND lease_until < ?1
          AND CASE WHEN enqueued_at IS NULL THEN created_at <= ?1 - ?2
                   ELSE max(enqueued_at, next_attempt_at) <= ?1 - ?3 END
        ORDER BY next_attempt_at LIMIT ?4`,
    )
    .bind(now, opts.dispatchGraceMs, opts.redispatchAfterMs, opts.limit)
    .all<{ id: number }>()
  return rows.results.map((r) => r.id)
}

export async function markEnqueued(db: D1Database, ids: number[], now: number): Promise<void> {
  const statements = chunks(ids).map((part) =>
    db
      .prepare(
        `UPDATE deliveries SET enqueued_at = ? WHERE id IN (${placeholders(part.length)}) AND status = 'pending'`,
      )
      .bind(now, ...part),
  )
  if (statements.length) await db.batch(statements)
}

/**
 * Takes the delivery for one attempt: only a pending, due delivery no other consumer holds.
 * Null when someone else has it, it is finished or gone, or it is not due yet.
 */
export async function claimDelivery(
  db: D1Database,
  id: number,
  now: number,
  leaseUntil: number,
  earlyToleranceMs: number,
): Promise<DeliveryRow | null> {
  return db
    .prepare(
      `UPDATE deliveries SET lease_until = ?3
        WHERE id = ?1 AND status = 'pending' AND lease_until < ?2 AND next_attempt_at <= ?2 + ?4
        RETURNING *`,
    )
    .bind(id, now, leaseUntil, earlyToleranceMs)
    .first<DeliveryRow>()
}

export async function getDelivery(db: D1Database, id: number): Promise<DeliveryRow | null> {
  return db.prepare('SELECT * FROM deliveries WHERE id = ?').bind(id).first<DeliveryRow>()
}

/** Gives a claimed delivery back untouched (an unexpected error before any attempt was made). */
export async function releaseLease(db: D1Database, id: number): Promise<void> {
  await db.prepare(`UPDATE deliveries SET lease_until = 0 WHERE id = ? AND status = 'pending'`).bind(id).run()
}

export interface AttemptRecord {
  attempt: number
  at: number
  statusCode: number | null
  error: string | null
  durationMs: number
  response: string | null
}

export function insertAttemptStatement(
  db: D1Database,
  deliveryId: number,
  a: AttemptRecord,
): D1PreparedStatement {
  // A watch deleted while its delivery was being attempted took the delivery with it: the attempt
  // is then not recorded (instead of failing the batch on the foreign key and retrying for nothing).
  return db
    .prepare(
      `INSERT INTO delivery_attempts (delivery_id, attempt, attempted_at, status_code, error, duration_ms, response)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE EXISTS (SELECT 1 FROM deliveries WHERE id = ?1)
       ON CONFLICT (delivery_id, attempt) DO NOTHING`,
    )
    .bind(deliveryId, a.attempt, a.at, a.statusCode, a.error, a.durationMs, a.response)
}

/** The delivery's state after an attempt (or after a reason not to attempt it). */
export type DeliveryTransition =
  | { status: 'delivered'; attempts: number; statusCode: number | null; at: number }
  | { status: 'failed' | 'held'; attempts: number; statusCode: number | null; error: string; at: number }
  | {
      status: 'pending'
      attempts: number
      statusCode: number | null
      error: string
      at: number
      nextAttemptAt: number
    }

export function transitionStatement(db: D1Database, id: number, t: DeliveryTransition): D1PreparedStatement {
  const error = t.status === 'delivered' ? null : t.error
  const next = t.status === 'pending' ? t.nextAttemptAt : null
  // A scheduled retry is handed to the queue by the caller (msg.retry), so it counts as enqueued now.
  return db
    .prepare(
      `UPDATE deliveries
          SET status = ?2, attempts = ?3, last_status_code = ?4, last_error = ?5, next_attempt_at = ?6,
              lease_until = 0, enqueued_at = CASE WHEN ?2 = 'pending' THEN ?7 ELSE enqueued_at END,
              delivered_at = CASE WHEN ?2 = 'delivered' THEN ?7 ELSE delivered_at END, updated_at = ?7
        WHERE id = ?1`,
    )
    .bind(id, t.status, t.attempts, t.statusCode, error, next, t.at)
}

/**
 * Ends a pending delivery for a reason found outside any attempt: `failed` (dead-lettered, watch
 * paused, URL refused...) or `held` (its webhook was disabled by a 410 before it could be sent).
 */
export function endPendingStatement(
  db: D1Database,
  id: number,
  status: 'failed' | 'held',
  reason: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE deliveries SET status = ?4, last_error = ?2, next_attempt_at = NULL, lease_until = 0, updated_at = ?3
        WHERE id = ?1 AND status = 'pending'`,
    )
    .bind(id, reason, now, status)
}

export const failPendingStatement = (db: D1Database, id: number, reason: string, now: number) =>
  endPendingStatement(db, id, 'failed', reason, now)

/**
 * A failed delivery back to pending with a fresh retry schedule (attempt numbers keep counting,
 * so the log stays complete), due now, same message id. Null unless it was failed.
 */
export async function resetForRedelivery(
  db: D1Database,
  id: number,
  watchId: number,
  now: number,
): Promise<DeliveryRow | null> {
  return db
    .prepare(
      `UPDATE deliveries
          SET status = 'pending', schedule_base = attempts, next_attempt_at = ?3, lease_until = 0,
              enqueued_at = ?3, updated_at = ?3
        WHERE id = ?1 AND watch_id = ?2 AND status = 'failed'
        RETURNING *`,
    )
    .bind(id, watchId, now)
    .first<DeliveryRow>()
}

/** Newest first; `beforeId` pages backwards. */
export async function listDeliveries(
  db: D1Database,
  watchId: number,
  opts: { limit: number; beforeId?: number; status?: DeliveryStatus; kind?: DeliveryKind },
): Promise<DeliveryRow[]> {
  const rows = await db
    .prepare(
      `SELECT * FROM deliveries
        WHERE watch_id = ?1 AND id < ?2 AND (?3 IS NULL OR status = ?3) AND (?5 IS NULL OR kind = ?5)
        ORDER BY id DESC LIMIT ?4`,
    )
    .bind(
      watchId,
      opts.beforeId ?? Number.MAX_SAFE_INTEGER,
      opts.status ?? null,
      opts.limit,
      opts.kind ?? null,
    )
    .all<DeliveryRow>()
  return rows.results
}

export async function attemptsOf(db: D1Database, deliveryIds: number[]): Promise<AttemptRow[]> {
  const out: AttemptRow[] = []
  for (const part of chunks(deliveryIds)) {
    const rows = await db
      .prepare(
        `SELECT * FROM delivery_attempts
          WHERE delivery_id IN (${placeholders(part.length)}) ORDER BY delivery_id, attempt`,
      )
      .bind(...part)
      .all<AttemptRow>()
    out.push(...rows.results)
  }
  return out
}

/** The article a delivery is about, as the public article object (null when it no longer exists). */
export async function deliveryArticle(db: D1Database, articleId: number): Promise<ArticleView | null> {
  const row = await db
    .prepare(`SELECT ${ARTICLE_ROW_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?`)
    .bind(articleId)
    .first<ArticleRow>()
  return row ? toArticleView(row) : null
}

// ── Held deliveries ───────────────────────────────────────────────────────────

/** Held deliveries per watch (only watches that have some). */
export async function heldCounts(db: D1Database, watchIds: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>()
  if (watchIds.length === 0) return out
  const rows = await db
    .prepare(
      `SELECT watch_id, count(*) AS n FROM deliveries
        WHERE status = 'held' AND watch_id IN (SELECT value FROM json_each(?)) GROUP BY watch_id`,
    )
    .bind(JSON.stringify(watchIds))
    .all<{ watch_id: number; n: number }>()
  for (const r of rows.results) out.set(r.watch_id, r.n)
  return out
}

/**
 * Held deliveries back into the flow, in one statement: a match of a digest watch is collected
 * again (the caller sends a digest at once), anything else is pending and due now with a fresh
 * retry schedule and its original webhook-id. Returns the pending ones (to enqueue) and the
 * number released.
 */
export async function releaseHeld(
  db: D1Database,
  watchId: number,
  digestMode: boolean,
  now: number,
): Promise<{ pendingIds: number[]; released: number }> {
  const rows = await db
    .prepare(
      `UPDATE deliveries
          SET status = CASE WHEN ?3 AND kind = 'article.matched' THEN 'collected' ELSE 'pending' END,
              next_attempt_at = CASE WHEN ?3 AND kind = 'article.matched' THEN NULL ELSE ?2 END,
              schedule_base = attempts, lease_until = 0, enqueued_at = NULL, updated_at = ?2
        WHERE watch_id = ?1 AND status = 'held'
        RETURNING id, status`,
    )
    .bind(watchId, now, digestMode ? 1 : 0)
    .all<{ id: number; status: DeliveryStatus }>()
  return {
    pendingIds: rows.results.filter((r) => r.status === 'pending').map((r) => r.id),
    released: rows.results.length,
  }
}

/** Held deliveries dropped for good, kept in the log as `discarded`. */
export async function discardHeld(
  db: D1Database,
  watchId: number,
  reason: string,
  now: number,
): Promise<number> {
  const res = await db
    .prepare(
      `UPDATE deliveries
          SET status = 'discarded', last_error = ?2, next_attempt_at = NULL, lease_until = 0, updated_at = ?3
        WHERE watch_id = ?1 AND status = 'held'`,
    )
    .bind(watchId, reason, now)
    .run()
  return res.meta.changes ?? 0
}

// ── Stories and digests: what a message carries ──────────────────────────────

/** A folded copy of a story, listed in the story's alert. */
export interface CopyRow extends ArticleRow {
  /** The story's first delivery. */
  lead_id: number
  /** Copies folded into that delivery in all (only `perLead` rows are returned per lead). */
  total: number
}

/** Later copies folded into these first deliveries, oldest first, at most `perLead` each. */
export async function storyCopies(db: D1Database, leadIds: number[], perLead: number): Promise<CopyRow[]> {
  if (leadIds.length === 0) return []
  const rows = await db
    .prepare(
      `SELECT * FROM (
         SELECT d.folded_into AS lead_id, ${ARTICLE_ROW_COLUMNS},
                row_number() OVER (PARTITION BY d.folded_into ORDER BY d.id) AS n,
                count(*) OVER (PARTITION BY d.folded_into) AS total
           FROM deliveries d JOIN articles a ON a.id = d.article_id JOIN feeds f ON f.id = a.feed_id
          WHERE d.folded_into IN (SELECT value FROM json_each(?1)) AND d.status = 'folded')
        WHERE n <= ?2 ORDER BY lead_id, n`,
    )
    .bind(JSON.stringify(leadIds), perLead)
    .all<CopyRow & { n: number }>()
  return rows.results
}

/** A match carried by a digest: its own delivery id and the article. */
export interface DigestItemRow extends ArticleRow {
  delivery_id: number
}

/** The matches a digest carries, newest first, at most `limit` (the digest's item_count says how many in all). */
export async function digestItems(db: D1Database, digestId: number, limit: number): Promise<DigestItemRow[]> {
  const rows = await db
    .prepare(
      `SELECT d.id AS delivery_id, ${ARTICLE_ROW_COLUMNS}
         FROM deliveries d JOIN articles a ON a.id = d.article_id JOIN feeds f ON f.id = a.feed_id
        WHERE d.digest_id = ?1 AND d.status = 'collected'
        ORDER BY a.published_at DESC, a.id DESC LIMIT ?2`,
    )
    .bind(digestId, limit)
    .all<DigestItemRow>()
  return rows.results
}

/** A watch with matches waiting for a digest, and the oldest of them. */
export interface CollectingWatch {
  watch_id: number
  oldest: number
  delivery_mode: string
  digest_every: string | null
}

/**
 * Watches whose collected matches wait for a digest (paused watches and watches without a webhook
 * keep theirs until they can send). Reads the partial index of waiting matches only.
 */
export async function collectingWatches(db: D1Database, limit: number): Promise<CollectingWatch[]> {
  const rows = await db
    .prepare(
      `SELECT c.watch_id, c.oldest, w.delivery_mode, w.digest_every
         FROM (SELECT watch_id, min(created_at) AS oldest FROM deliveries
                WHERE status = 'collected' AND digest_id IS NULL GROUP BY watch_id) c
         JOIN watches w ON w.id = c.watch_id
        WHERE w.enabled = 1 AND w.webhook_url IS NOT NULL
        ORDER BY c.oldest LIMIT ?`,
    )
    .bind(limit)
    .all<CollectingWatch>()
  return rows.results
}

export interface DigestPlan {
  watchId: number
  /** Chosen by the caller so the next statements find this digest, and only this one. */
  messageId: string
  periodStart: number
  periodEnd: number
  now: number
}

/**
 * One digest of a watch, in one transaction: the digest row (only when matches created before
 * periodEnd wait; none at all for an empty period), those matches attached to it, and its count.
 * The unique (watch_id, period_end) index stops a second digest for the same period: the insert
 * then does nothing, and neither does the attach (it looks for this plan's message id). A digest
 * of a webhook disabled meanwhile is held. period_start widens to the oldest match it carries
 * (a match released or committed late).
 */
export function digestStatements(db: D1Database, p: DigestPlan): D1PreparedStatement[] {
  const waiting = `watch_id = ?1 AND status = 'collected' AND digest_id IS NULL AND created_at < ?3`
  return [
    db
      .prepare(
        `INSERT INTO deliveries (watch_id, article_id, kind, status, message_id, next_attempt_at, period_start,
           period_end, created_at, updated_at)
         SELECT ?1, NULL, 'watch.digest',
                CASE WHEN w.webhook_disabled_reason IS NULL THEN 'pending' ELSE 'held' END, ?4,
                CASE WHEN w.webhook_disabled_reason IS NULL THEN ?5 END,
                min(?2, (SELECT min(created_at) FROM deliveries WHERE ${waiting})), ?3, ?5, ?5
           FROM watches w
          WHERE w.id = ?1 AND EXISTS (SELECT 1 FROM deliveries WHERE ${waiting})
         ON CONFLICT DO NOTHING
         RETURNING id, status`,
      )
      .bind(p.watchId, p.periodStart, p.periodEnd, p.messageId, p.now),
    db
      .prepare(
        `UPDATE deliveries
            SET digest_id = (SELECT id FROM deliveries
                              WHERE watch_id = ?1 AND kind = 'watch.digest' AND period_end = ?3 AND message_id = ?2),
                updated_at = ?4
          WHERE ${waiting}
            AND EXISTS (SELECT 1 FROM deliveries
                         WHERE watch_id = ?1 AND kind = 'watch.digest' AND period_end = ?3 AND message_id = ?2)`,
      )
      .bind(p.watchId, p.messageId, p.periodEnd, p.now),
    db
      .prepare(
        `UPDATE deliveries SET item_count = (SELECT count(*) FROM deliveries i WHERE i.digest_id = deliveries.id)
          WHERE watch_id = ?1 AND kind = 'watch.digest' AND period_end = ?3 AND message_id = ?2`,
      )
      .bind(p.watchId, p.messageId, p.periodEnd),
  ]
}

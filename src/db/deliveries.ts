import { ARTICLE_ROW_COLUMNS, type ArticleRow, type ArticleView, toArticleView } from './article-view'
import { chunk, D1_MAX_PARAMS, placeholders } from './bulk'

/** Every SQL statement about webhook deliveries and their attempts. */

export type DeliveryStatus = 'pending' | 'delivered' | 'failed'
export type DeliveryKind = 'article.matched' | 'watch.test'

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

/**
 * One pending delivery per (watch, article), for the ingest batch. Selecting from watches (not
 * binding ids as values) skips a watch deleted since the matcher was built instead of failing
 * the whole article batch on the foreign key; ON CONFLICT keeps the first delivery of a pair.
 */
export function deliveryInsertStatements(
  db: D1Database,
  articleId: number,
  watchIds: number[],
  now: number,
): D1PreparedStatement[] {
  return chunks([...new Set(watchIds)]).map((ids) =>
    db
      .prepare(
        `INSERT INTO deliveries (watch_id, article_id, kind, status, message_id, next_attempt_at, created_at, updated_at)
         SELECT w.id, ?1, 'article.matched', 'pending', ${NEW_MESSAGE_ID}, ?2, ?2, ?2
           FROM watches w
          WHERE w.id IN (${placeholders(ids.length)}) AND w.enabled = 1 AND w.webhook_url IS NOT NULL AND w.webhook_disabled_reason IS NULL
         ON CONFLICT (watch_id, article_id) DO NOTHING`,
      )
      .bind(articleId, now, ...ids),
  )
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
      `INSERT INTO deliveries (watch_id, article_id, kind, status, message_id, next_attempt_at, lease_until, enqueued_at, created_at, updated_at)
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
        `SELECT id FROM deliveries WHERE article_id IN (${placeholders(part.length)}) AND status = 'pending' AND enqueued_at IS NULL ORDER BY id`,
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
  return db
    .prepare(
      `INSERT INTO delivery_attempts (delivery_id, attempt, attempted_at, status_code, error, duration_ms, response)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (delivery_id, attempt) DO NOTHING`,
    )
    .bind(deliveryId, a.attempt, a.at, a.statusCode, a.error, a.durationMs, a.response)
}

/** The delivery's state after an attempt (or after a reason not to attempt it). */
export type DeliveryTransition =
  | { status: 'delivered'; attempts: number; statusCode: number | null; at: number }
  | { status: 'failed'; attempts: number; statusCode: number | null; error: string; at: number }
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

/** Fails a pending delivery for a reason found outside any attempt (dead-lettered, watch gone quiet...). */
export function failPendingStatement(
  db: D1Database,
  id: number,
  reason: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE deliveries SET status = 'failed', last_error = ?2, next_attempt_at = NULL, lease_until = 0, updated_at = ?3
        WHERE id = ?1 AND status = 'pending'`,
    )
    .bind(id, reason, now)
}

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
          SET status = 'pending', schedule_base = attempts, next_attempt_at = ?3, lease_until = 0, enqueued_at = ?3, updated_at = ?3
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
  opts: { limit: number; beforeId?: number; status?: DeliveryStatus },
): Promise<DeliveryRow[]> {
  const rows = await db
    .prepare(
      `SELECT * FROM deliveries
        WHERE watch_id = ?1 AND id < ?2 AND (?3 IS NULL OR status = ?3)
        ORDER BY id DESC LIMIT ?4`,
    )
    .bind(watchId, opts.beforeId ?? Number.MAX_SAFE_INTEGER, opts.status ?? null, opts.limit)
    .all<DeliveryRow>()
  return rows.results
}

export async function attemptsOf(db: D1Database, deliveryIds: number[]): Promise<AttemptRow[]> {
  const out: AttemptRow[] = []
  for (const part of chunks(deliveryIds)) {
    const rows = await db
      .prepare(
        `SELECT * FROM delivery_attempts WHERE delivery_id IN (${placeholders(part.length)}) ORDER BY delivery_id, attempt`,
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

/** Bindings, vars and secrets of the Worker (see README "Configuration"). */
export interface Env {
  DB: D1Database
  FETCH_QUEUE: Queue<FetchMessage>
  DELIVERY_QUEUE: Queue<DeliveryMessage>
  RETAG_QUEUE: Queue<RetagMessage>
  /** Articles older than the hot window, as gzip NDJSON (src/archive). */
  ARCHIVE: R2Bucket
  /** Hot window in days (default 180): older articles move to ARCHIVE. */
  ARCHIVE_AFTER_DAYS?: string
  /** D1 size budget in MB: near it the archiver runs ahead of schedule (unset: no budget). */
  D1_BUDGET_MB?: string
  /** Bearer token for admin routes. Unset = admin routes answer 503 admin_disabled. */
  ADMIN_TOKEN?: string
  /** When set, read routes need it as bearer token or ?token=. */
  READ_TOKEN?: string
  /** "true" lets feed and webhook URLs point at loopback/private addresses (dev/tests only). */
  ALLOW_PRIVATE_URLS?: string
  /** Base64 key (32 bytes) that encrypts webhook secrets at rest. */
  SECRETS_KEY?: string
  /** Public base URL used in feed self links; defaults to the request origin. */
  PUBLIC_URL?: string
}

/** One feed to fetch; the consumer re-reads the feed row, so the message stays tiny. */
export interface FetchMessage {
  feedId: number
  /** When the cron run enqueued it (ms); lets the consumer skip stale duplicates. */
  enqueuedAt: number
}

/** One webhook delivery attempt; state lives in D1, the message only points at it. */
export interface DeliveryMessage {
  deliveryId: number
}

/** Re-tag one bounded batch of stored articles after a taxonomy change. */
export interface RetagMessage {
  /** Re-tag articles with id < beforeId (walks backwards), batchSize at a time. */
  beforeId: number | null
  /** Taxonomy version that requested this run; a newer version supersedes it. */
  taxonomyVersion: number
}

export type AppEnv = { Bindings: Env }

/**
 * Every limit and tunable of Seismo, named, with the reason for its value.
 * Tests import these rather than repeating the numbers.
 */

// ── HTTP API ──────────────────────────────────────────────────────────────────
/** JSON request bodies: the contract's 64 KB (413 body_too_large above it). */
export const MAX_JSON_BODY_BYTES = 64 * 1024
/** Feed documents (POST /api/ingest and fetched bodies): real feeds reach 2-3 MB; the contract asks >= 5 MB. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024

// ── Fetching ──────────────────────────────────────────────────────────────────
/** Whole-fetch timeout: slow hosts must not hold a queue consumer. */
export const FETCH_TIMEOUT_MS = 15_000
/** Redirect hops followed manually (each hop re-checked against the SSRF rules). */
export const MAX_REDIRECTS = 5
export const USER_AGENT = 'Seismo/0.1 (+https://github.com/seismo-news/seismo; news monitoring feed fetcher)'

// ── Scheduling ────────────────────────────────────────────────────────────────
export const DEFAULT_INTERVAL_MINUTES = 30
export const MIN_INTERVAL_MINUTES = 5
export const MAX_INTERVAL_MINUTES = 1440
/** Failure backoff is interval * 2^failures, capped here (the 24 h). */
export const MAX_BACKOFF_MINUTES = 24 * 60
/** Queue sendBatch accepts at most 100 messages. */
export const QUEUE_BATCH_MAX = 100
/** Feeds selected per cron run: 5,000 due feeds fit in one run (50 sendBatch calls). */
export const MAX_FEEDS_PER_CRON = 5_000
/** A claimed feed is not re-enqueued for this long, so overlapping cron runs do not double-send. */
export const FETCH_LEASE_MINUTES = 10

// ── Parsing ───────────────────────────────────────────────────────────────────
/** Items kept from one document: bounds D1 work per invocation. */
export const MAX_ITEMS_PER_FEED = 500

import type { IngestSummary } from '../ingest/types'
import { iso } from '../lib/time'

/** A feeds row as stored. */
export interface FeedRow {
  id: number
  url: string
  url_key: string
  title: string | null
  site_url: string | null
  lang: string | null
  enabled: number
  interval_minutes: number
  etag: string | null
  last_modified: string | null
  last_fetched_at: number | null
  last_status: 'ok' | 'not_modified' | 'error' | 'never'
  last_error: string | null
  consecutive_failures: number
  next_fetch_at: number
  lease_until: number
  hint_minutes: number | null
  article_count: number
  /** JSON of the last document's ingest summary (IngestSummary plus "at"), or null before one. */
  last_ingest: string | null
  deleted_at: number | null
  created_at: number
  updated_at: number
}

/** The public feed object (the Feed schema of /openapi.json). */
export interface FeedView {
  id: string
  url: string
  title: string | null
  site_url: string | null
  enabled: boolean
  interval_minutes: number
  lang: string | null
  last_fetched_at: string | null
  last_status: FeedRow['last_status']
  last_error: string | null
  consecutive_failures: number
  next_fetch_at: string | null
  article_count: number
  last_ingest: LastIngestView | null
  created_at: string | null
}

/** The feed's last ingested document, item by item accounted for (IngestSummary, see src/ingest/types.ts). */
export type LastIngestView = IngestSummary & { at: string }

export function toFeedView(r: FeedRow): FeedView {
  return {
    id: String(r.id),
    url: r.url,
    title: r.title,
    site_url: r.site_url,
    enabled: r.enabled === 1,
    interval_minutes: r.interval_minutes,
    lang: r.lang,
    last_fetched_at: iso(r.last_fetched_at),
    last_status: r.last_status,
    last_error: r.last_error,
    consecutive_failures: r.consecutive_failures,
    next_fetch_at: iso(r.next_fetch_at),
    article_count: r.article_count,
    // A last_ingest recorded before edits were applied (migrations/0030) had none: 0 of each.
    last_ingest: r.last_ingest
      ? ({ updated: 0, outdated: 0, ...JSON.parse(r.last_ingest) } as LastIngestView)
      : null,
    created_at: iso(r.created_at),
  }
}

export interface NewFeed {
  url: string
  urlKey: string
  title: string | null
  lang: string | null
  intervalMinutes: number
  now: number
}

/**
 * Inserts a feed, due at once. A soft-deleted feed with the same normalised URL is revived
 * (same id, so its archived articles reconnect). Returns null when a live feed already has that URL.
 */
export async function insertFeed(db: D1Database, f: NewFeed): Promise<FeedRow | null> {
  return db
    .prepare(
      `INSERT INTO feeds (url, url_key, title, lang, interval_minutes, next_fetch_at, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)
       ON CONFLICT (url_key) DO UPDATE SET
         url = excluded.url, title = coalesce(excluded.title, feeds.title), lang = coalesce(excluded.lang, feeds.lang),
         interval_minutes = excluded.interval_minutes, enabled = 1, deleted_at = NULL,
         next_fetch_at = excluded.next_fetch_at, lease_until = 0, updated_at = excluded.updated_at
       WHERE feeds.deleted_at IS NOT NULL
       RETURNING *`,
    )
    .bind(f.url, f.urlKey, f.title, f.lang, f.intervalMinutes, f.now)
    .first<FeedRow>()
}

export function getFeed(db: D1Database, id: number): Promise<FeedRow | null> {
  return db.prepare('SELECT * FROM feeds WHERE id = ? AND deleted_at IS NULL').bind(id).first<FeedRow>()
}

export function getFeedByUrlKey(db: D1Database, urlKey: string): Promise<FeedRow | null> {
  return db
    .prepare('SELECT * FROM feeds WHERE url_key = ? AND deleted_at IS NULL')
    .bind(urlKey)
    .first<FeedRow>()
}

export async function listFeeds(db: D1Database): Promise<FeedRow[]> {
  const { results } = await db
    .prepare('SELECT * FROM feeds WHERE deleted_at IS NULL ORDER BY id')
    .all<FeedRow>()
  return results
}

export interface FeedPatch {
  url?: string
  urlKey?: string
  title?: string | null
  lang?: string | null
  intervalMinutes?: number
  enabled?: boolean
}

/** Applies a partial update; re-enabling or changing the URL makes the feed due at once. */
export async function updateFeed(
  db: D1Database,
  id: number,
  p: FeedPatch,
  now: number,
): Promise<FeedRow | null> {
  const sets: string[] = []
  const args: unknown[] = []
  const set = (col: string, v: unknown) => {
    sets.push(`${col} = ?`)
    args.push(v)
  }
  if (p.url !== undefined && p.urlKey !== undefined) {
    set('url', p.url)
    set('url_key', p.urlKey)
    set('etag', null)
    set('last_modified', null)
    set('next_fetch_at', now)
  }
  if (p.title !== undefined) set('title', p.title)
  if (p.lang !== undefined) set('lang', p.lang)
  if (p.intervalMinutes !== undefined) set('interval_minutes', p.intervalMinutes)
  if (p.enabled !== undefined) {
    set('enabled', p.enabled ? 1 : 0)
    if (p.enabled) set('next_fetch_at', now)
  }
  set('updated_at', now)
  return db
    .prepare(`UPDATE feeds SET ${sets.join(', ')} WHERE id = ? AND deleted_at IS NULL RETURNING *`)
    .bind(...args, id)
    .first<FeedRow>()
}

/** Soft delete: the feed stops being fetched and listed; its articles stay searchable. */
export async function softDeleteFeed(db: D1Database, id: number, now: number): Promise<boolean> {
  const r = await db
    .prepare(
      'UPDATE feeds SET deleted_at = ?1, enabled = 0, updated_at = ?1 WHERE id = ?2 AND deleted_at IS NULL',
    )
    .bind(now, id)
    .run()
  return r.meta.changes > 0
}

/**
 * Claims up to `limit` due feeds for fetching: sets a lease so that an overlapping cron run
 * does not enqueue them again before the consumer has handled them (or the lease expires).
 */
export async function claimDueFeeds(
  db: D1Database,
  now: number,
  leaseUntil: number,
  limit: number,
): Promise<number[]> {
  const { results } = await db
    .prepare(
      `UPDATE feeds SET lease_until = ?2
       WHERE id IN (SELECT id FROM feeds
                    WHERE enabled = 1 AND deleted_at IS NULL AND next_fetch_at <= ?1 AND lease_until <= ?1
                    ORDER BY next_fetch_at LIMIT ?3)
       RETURNING id`,
    )
    .bind(now, leaseUntil, limit)
    .all<{ id: number }>()
  return results.map((r) => r.id)
}

/** Gives claimed feeds back (their messages could not be sent) so the next cron run retries them. */
export async function releaseFeeds(db: D1Database, ids: number[]): Promise<void> {
  if (ids.length === 0) return
  await db
    .prepare(`UPDATE feeds SET lease_until = 0 WHERE id IN (SELECT value FROM json_each(?))`)
    .bind(JSON.stringify(ids))
    .run()
}

/** The fetch-state columns a fetch attempt writes (see src/ingest/schedule.ts for how they are computed). */
export interface FetchOutcome {
  status: 'ok' | 'not_modified' | 'error'
  error: string | null
  consecutiveFailures: number
  fetchedAt: number
  nextFetchAt: number
  etag?: string | null
  lastModified?: string | null
  hintMinutes?: number | null
  /** A permanent redirect moved the feed. */
  movedTo?: { url: string; urlKey: string }
  /** Feed metadata learnt from the document, applied only where the row has none. */
  title?: string | null
  siteUrl?: string | null
  lang?: string | null
  /** JSON of the ingest summary of the document (ok fetches only). */
  lastIngest?: string
}

/** The UPDATE recording a fetch attempt; returned as a statement so the store can put it in its batch. */
export function fetchOutcomeStatement(db: D1Database, feedId: number, o: FetchOutcome): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE feeds SET
         last_status = ?2, last_error = ?3, consecutive_failures = ?4, last_fetched_at = ?5, next_fetch_at = ?6,
         lease_until = 0,
         etag = CASE WHEN ?7 THEN ?8 ELSE etag END,
         last_modified = CASE WHEN ?7 THEN ?9 ELSE last_modified END,
         hint_minutes = CASE WHEN ?7 THEN ?10 ELSE hint_minutes END,
         title = coalesce(title, ?11), site_url = coalesce(?12, site_url), lang = coalesce(lang, ?13),
         last_ingest = coalesce(?14, last_ingest), updated_at = ?5
       WHERE id = ?1`,
    )
    .bind(
      feedId,
      o.status,
      o.error,
      o.consecutiveFailures,
      o.fetchedAt,
      o.nextFetchAt,
      o.status !== 'error' ? 1 : 0,
      o.etag ?? null,
      o.lastModified ?? null,
      o.hintMinutes ?? null,
      o.title ?? null,
      o.siteUrl ?? null,
      o.lang ?? null,
      o.lastIngest ?? null,
    )
}

/**
 * Moves a feed to the URL a permanent redirect pointed at, unless another live feed already
 * has it (then the redirect is only followed, not stored).
 */
export function moveFeedStatement(
  db: D1Database,
  feedId: number,
  url: string,
  urlKey: string,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE feeds SET url = ?2, url_key = ?3
       WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM feeds WHERE url_key = ?3 AND id <> ?1)`,
    )
    .bind(feedId, url, urlKey)
}

export function incrementArticleCountStatement(
  db: D1Database,
  feedId: number,
  by: number,
): D1PreparedStatement {
  return db.prepare('UPDATE feeds SET article_count = article_count + ?2 WHERE id = ?1').bind(feedId, by)
}

import { type FeedRow, type FetchOutcome, fetchOutcomeStatement, moveFeedStatement } from '../db/feeds'
import { countRoundTrips, d1Cost } from '../db/round-trips'
import type { Env } from '../env'
import { ApiError, FetchFailed } from '../errors'
import { canonicalizeUrl } from '../lib/canonical-url'
import { allowsPrivateUrls } from '../lib/url-policy'
import { fetchFeed } from './fetch'
import { normaliseItems } from './normalise'
import { parseFeed } from './parse'
import { nextAfterFailure, nextAfterSuccess, refreshHintMinutes } from './schedule'
import { storeArticles } from './store'
import type { FetchResult, IngestSummary, ParsedFeed } from './types'

/** The ingest summary plus what it cost in D1 round trips and statements (observable, see docs/benchmarks.md). */
export type IngestReport = IngestSummary & { round_trips: number; d1_statements: number }

/**
 * Fetches one feed (conditional GET) and ingests it. Failures of the feed itself (network, HTTP
 * status, not a feed, malformed) are recorded on the feed with backoff and reported in the summary;
 * only platform failures (D1 unavailable) throw, so the queue retries them.
 */
export async function fetchAndIngest(env: Env, feed: FeedRow, now: number): Promise<IngestReport> {
  const counter = countRoundTrips(env.DB)
  const db = counter.db
  let fetched: FetchResult
  try {
    fetched = await fetchFeed(
      feed.url,
      { etag: feed.etag, lastModified: feed.last_modified },
      { allowPrivate: allowsPrivateUrls(env.ALLOW_PRIVATE_URLS) },
    )
  } catch (err) {
    return { ...(await recordFailure(db, feed, now, err)), ...d1Cost(counter) }
  }
  const moved = fetched.permanentUrl ? movedTo(fetched.permanentUrl) : undefined
  const extra = moved ? [moveFeedStatement(db, feed.id, moved.url, moved.urlKey)] : []
  const hint = refreshHintMinutes(undefined, fetched.maxAgeSeconds)

  if (fetched.kind === 'not_modified') {
    const outcome: FetchOutcome = {
      status: 'not_modified',
      error: null,
      consecutiveFailures: 0,
      fetchedAt: now,
      nextFetchAt: nextAfterSuccess(now, feed.interval_minutes, hint ?? feed.hint_minutes),
      etag: fetched.etag ?? feed.etag,
      lastModified: fetched.lastModified ?? feed.last_modified,
      hintMinutes: hint ?? feed.hint_minutes,
    }
    await db.batch([fetchOutcomeStatement(db, feed.id, outcome), ...extra])
    return { status: 'not_modified', items: 0, inserted: 0, duplicates: 0, ...d1Cost(counter) }
  }

  try {
    const summary = await ingestParsed(env, db, feed, parseFeed(fetched.text, fetched.finalUrl), now, {
      baseUrl: fetched.finalUrl,
      etag: fetched.etag ?? null,
      lastModified: fetched.lastModified ?? null,
      maxAgeSeconds: fetched.maxAgeSeconds,
      extraStatements: extra,
    })
    return { ...summary, ...d1Cost(counter) }
  } catch (err) {
    if (!(err instanceof ApiError)) throw err
    return { ...(await recordFailure(db, feed, now, err)), ...d1Cost(counter) }
  }
}

/** HTTP facts of the fetch that produced a document (absent for POST /api/ingest). */
export interface DocumentOrigin {
  baseUrl: string
  etag: string | null
  lastModified: string | null
  maxAgeSeconds?: number
  extraStatements?: D1PreparedStatement[]
}

/** Normalises and stores a parsed feed document as if fetched from the feed's URL. */
export async function ingestParsed(
  env: Env,
  db: D1Database,
  feed: FeedRow,
  parsed: ParsedFeed,
  now: number,
  origin: DocumentOrigin,
): Promise<IngestSummary> {
  const items = await normaliseItems(parsed, {
    feedUrl: origin.baseUrl,
    feedLang: feed.lang ?? parsed.lang,
    fetchedAt: now,
  })
  const hint = refreshHintMinutes(parsed.ttlMinutes, origin.maxAgeSeconds)
  const outcome = successOutcome(feed, parsed, now, hint, origin)
  const stored = await storeArticles(env, db, feed.id, items, now, [
    fetchOutcomeStatement(db, feed.id, outcome),
    ...(origin.extraStatements ?? []),
  ])
  return {
    status: 'ok',
    items: parsed.items.length,
    inserted: stored.inserted,
    duplicates: parsed.items.length - stored.inserted,
  }
}

function successOutcome(
  feed: FeedRow,
  parsed: ParsedFeed,
  now: number,
  hint: number | null,
  origin: DocumentOrigin,
): FetchOutcome {
  return {
    status: 'ok',
    error: null,
    consecutiveFailures: 0,
    fetchedAt: now,
    nextFetchAt: nextAfterSuccess(now, feed.interval_minutes, hint),
    etag: origin.etag,
    lastModified: origin.lastModified,
    hintMinutes: hint,
    title: parsed.title?.trim() || null,
    siteUrl: parsed.siteUrl ?? null,
    lang: parsed.lang ?? null,
  }
}

async function recordFailure(
  db: D1Database,
  feed: FeedRow,
  now: number,
  err: unknown,
): Promise<IngestSummary> {
  if (!(err instanceof FetchFailed) && !(err instanceof ApiError)) throw err
  const failures = feed.consecutive_failures + 1
  const message = describeFailure(err)
  const retryAfter = err instanceof FetchFailed ? err.retryAfterSeconds : undefined
  await fetchOutcomeStatement(db, feed.id, {
    status: 'error',
    error: message,
    consecutiveFailures: failures,
    fetchedAt: now,
    nextFetchAt: nextAfterFailure(now, feed.interval_minutes, failures, retryAfter),
  }).run()
  return { status: 'error', items: 0, inserted: 0, duplicates: 0, error: message }
}

function describeFailure(err: FetchFailed | ApiError): string {
  if (err instanceof ApiError) return `${err.code}: ${err.message}`
  return err.httpStatus ? `HTTP ${err.httpStatus}: ${err.message}` : err.message
}

function movedTo(url: string): { url: string; urlKey: string } {
  return { url, urlKey: canonicalizeUrl(url) }
}

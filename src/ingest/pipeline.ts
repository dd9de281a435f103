import { type FeedRow, type FetchOutcome, fetchOutcomeStatement, moveFeedStatement } from '../db/feeds'
import { countRoundTrips, d1Cost } from '../db/round-trips'
import type { Env } from '../env'
import { ApiError, FetchFailed } from '../errors'
import { canonicalizeUrl } from '../lib/canonical-url'
import { iso } from '../lib/time'
import { allowsPrivateUrls } from '../lib/url-policy'
import { fetchFeed } from './fetch'
import { normaliseItems } from './normalise'
import { parseFeed } from './parse'
import { nextAfterFailure, nextAfterSuccess, refreshHintMinutes } from './schedule'
import { type StoreResult, storeArticles } from './store'
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
    return { ...emptySummary('not_modified'), ...d1Cost(counter) }
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

/**
 * Normalises and stores a parsed feed document as if fetched from the feed's URL. The summary
 * accounts for every item of the document, and the feed keeps it as last_ingest (written in the
 * same transaction as the articles).
 */
export async function ingestParsed(
  env: Env,
  db: D1Database,
  feed: FeedRow,
  parsed: ParsedFeed,
  now: number,
  origin: DocumentOrigin,
): Promise<IngestSummary> {
  const articles = await normaliseItems(parsed, {
    feedUrl: origin.baseUrl,
    feedLang: feed.lang ?? parsed.lang,
    fetchedAt: now,
  })
  const hint = refreshHintMinutes(parsed.ttlMinutes, origin.maxAgeSeconds)
  const outcome = successOutcome(feed, parsed, now, hint, origin)
  let summary = emptySummary('ok')
  await storeArticles(env, db, feed.id, articles, now, (stored) => {
    summary = summarise(parsed, articles.length, stored)
    const lastIngest = JSON.stringify({ at: iso(now), ...summary })
    return [fetchOutcomeStatement(db, feed.id, { ...outcome, lastIngest }), ...(origin.extraStatements ?? [])]
  })
  return summary
}

function summarise(parsed: ParsedFeed, normalised: number, stored: StoreResult): IngestSummary {
  const overLimit = parsed.itemsOverLimit ?? 0
  const { same_guid, same_url, same_content } = stored.merged
  return {
    status: 'ok',
    items: parsed.items.length + overLimit,
    inserted: stored.inserted,
    duplicates: same_guid + same_url + same_content,
    near_duplicate_candidates: stored.candidatesCompared,
    merged: stored.merged,
    updated: stored.edited.updated,
    outdated: stored.edited.outdated,
    skipped: { empty: parsed.items.length - normalised, over_limit: overLimit },
    warnings: parsed.warnings ?? [],
  }
}

function emptySummary(status: IngestSummary['status']): IngestSummary {
  return {
    status,
    items: 0,
    inserted: 0,
    duplicates: 0,
    merged: { same_guid: 0, same_url: 0, same_content: 0 },
    updated: 0,
    outdated: 0,
    skipped: { empty: 0, over_limit: 0 },
    warnings: [],
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
  return { ...emptySummary('error'), error: message }
}

function describeFailure(err: FetchFailed | ApiError): string {
  if (err instanceof ApiError) return `${err.code}: ${err.message}`
  return err.httpStatus ? `HTTP ${err.httpStatus}: ${err.message}` : err.message
}

function movedTo(url: string): { url: string; urlKey: string } {
  return { url, urlKey: canonicalizeUrl(url) }
}

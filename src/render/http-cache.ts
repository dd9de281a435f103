import { toBase64url } from '../lib/base64'
import { FEED_MAX_AGE_SECONDS } from '../limits'
import { VERSION } from '../version'

/**
 * Conditional GET for feed documents. Feed readers poll every few minutes, so the validators
 * are computed from cheap facts (the newest matching article, the filter, the format, the
 * renderer version) BEFORE any rows are read or any XML is built; a 304 costs one indexed query.
 */

/** Bump when the rendered output changes for the same data, so cached copies are revalidated. */
const FEED_RENDERER_VERSION = 1

export interface FeedValidators {
  /** Weak: the same inputs always render the same feed, but compression may change the bytes. */
  etag: string
  /** Epoch ms of the last change (newest matching article's fetch time); null for an empty feed. */
  lastModified: number | null
}

/** Everything a feed document depends on besides the article rows themselves. */
export interface FeedStamp {
  format: string
  filterQuery: string
  selfUrl: string
  title: string
  description: string
  /** Extra state of the caller (e.g. a watch's updated_at) that changes the document. */
  cacheKey?: string
  newest: { id: number; published_at: number; fetched_at: number } | null
}

/** 128 bits of SHA-256: collisions between two states of one URL are not a practical concern. */
const ETAG_HASH_CHARS = 22

export async function feedValidators(stamp: FeedStamp): Promise<FeedValidators> {
  const material = JSON.stringify([
    FEED_RENDERER_VERSION,
    VERSION,
    stamp.format,
    stamp.filterQuery,
    stamp.selfUrl,
    stamp.title,
    stamp.description,
    stamp.cacheKey ?? null,
    stamp.newest ? [stamp.newest.id, stamp.newest.published_at, stamp.newest.fetched_at] : null,
  ])
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(material))
  return {
    etag: `W/"${toBase64url(digest).slice(0, ETAG_HASH_CHARS)}"`,
    lastModified: stamp.newest ? stamp.newest.fetched_at : null,
  }
}

/** The opaque part of an entity tag, for weak comparison (RFC 9110 §8.8.3.2). */
const opaqueTag = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag)

// Entity tags may contain commas, so the list is tokenised, not split.
const ETAG_LIST_ITEM = /\*|(?:W\/)?"[^"]*"/g

/** If-None-Match: "*" or a list of tags, any of which weakly matches ours. */
export function ifNoneMatchMatches(header: string, etag: string): boolean {
  const ours = opaqueTag(etag)
  for (const [tag] of header.matchAll(ETAG_LIST_ITEM)) {
    if (tag === '*' || opaqueTag(tag) === ours) return true
  }
  return false
}

/**
 * RFC 9110 §13.2.2 order: If-None-Match decides when present (If-Modified-Since is then
 * ignored); otherwise If-Modified-Since at HTTP-date (whole second) precision.
 */
export function isNotModified(headers: Headers, v: FeedValidators): boolean {
  const inm = headers.get('if-none-match')
  if (inm !== null) return ifNoneMatchMatches(inm, v.etag)
  const ims = headers.get('if-modified-since')
  if (ims === null || v.lastModified === null) return false
  const since = Date.parse(ims)
  if (Number.isNaN(since)) return false
  return Math.floor(v.lastModified / 1000) * 1000 <= since
}

const httpDate = (ms: number) => new Date(ms).toUTCString()

/**
 * Validators and caching policy, identical on 200 and 304. With READ_TOKEN set the feed is
 * private: shared caches must not hand it to someone without the token.
 */
export function cachingHeaders(
  v: FeedValidators,
  opts: { readTokenRequired: boolean },
): Record<string, string> {
  const headers: Record<string, string> = {
    ETag: v.etag,
    'Cache-Control': `${opts.readTokenRequired ? 'private' : 'public'}, max-age=${FEED_MAX_AGE_SECONDS}`,
    Vary: opts.readTokenRequired ? 'Accept-Encoding, Authorization' : 'Accept-Encoding',
  }
  if (v.lastModified !== null) headers['Last-Modified'] = httpDate(v.lastModified)
  return headers
}

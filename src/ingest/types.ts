/**
 * The typed boundaries of the ingest path:
 *   fetch → decode → parse → normalise → dedupe → (tag) → store
 * Each stage takes data and returns data; only fetch and store touch the platform.
 */

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json'

/** A feed document as parsed, before any cleaning. Strings are entity-decoded, HTML left as HTML. */
export interface ParsedFeed {
  format: FeedFormat
  /** e.g. "2.0", "0.91", "1.0", "1.1" */
  version?: string
  title?: string
  /** The site's home page (RSS channel link, Atom rel=alternate, JSON home_page_url). */
  siteUrl?: string
  /** Declared language, lower-case primary subtag ("en", "ko"). */
  lang?: string
  /** RSS <ttl> (minutes) or equivalent refresh hint. */
  ttlMinutes?: number
  items: ParsedItem[]
  /** Items of the document beyond MAX_ITEMS_PER_FEED, not read. */
  itemsOverLimit?: number
  /** Problems that did not stop the parse (a truncated document salvaged...), for the feed's owner. */
  warnings?: string[]
}

export interface ParsedItem {
  /** guid / Atom id / JSON Feed id, trimmed. */
  guid?: string
  /** Absolute URL (relative links already resolved against xml:base / feed URL). */
  link?: string
  title?: string
  /** Full body as HTML (content:encoded, Atom content, content_html) or text wrapped as HTML-escaped. */
  contentHtml?: string
  /** Short description/summary as HTML. */
  summaryHtml?: string
  author?: string
  /** Published time as epoch ms, or undefined when missing or unparseable (caller falls back to fetch time). */
  publishedAt?: number
  /** Updated time as epoch ms, when given separately. */
  updatedAt?: number
  categories: string[]
  imageUrl?: string
  enclosures: { url: string; type?: string; length?: number }[]
  /** Item language when the format carries one (JSON Feed item.language, xml:lang). */
  lang?: string
  /**
   * Base URL for relative references inside contentHtml/summaryHtml when it differs from the
   * feed URL (Atom xml:base on the feed, entry or content; RSS xml:base). Set by the parser.
   */
  baseUrl?: string
}

/** An item ready to store: plain text, canonical URL, language, identity key. */
export interface NormalizedArticle {
  /** Identity within the feed: "guid:<guid>" | "url:<article URL key>" | "hash:<sha256>" (see identity.ts). */
  itemKey: string
  title: string
  /** The link as published (absolute), or null when the item has none. */
  url: string | null
  /**
   * articleUrlKey(url): identity across feeds (scheme, a leading "www.", trailing slash, tracking and
   * noise fragments aside).
   */
  canonicalUrl: string | null
  /** Plain text, at most SUMMARY_MAX_CHARS. */
  summary: string
  /** Plain text of the full body (or the summary when there is no body). */
  content: string
  lang: string
  publishedAt: number
  author: string | null
  imageUrl: string | null
  /** sha-256 hex of title + content, used for change detection and hash identity. */
  contentHash: string
  /**
   * The first 16 hex digits of the sha-256 of title, summary and content with whitespace runs
   * collapsed: two versions of an item differ materially exactly when these differ (articles.version_hash).
   */
  versionHash: string
  /** The item's own date for this version (updated, else published; future dates clamped), or null. */
  versionAt: number | null
}

/** The result of fetching a feed URL (conditional GET honoured). */
export type FetchResult =
  | {
      kind: 'ok'
      /** Decoded text of the body (charset from header, BOM or XML declaration). */
      text: string
      /** Final URL after redirects. */
      finalUrl: string
      /** Set when a permanent redirect (301/308) was followed: the URL to store. */
      permanentUrl?: string
      etag?: string
      lastModified?: string
      /** Cache-Control max-age in seconds, if any. */
      maxAgeSeconds?: number
      status: number
    }
  | {
      kind: 'not_modified'
      finalUrl: string
      permanentUrl?: string
      etag?: string
      lastModified?: string
      maxAgeSeconds?: number
    }

export interface ConditionalHeaders {
  etag?: string | null
  lastModified?: string | null
}

/** Items folded into an article that already existed, by the rule that matched (see plan.ts). */
export interface MergeCounts {
  /** Already known in this feed: a re-fetch, or the same item listed twice in the document. */
  same_guid: number
  /** Another feed's article with the same link (and the same story), or this item re-keyed. */
  same_url: number
  /** Another feed's recent article with exactly the same title and text. */
  same_content: number
}

/**
 * Items known in their feed (counted in merged.same_guid) that came back with materially changed text
 * (title, summary or body; whitespace aside), by outcome. See plan.ts rule 1.
 */
export interface EditCounts {
  /** The article took the new text, and was re-tagged and re-indexed. */
  updated: number
  /** Dated before the version stored: not applied. */
  outdated: number
}

/** Items of the document that were not stored, by reason. */
export interface SkippedCounts {
  /** No title, no text, no link, no enclosure: nothing to show. */
  empty: number
  /** Beyond MAX_ITEMS_PER_FEED in one document. */
  over_limit: number
}

/**
 * What an ingest run answers (POST /api/feeds/:id/fetch, /api/ingest), and what the feed keeps
 * as last_ingest. Every item is accounted for:
 *   items = inserted + duplicates + skipped.empty + skipped.over_limit,
 *   duplicates = merged.same_guid + merged.same_url + merged.same_content,
 *   updated + outdated <= merged.same_guid (edits are items known in their feed, counted there too).
 */
export interface IngestSummary {
  status: 'ok' | 'not_modified' | 'error'
  items: number
  inserted: number
  duplicates: number
  merged: MergeCounts
  /** Known items with edited text whose article took it (see EditCounts). */
  updated: number
  /** Known items with edited text dated before the stored version: left as stored. */
  outdated: number
  skipped: SkippedCounts
  /** Problems with the document that did not stop the ingest (a truncated document salvaged...). */
  warnings: string[]
  error?: string
  /** Story representatives compared to find near-duplicates (bounded per item; a bench figure). */
  near_duplicate_candidates?: number
}

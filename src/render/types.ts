/** The three feed formats Seismo serves. */
export type FeedFormat = 'rss' | 'atom' | 'json'

/** Everything about a feed document except its items; all URLs absolute. Input of the writers. */
export interface FeedChannel {
  /** e.g. "Seismo: russia + north-korea · arms-trade" */
  title: string
  description: string
  /** Absolute URL of this very document (rel=self, feed_url). */
  selfUrl: string
  /** Absolute URL of the same selection as a browsable resource (RSS link, rel=alternate, home_page_url). */
  homeUrl: string
  /** Public base URL of this Seismo ("https://seismo.example"), no trailing slash. */
  baseUrl: string
  /** Stable identity of the feed (Atom id), a tag: URI derived from the filter. */
  id: string
  /** Epoch ms of the last change: the newest matching article's fetch time; null for an empty feed. */
  updated: number | null
  /** Set when every item is in one language (a single-language filter). */
  language?: string | null
  /** How long readers may cache the document, in minutes (RSS ttl). */
  ttlMinutes: number
}

/**
 * One article made safe and format-neutral: every string cleaned of XML-illegal characters,
 * URLs http(s) only (or null), html sanitised. The writers only map these fields.
 */
export interface FeedEntry {
  /** Stable, globally unique id (tag: URI) used as guid / Atom id / JSON Feed id. */
  id: string
  articleId: string
  title: string
  url: string | null
  /** Plain-text summary. */
  summary: string
  /** Sanitised HTML body: escaped paragraphs, the tag line, the source link. */
  html: string
  /** Epoch ms. */
  publishedAt: number
  author: string | null
  /** Where the article came from. */
  source: { name: string; feedUrl: string }
  imageUrl: string | null
  lang: string | null
  actors: string[]
  events: string[]
  clusterId: string
}

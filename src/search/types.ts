import type { ArticleView } from '../db/article-view'

/**
 * A parsed filter (README "Using it"), shared by search, feed outputs, trends and watches.
 * actors/events: AND across groups (repeated params), OR within a group (commas).
 */
export interface Filter {
  /** The raw q text, if any (for descriptions and stamps). */
  q?: string
  /** Parsed q; undefined when no q. */
  query?: ParsedQuery
  actors: string[][]
  events: string[][]
  /** Feed ids, OR. */
  feeds: number[]
  /** Languages, OR. */
  langs: string[]
  /** Epoch ms bounds on published_at (inclusive since, exclusive-or-inclusive until per docs). */
  since?: number
  until?: number
}

/** The query language: words AND, "phrases", -exclusions, OR between terms. */
export type QueryNode =
  | { kind: 'term'; text: string }
  | { kind: 'phrase'; text: string }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode }

export interface ParsedQuery {
  root: QueryNode
}

/** The text an in-memory query evaluation looks at (same semantics as the FTS index). */
export interface MatchableText {
  title: string
  summary: string
  content: string
}

export interface SearchOptions {
  sort: 'relevance' | 'date'
  limit: number
  cursor?: string
  /** Show every copy of a clustered story instead of one per cluster. */
  expandClusters?: boolean
}

/** A search result: the article plus, when q was given, a snippet (HTML-escaped text, matches in <mark>). */
export interface SearchItem extends ArticleView {
  snippet?: string | null
}

export interface SearchPage {
  items: SearchItem[]
  next_cursor: string | null
  total?: number
}

/** An article as watches and in-memory filter checks see it (a freshly ingested one). */
export interface MatchableArticle extends MatchableText {
  id: number
  lang: string
  feedId: number
  publishedAt: number
  actors: string[]
  events: string[]
}

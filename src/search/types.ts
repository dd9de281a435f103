import type { ArticleView } from '../db/article-view'
import type { Modality } from '../tagging/types'

/** The filter grammar's query parameters (README "Using it"): what searches, feeds, trends and watches share. */
export const FILTER_PARAM_NAMES = [
  'q',
  'actor',
  'event',
  'source',
  'target',
  'modality',
  'feed',
  'lang',
  'since',
  'until',
] as const

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
  /**
   * source=, target=, modality=: ONE event record must satisfy every group at once (with the
   * event groups, which then move here from `events`). Absent: events are article tags (rule 4).
   */
  record?: RecordFilter
}

/**
 * What one event record must satisfy. A source/target slug matches a record whose role is that
 * actor or one implying it (source=russia: Russia, Putin, Lavrov...).
 */
export interface RecordFilter {
  /** Event groups: AND of OR, on the record's event. */
  events: string[][]
  sources: string[][]
  targets: string[][]
  /** The record's modality is one of these (OR); by default those that tag articles (rule 4). */
  modalities: Modality[]
  /** modality= was given (canonical strings and descriptions name it). */
  explicitModality: boolean
}

/** A record as in-memory matching sees it: each role with the actors it implies (Putin: putin, russia). */
export interface MatchableRecord {
  event: string
  modality: Modality
  source: string[]
  target: string[]
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
  /** Event records; absent = none (a filter with source/target/modality then cannot match). */
  records?: MatchableRecord[]
}

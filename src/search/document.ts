import { MAX_INDEXED_CHARS } from '../limits'
import { tokenize } from './tokenize'
import type { MatchableText } from './types'

/**
 * The three indexed columns of an article, as token lists. Order matters: it is the column order
 * of the FTS5 table (migrations/0003_search.sql) and the relevance tiers use the names.
 *   title — the headline (ranks highest)
 *   lead  — the summary: news puts the story in its first paragraph (ranks second)
 *   body  — the full plain-text content
 * The indexer and the in-memory matcher both go through here, so they see the same tokens.
 */
export interface DocumentTokens {
  title: string[]
  lead: string[]
  body: string[]
}

export const SEARCH_COLUMNS = ['title', 'lead', 'body'] as const
export type SearchColumn = (typeof SEARCH_COLUMNS)[number]

const clip = (s: string) => (s.length > MAX_INDEXED_CHARS ? s.slice(0, MAX_INDEXED_CHARS) : s)

export function documentTokens(text: MatchableText): DocumentTokens {
  return {
    title: tokenize(clip(text.title ?? '')),
    lead: tokenize(clip(text.summary ?? '')),
    body: tokenize(clip(text.content ?? '')),
  }
}

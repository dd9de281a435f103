import { MAX_INDEXED_CHARS } from '../limits'
import { tokenize } from './tokenize'
import type { MatchableText } from './types'

/**
 * The three indexed columns of an article, as token lists. Order matters: it is the column order
 * of the FTS5 table (migrations/0003_search.sql), whose bm25 weights follow it
 * (src/db/search-ranked.ts RELEVANCE_WEIGHTS).
 *   title — the headline (weighs most)
 *   lead  — the summary: news puts the story in its first paragraph (weighs second)
 *   body  — the full plain-text content
 * The indexer and the in-memory matcher both go through here, so they see the same tokens.
 */
export interface DocumentTokens {
  title: string[]
  lead: string[]
  body: string[]
}

export const SEARCH_COLUMNS = ['title', 'lead', 'body'] as const

const clip = (s: string) => (s.length > MAX_INDEXED_CHARS ? s.slice(0, MAX_INDEXED_CHARS) : s)

/**
 * The tokens of one article's columns. The ingest store asks three times for the same article
 * (its FTS row, the watch index's word keys, then q evaluation), each time through a different
 * object holding the same strings: the last result is remembered by those strings, so an
 * article is tokenised once. (Callers must not mutate the returned arrays.)
 */
export function documentTokens(text: MatchableText): DocumentTokens {
  const title = text.title ?? ''
  const summary = text.summary ?? ''
  const content = text.content ?? ''
  if (last && last.title === title && last.summary === summary && last.content === content) return last.tokens
  const tokens = {
    title: tokenize(clip(title)),
    lead: tokenize(clip(summary)),
    body: tokenize(clip(content)),
  }
  last = { title, summary, content, tokens }
  return tokens
}

let last: { title: string; summary: string; content: string; tokens: DocumentTokens } | null = null

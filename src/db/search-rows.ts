/** The rows a search page reads (search-date.ts, search-ranked.ts), and the bodies its snippets need. */

import { SNIPPET_BODY_CHARS } from '../limits'
import { type StoredTextRow, textColumns, unpackRow } from './article-text'
import type { ArticleRow } from './article-view'
import { list, Params } from './filter-sql'

/** An article row plus the start of its body when q is set (for the snippet). */
export interface SearchRow extends ArticleRow {
  body: string | null
  /** 1 when body is only the first SNIPPET_BODY_CHARS of it. */
  body_cut: number
  /** The whole body of a packed row (read with its summary); null or absent otherwise. */
  content?: string | null
  /** Ranked pages only (runRanked reads them once): the greatest article id, and the window's size. */
  snapshot?: number
  window_size?: number
}

/**
 * The start of the body, for snippets: a page of 20 full bodies can weigh megabytes. A packed
 * row's body comes whole with its packed text (ARTICLE_ROW_COLUMNS; about a third of the bytes).
 */
export const BODY_PREFIX =
  `CASE WHEN typeof(a.content) = 'text' THEN substr(a.content, 1, ${SNIPPET_BODY_CHARS}) END AS body, ` +
  `typeof(a.content) = 'text' AND length(a.content) > ${SNIPPET_BODY_CHARS} AS body_cut`

/** Rows of a search page. A packed row is unpacked here: its summary, and its whole body as `content` and `body`. */
export async function readSearchRows(db: D1Database, sql: string, values: unknown[]): Promise<SearchRow[]> {
  const res = await db
    .prepare(sql)
    .bind(...values)
    .all<SearchRow>()
  for (const r of res.results) if (r.packed_text) r.body = unpackRow(r).content
  return res.results
}

/** The plain text of some articles (snippets need the body when the lead has no match). */
export async function articleContents(db: D1Database, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map()
  const p = new Params()
  const res = await db
    .prepare(
      `SELECT a.id, ${textColumns('a')} FROM articles a WHERE a.id IN (${list(ids.map((id) => p.add(id)))})`,
    )
    .bind(...p.values)
    .all<{ id: number } & StoredTextRow>()
  return new Map(res.results.map((r) => [r.id, unpackRow(r).content ?? '']))
}

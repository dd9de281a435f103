/**
 * The naive search the search benchmark measures against (served by bench/worker.ts only, never
 * by the production Worker): `%word%` LIKE over title, summary and content plus the same non-text
 * filter conditions, ordered like the real search as far as LIKE can: newest first (date), or
 * title hits, then lead hits, then the rest, newest ingested first (relevance: LIKE cannot compute
 * bm25, and like bm25 this order needs every match before the first row). No index serves a
 * leading-wildcard LIKE; newest-first can at least stop early once `limit` rows matched, ranked
 * order cannot.
 */
import { ARTICLE_ROW_COLUMNS, type ArticleRow } from '../src/db/article-view'
import { bindFilter, conditions, Params } from '../src/db/filter-sql'
import type { Filter } from '../src/search/types'

export async function likeBaselineSearch(
  db: D1Database,
  filter: Filter,
  word: string,
  sort: 'date' | 'relevance',
  limit: number,
): Promise<ArticleRow[]> {
  const p = new Params()
  const ph = bindFilter(p, { ...filter, q: undefined, query: undefined }, undefined)
  const pattern = p.add(`%${word}%`)
  const where = [
    `(a.title LIKE ${pattern} OR a.summary LIKE ${pattern} OR a.content LIKE ${pattern})`,
    ...conditions('a', ph, { checkQuery: false }),
  ]
  const order =
    sort === 'date'
      ? 'a.published_at DESC, a.id DESC'
      : `(a.title LIKE ${pattern}) DESC, (a.title LIKE ${pattern} OR a.summary LIKE ${pattern}) DESC, a.id DESC`
  const sql = `SELECT ${ARTICLE_ROW_COLUMNS}
FROM articles a JOIN feeds f ON f.id = a.feed_id
WHERE ${where.join(' AND ')}
ORDER BY ${order}
LIMIT ${p.add(limit)}`
  const res = await db
    .prepare(sql)
    .bind(...p.values)
    .all<ArticleRow>()
  return res.results
}

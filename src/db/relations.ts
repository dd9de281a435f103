/**
 * SQL of GET /api/relations: the (source, event, target) edges of the event records of the
 * articles a filter matches, with how many stories state each and the latest of them.
 *
 * The matching articles are the date search's (search-date.ts: the same drivers, newest first),
 * capped at `maxArticles`; their records are then grouped, reading each by primary key. Only
 * records naming at least one role count. Which records: those the record filter (source,
 * target, modality, with events) accepts; without one, those that tag the article (rule 4),
 * restricted to the filter's events when it names any.
 */
import type { Filter } from '../search/types'
import { TAGGING_MODALITIES } from '../tagging/types'
import { bindRecord, list, Params, recordWhere } from './filter-sql'
import { termCodes, termOf } from './records'
import { buildSearchSql, type SearchQuerySpec } from './search-date'

export interface RelationSpec {
  filter: Filter
  fts?: string
  qDriver?: SearchQuerySpec['qDriver']
  /** Count stories (one article per near-duplicate cluster) rather than every copy. */
  collapse: boolean
  /** Newest matching articles whose records are read. */
  maxArticles: number
  /** Edges returned. */
  limit: number
}

export interface EdgeRow {
  source: string | null
  event: string
  target: string | null
  count: number
  latest_id: number
  latest_at: number
}

export interface Relations {
  edges: EdgeRow[]
  /** Matching articles read (at most maxArticles). */
  articles: number
}

export function buildRelationsSql(spec: RelationSpec): { sql: string; values: unknown[] } {
  const inner = buildSearchSql({
    filter: spec.filter,
    fts: spec.fts,
    qDriver: spec.qDriver,
    collapse: spec.collapse,
    limit: spec.maxArticles,
  })
  const p = new Params()
  p.values.push(...inner.values)
  // Which records count, with placeholders numbered after the inner query's.
  // Relations (article_relations: terms as record_terms codes, 0 = no role), grouped by code; the
  // slugs are read for the edges only, and order ties as before (by slug, a missing role first).
  const where = ['(r.source <> 0 OR r.target <> 0)']
  const { record, events } = spec.filter
  if (record) where.push(...recordWhere(bindRecord(p, record), 'r'))
  else {
    where.push(`r.modality IN ${termCodes(list([...TAGGING_MODALITIES].map((m) => p.add(m))))}`)
    const slugs = [...new Set(events.flat())]
    if (slugs.length) where.push(`r.event IN ${termCodes(list(slugs.map((e) => p.add(e))))}`)
  }
  const limit = p.add(spec.limit)
  // max() makes SQLite take the bare article_id from the row holding the newest record. The date is
  // the article's: most relation rows store 0 for it (migrations/0020_lean_rows.sql).
  const sql = `WITH matched AS (SELECT id FROM (${inner.sql})),
edges AS (
  SELECT r.source AS source, r.event AS event, r.target AS target, COUNT(DISTINCT r.article_id) AS count,
    max((SELECT published_at FROM articles WHERE id = r.article_id)) AS latest_at, r.article_id AS latest_id
  FROM article_relations r
  WHERE r.article_id IN (SELECT id FROM matched)
    AND ${where.join('\n    AND ')}
  GROUP BY r.source, r.event, r.target
)
SELECT ${termOf('e.source')} AS source, ${termOf('e.event')} AS event, ${termOf('e.target')} AS target,
  e.count AS count, e.latest_at AS latest_at, e.latest_id AS latest_id,
  (SELECT count(*) FROM matched) AS articles
FROM edges e
ORDER BY 4 DESC, 5 DESC, 2, 1, 3
LIMIT ${limit}`
  return { sql, values: p.values }
}

export async function readRelations(db: D1Database, spec: RelationSpec): Promise<Relations> {
  const { sql, values } = buildRelationsSql(spec)
  const res = await db
    .prepare(sql)
    .bind(...values)
    .all<EdgeRow & { articles: number }>()
  let articles = res.results[0]?.articles
  if (articles === undefined) {
    // No edge: still say how many articles were read.
    const inner = buildSearchSql({ ...spec, limit: spec.maxArticles })
    const row = await db
      .prepare(`SELECT count(*) AS n FROM (${inner.sql})`)
      .bind(...inner.values)
      .first<{ n: number }>()
    articles = row?.n ?? 0
  }
  return { edges: res.results.map(({ articles: _a, ...edge }) => edge), articles }
}

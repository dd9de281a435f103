/** SQL of the date-sorted search (src/search/find.ts): newest first by (published_at, id). */

import { D1_MAX_COMPOUND_TERMS } from '../limits'
import type { Filter } from '../search/types'
import { ARTICLE_ROW_COLUMNS } from './article-view'
import { bindFilter, chooseDriver, collapseCondition, conditions, Params } from './filter-sql'
import { BODY_PREFIX, readSearchRows, type SearchRow } from './search-rows'

/** A date-sorted search (relevance is search-ranked.ts). */
export interface SearchQuerySpec {
  filter: Filter
  /** FTS5 MATCH expression of filter.query. */
  fts?: string
  /**
   * Newest first by (published_at, id). With q, `qDriver` says whether the FTS matches are
   * collected and sorted ('fts', few matches), or a date index is walked newest-first (it stops
   * early) checking each article against the collected match set ('set', many matches) or with
   * one FTS probe per article ('probe', so many matches that collecting them costs more).
   */
  qDriver?: 'fts' | 'set' | 'probe'
  /** One article per cluster (the earliest matching one) unless false. */
  collapse: boolean
  /** Sort key of the last item of the previous page: [published_at, id]. */
  after?: number[]
  limit: number
  /**
   * What each row carries: the page's article columns (the default; with q, the body prefix for
   * snippets), or only the tag columns (facet counts: no feed title, no body).
   */
  columns?: 'page' | 'tags'
}

/** Date sort: newest first by (published_at, id). */
function dateSortSql(spec: SearchQuerySpec, p: Params): string {
  const f = spec.filter
  const ph = bindFilter(p, f, spec.fts)
  const driver = chooseDriver(f, ph, spec.fts !== undefined && (spec.qDriver ?? 'fts') === 'fts')
  const checkQuery = driver.kind === 'fts' ? false : spec.qDriver === 'probe' ? 'probe' : 'set'
  const after = spec.after ? { p: p.add(spec.after[0]), id: p.add(spec.after[1]) } : null
  const limit = p.add(spec.limit)
  const collapse = spec.collapse ? [collapseCondition(ph)] : []
  // Walks produce rows in order and stop at LIMIT, so the body (for snippets) is read for the
  // page's rows only.
  const tagsOnly = spec.columns === 'tags'
  const select = tagsOnly
    ? 'a.actors, a.events'
    : `${ARTICLE_ROW_COLUMNS}, ${spec.fts ? BODY_PREFIX : 'NULL AS body, 0 AS body_cut'}`
  const feeds = tagsOnly ? '' : '\nJOIN feeds f ON f.id = a.feed_id'

  if (driver.kind === 'fts') {
    // Late row reads: sort the matches' (published_at, id) first, then read the page's rows and
    // bodies.
    const where = [
      ...conditions('a', ph, { checkQuery: false }),
      ...collapse,
      ...(after ? [`(a.published_at, a.id) < (${after.p}, ${after.id})`] : []),
    ]
    return `SELECT ${select}
FROM (
  SELECT a.id AS id, a.published_at AS p
  FROM (SELECT rowid AS id FROM article_search WHERE article_search MATCH ${ph.fts}) m
  CROSS JOIN articles a ON a.id = m.id
  ${where.length ? `WHERE ${where.join('\n    AND ')}` : ''}
  ORDER BY a.published_at DESC, a.id DESC
  LIMIT ${limit}
) page
CROSS JOIN articles a ON a.id = page.id${feeds}
ORDER BY page.p DESC, page.id DESC`
  }

  if (driver.kind === 'tags') {
    const arms = driver.slugs.map((slug) => {
      const where = [
        `x.${driver.column} = ${slug}`,
        ...(driver.where ? [driver.where] : []),
        ...(ph.since ? [`x.published_at >= ${ph.since}`] : []),
        ...(ph.until ? [`x.published_at <= ${ph.until}`] : []),
        ...(after ? [`(x.published_at, x.article_id) < (${after.p}, ${after.id})`] : []),
        ...conditions('a', ph, {
          checkQuery,
          skipTime: true,
          skipTags: driver.enforces,
        }),
        ...collapse,
      ]
      // An article has one row per tag, but may state several relations of one event: DISTINCT.
      const distinct = driver.table === 'article_relations' ? 'DISTINCT ' : ''
      const indexed = driver.index ? ` INDEXED BY ${driver.index}` : ''
      return `SELECT ${distinct}${select}, x.published_at AS sort_p, x.article_id AS sort_id
FROM ${driver.table} x${indexed}
CROSS JOIN articles a ON a.id = x.article_id${feeds}
WHERE ${where.join('\n  AND ')}`
    })
    // UNION, not UNION ALL: an article carrying two of the slugs comes out of two walks.
    return newestOf(arms, 'UNION', limit)
  }

  const index =
    driver.kind === 'feed'
      ? 'articles_feed_published'
      : driver.kind === 'lang'
        ? 'articles_lang_published'
        : 'articles_published'
  const column = driver.kind === 'feed' ? 'feed_id' : driver.kind === 'lang' ? 'lang' : undefined
  const armValues: (string | null)[] =
    driver.kind === 'feed' ? ph.feeds : driver.kind === 'lang' ? ph.langs : [null]
  const arms = armValues.map((value) => {
    const where = [
      ...(value ? [`a.${column} = ${value}`] : []),
      ...conditions('a', ph, { checkQuery, skipColumn: column }),
      ...collapse,
      ...(after ? [`(a.published_at, a.id) < (${after.p}, ${after.id})`] : []),
    ]
    return `SELECT ${select}, a.published_at AS sort_p, a.id AS sort_id
FROM articles a INDEXED BY ${index}${feeds}
${where.length ? `WHERE ${where.join('\n  AND ')}` : ''}`
  })
  // An article has one feed and one language: the walks are disjoint.
  return newestOf(arms, 'UNION ALL', limit)
}

/**
 * The newest `limit` rows of the arms' compound. D1 refuses a compound of more than
 * D1_MAX_COMPOUND_TERMS arms, so a longer list is cut into groups of that size, each its own
 * newest-first compound bounded by the same limit (no group can contribute more), combined the
 * same way; a group of groups again when there are more groups than that.
 */
function newestOf(arms: string[], op: 'UNION' | 'UNION ALL', limit: string): string {
  const order = `ORDER BY sort_p DESC, sort_id DESC\nLIMIT ${limit}`
  if (arms.length <= D1_MAX_COMPOUND_TERMS) return `${arms.join(`\n${op}\n`)}\n${order}`
  const groups: string[] = []
  for (let i = 0; i < arms.length; i += D1_MAX_COMPOUND_TERMS) {
    const group = arms.slice(i, i + D1_MAX_COMPOUND_TERMS)
    groups.push(`SELECT * FROM (${newestOf(group, op, limit)})`)
  }
  return newestOf(groups, op, limit)
}

/** The SQL and bound values of a date-sorted search (exported so tests can EXPLAIN QUERY PLAN it). */
export function buildSearchSql(spec: SearchQuerySpec): { sql: string; values: unknown[] } {
  const p = new Params()
  return { sql: dateSortSql(spec, p), values: p.values }
}

export function runSearch(db: D1Database, spec: SearchQuerySpec): Promise<SearchRow[]> {
  const { sql, values } = buildSearchSql(spec)
  return readSearchRows(db, sql, values)
}

/**
 * How many articles match an FTS5 expression, counting no further than `cap` (it picks the
 * date search's qDriver).
 */
export async function countMatchesUpTo(db: D1Database, fts: string, cap: number): Promise<number> {
  const row = await db
    .prepare(
      'SELECT count(*) AS n FROM (SELECT rowid FROM article_search WHERE article_search MATCH ?1 LIMIT ?2)',
    )
    .bind(fts, cap)
    .all<{ n: number }>()
  return row.results[0]?.n ?? 0
}

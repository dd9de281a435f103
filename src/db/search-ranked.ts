/**
 * SQL of the relevance order (src/search/relevance.ts): the ranked window scored by weighted
 * bm25, then the tail of every other match newest ingested first.
 */

import { RELEVANCE_WINDOW } from '../limits'
import type { Filter } from '../search/types'
import { ARTICLE_ROW_COLUMNS } from './article-view'
import { bindFilter, collapseCondition, conditions, list, Params, type Placeholders } from './filter-sql'
import { BODY_PREFIX, readSearchRows, type SearchRow } from './search-rows'

/**
 * bm25 column weights: a word in the headline counts ten body occurrences, one in the lead
 * (summary) four. FTS5 multiplies each column's hit count by its weight before bm25's term
 * frequency saturation (k1 = 1.2), so a single headline hit outranks a body that repeats the
 * word a few times, yet a body that is entirely about it can still beat a passing headline.
 */
export const RELEVANCE_WEIGHTS = { title: 10, lead: 4, body: 1 } as const
/**
 * bm25 scores within 1/RELEVANCE_BANDS of the best score's scale count as equally relevant, and
 * the tie-breakers decide among them: tag strength (how strongly the article is about the
 * actors/events the filter names, or about its main actor/event when it names none), then
 * freshness (published_at, then id). Twenty bands: a 5% bm25 difference is below what the
 * formula can tell apart on news copy (a longer lead, one more hit in a long body), while the
 * tie-breakers carry information the text statistics do not.
 */
const RELEVANCE_BANDS = 20

export interface RankedSpec {
  filter: Filter
  fts: string
  /** A relaxed expression to rank by (query.ts toRankFts), when it differs from fts. */
  rankFts?: string
  collapse: boolean
  /**
   * Only articles with id <= snapshot (later pages); the first page takes the table as it is
   * and reports its snapshot.
   */
  snapshot?: number
  /** Ranked articles already shown by earlier pages. */
  served: number[]
  limit: number
}

export interface TailSpec {
  filter: Filter
  fts: string
  collapse: boolean
  snapshot: number
  /** Articles already shown (the ranked ones) or shown on this page. */
  exclude: number[]
  /** Only ids below this one (the last tail row of the previous page). */
  beforeId?: number
  limit: number
}

/**
 * Max strength of the article's tags that the filter names; of all its tags when it names none
 * (stored in thousandths since 0020_lean_rows: only the order is used).
 * Every lookup is a primary-key probe (slug, published_at, article_id): the named slugs, or the
 * article's own slugs from its articles row (space-separated, turned into a JSON array).
 */
function tagStrength(ph: Placeholders, id: string, published: string): string {
  const named = (groups: string[][]) => groups.flat()
  const actors = named(ph.actorGroups)
  const events = named(ph.eventGroups)
  const any = !actors.length && !events.length
  const part = (table: string, column: 'actor' | 'event', slugs: string[]) => {
    const slugList = `(SELECT ${column}s FROM articles WHERE id = ${id})`
    const own = `SELECT value FROM json_each('["' || replace(${slugList}, ' ', '","') || '"]')`
    const which = slugs.length ? list(slugs) : own
    return `coalesce((SELECT max(strength) FROM ${table} WHERE ${column} IN (${which})
      AND published_at = ${published} AND article_id = ${id}), 0)`
  }
  const parts = [
    ...(any || actors.length ? [part('article_actors', 'actor', actors)] : []),
    ...(any || events.length ? [part('article_events', 'event', events)] : []),
  ]
  return parts.length === 1 ? parts[0] : `max(${parts.join(', ')})`
}

/**
 * One ranked page: the newest RELEVANCE_WINDOW matches (FTS5 streams rowids newest first and
 * stops there, so a frequent word costs no more than a rare one), scored by weighted bm25,
 * minus the already served ones and the cluster copies, ordered by (band, tag strength,
 * published_at, id). Article columns and bodies are read for the page's rows only; an empty page
 * is one row of NULLs that still carries the snapshot and the window size.
 *
 * Clusters are collapsed after the window is taken, because the window then answers most of
 * the question "does an earlier copy match too?": every match at or above the window's lowest
 * id is in the window, so only copies older than the window need an FTS probe (a probe costs
 * ~0.1 ms for a phrase, and wire copies are usually minutes apart). Rows report window_size
 * (before collapsing) so the caller knows whether older matches exist beyond the window.
 * "Matches" of the window are those of rankFts when given (a superset of the query's): every
 * query match at or above the window's lowest id is then still in it, which is what the copy
 * check and the caller's "window not full = no tail" rely on.
 */
export function buildRankedSql(spec: RankedSpec): { sql: string; values: unknown[] } {
  const p = new Params()
  const ph = bindFilter(p, spec.filter, spec.fts)
  const w = RELEVANCE_WEIGHTS
  const where = [
    `article_search MATCH ${spec.rankFts ? p.add(spec.rankFts) : ph.fts}`,
    ...(spec.snapshot !== undefined ? [`article_search.rowid <= ${p.add(spec.snapshot)}`] : []),
    ...conditions('a', ph, { checkQuery: false }),
  ]
  // Ranked by a relaxed expression, the window keeps the rows that match the query itself: one
  // FTS scan over the window's id range, not one probe per row.
  const exact = spec.rankFts
    ? `WHERE id IN (SELECT rowid FROM article_search WHERE article_search MATCH ${ph.fts}
      AND rowid BETWEEN (SELECT min(id) FROM win) AND (SELECT max(id) FROM win))`
    : ''
  const olderCopyMatches = [
    'b.cluster_id = c.cluster_id',
    'b.id < c.id',
    ...conditions('b', ph, { checkQuery: 'probe' }),
  ].join(' AND ')
  const collapse = spec.collapse
    ? `AND (c.cluster_id = c.id OR NOT EXISTS (
      SELECT 1 FROM articles b WHERE b.cluster_id = c.cluster_id AND b.id < c.id
        AND CASE WHEN b.id >= c.floor THEN b.id IN (SELECT id FROM hits) ELSE (${olderCopyMatches}) END))`
    : ''
  const order = 'band DESC, strength DESC, p DESC, id DESC'
  const sql = `WITH win AS MATERIALIZED (
  SELECT article_search.rowid AS id, bm25(article_search, ${w.title}, ${w.lead}, ${w.body}) AS score,
    a.published_at AS p, a.cluster_id AS cluster_id
  FROM article_search
  CROSS JOIN articles a ON a.id = article_search.rowid
  WHERE ${where.join('\n    AND ')}
  ORDER BY article_search.rowid DESC
  LIMIT ${p.add(RELEVANCE_WINDOW)}
), hits AS MATERIALIZED (
  SELECT id, score, p, cluster_id FROM win
  ${exact}
), banded AS MATERIALIZED (
  SELECT id, p, cluster_id, CAST(score / min(score) OVER () * ${RELEVANCE_BANDS} AS INTEGER) AS band,
    (SELECT min(id) FROM win) AS floor
  FROM hits
), candidates AS MATERIALIZED (
  SELECT c.id, c.p, c.band FROM banded c
  WHERE c.id NOT IN (SELECT value FROM json_each(${p.add(JSON.stringify(spec.served))}))
    ${collapse}
), cut AS (
  -- The band of the page's last row: tag strength (two index probes) is computed for rows at
  -- or above it only.
  SELECT band FROM candidates ORDER BY band DESC LIMIT 1 OFFSET ${p.add(spec.limit - 1)}
), page AS (
  SELECT id, p, band, ${tagStrength(ph, 'candidates.id', 'candidates.p')} AS strength
  FROM candidates
  WHERE band >= coalesce((SELECT band FROM cut), -1)
  ORDER BY ${order}
  LIMIT ${p.add(spec.limit)}
)
SELECT ${ARTICLE_ROW_COLUMNS}, ${BODY_PREFIX}, meta.window_size AS window_size, meta.snapshot AS snapshot
FROM (SELECT (SELECT max(id) FROM articles) AS snapshot, (SELECT count(*) FROM win) AS window_size) meta
LEFT JOIN page ON 1
LEFT JOIN articles a ON a.id = page.id
LEFT JOIN feeds f ON f.id = a.feed_id
ORDER BY ${order.replace(/(\w+) DESC/g, 'page.$1 DESC')}`
  return { sql, values: p.values }
}

/**
 * Every other match of the snapshot, newest ingested first: FTS5 streams them in rowid order and
 * the query stops at LIMIT.
 */
export function buildTailSql(spec: TailSpec): { sql: string; values: unknown[] } {
  const p = new Params()
  const ph = bindFilter(p, spec.filter, spec.fts)
  const where = [
    `article_search MATCH ${ph.fts}`,
    `article_search.rowid <= ${p.add(spec.snapshot)}`,
    ...(spec.beforeId !== undefined ? [`article_search.rowid < ${p.add(spec.beforeId)}`] : []),
    `article_search.rowid NOT IN (SELECT value FROM json_each(${p.add(JSON.stringify(spec.exclude))}))`,
    ...conditions('a', ph, { checkQuery: false }),
    ...(spec.collapse ? [collapseCondition(ph)] : []),
  ]
  const sql = `SELECT ${ARTICLE_ROW_COLUMNS}, ${BODY_PREFIX}
FROM article_search
CROSS JOIN articles a ON a.id = article_search.rowid
JOIN feeds f ON f.id = a.feed_id
WHERE ${where.join('\n  AND ')}
ORDER BY article_search.rowid DESC
LIMIT ${p.add(spec.limit)}`
  return { sql, values: p.values }
}

export interface RankedPage {
  rows: SearchRow[]
  /** The greatest article id when the page was answered. */
  snapshot: number
  /** Matches in the window (of rankFts when given), before the exact check and collapsing. */
  windowSize: number
}

/**
 * One ranked page. The SQL always answers one row, even for an empty page: it carries the
 * snapshot and window size.
 */
export async function runRanked(db: D1Database, spec: RankedSpec): Promise<RankedPage> {
  const { sql, values } = buildRankedSql(spec)
  const rows = await readSearchRows(db, sql, values)
  return {
    rows: rows.filter((r) => r.id !== null),
    snapshot: rows[0]?.snapshot ?? 0,
    windowSize: rows[0]?.window_size ?? 0,
  }
}

export function runTail(db: D1Database, spec: TailSpec): Promise<SearchRow[]> {
  const { sql, values } = buildTailSql(spec)
  return readSearchRows(db, sql, values)
}

/**
 * Facet counts: how many of a filter's newest matching stories carry each actor and event,
 * counted from the slugs on each story's articles row (space-separated, written with its tag
 * rows). Bounded: at most `limit` stories are read, whatever the size of the match set; `total`
 * says whether the sample was cut. The sample is taken the way the index at hand streams it:
 *   - with q, the newest matches by arrival (article id): FTS5 hands its rowids out in that order
 *     and stops at LIMIT, so a frequent word costs no more than a rare one. Sorting every match by
 *     publication time instead reads every match's row (20 ms for 3,400 matches on the search
 *     bench), and walking the date index until `limit` matches turn up reads tens of thousands;
 *   - without q, the newest by publication time, the date-sorted search's own walk (one index in
 *     date order: a tag group's primary key, a feed's or language's index, or the time index),
 *     reading only the tag columns (no feed title, no body).
 * One article per story, as the results show them: the earliest matching article of its cluster.
 */
import type { Filter } from '../search/types'
import { bindFilter, conditions, Params } from './filter-sql'
import { buildSearchSql } from './search-date'

export interface FacetSpec {
  filter: Filter
  /** FTS5 MATCH expression of filter.query. */
  fts?: string
  limit: number
}

export interface FacetRows {
  actors: Map<string, number>
  events: Map<string, number>
  /** Stories counted. */
  total: number
  /** The sample was cut at `limit`: older matching stories exist that were not counted. */
  cut: boolean
}

export async function readFacets(db: D1Database, spec: FacetSpec): Promise<FacetRows> {
  const { sql, values } = spec.fts
    ? buildStreamSql(spec.filter, spec.fts, spec.limit)
    : buildSearchSql({ filter: spec.filter, collapse: true, limit: spec.limit, columns: 'tags' })
  const res = await db
    .prepare(sql)
    .bind(...values)
    .all<{ actors: string | null; events: string | null; window_size?: number }>()
  // The stream's rows carry the window size (one row of NULLs when no story is left).
  const stories = res.results.filter((r) => r.actors !== null)
  const read = spec.fts ? (res.results[0]?.window_size ?? 0) : stories.length
  const out: FacetRows = {
    actors: new Map(),
    events: new Map(),
    total: stories.length,
    cut: read >= spec.limit,
  }
  for (const r of stories) {
    countSlugs(out.actors, r.actors)
    countSlugs(out.events, r.events)
  }
  return out
}

/**
 * The newest `limit` stories matching q and the filter, by id. The window is every match with
 * an id at or above its lowest one, so "does an earlier copy of this story match too?" is a
 * lookup in the window for copies inside it; only a copy older than the window is checked
 * against the filter itself (one FTS probe: rare, wire copies arrive minutes apart). A story
 * whose earliest matching copy is older than the window is not counted (it belongs further
 * down), so `total` can be a little under `limit` for a cut sample.
 */
function buildStreamSql(filter: Filter, fts: string, limit: number): { sql: string; values: unknown[] } {
  const p = new Params()
  const ph = bindFilter(p, filter, fts)
  const where = [`article_search MATCH ${ph.fts}`, ...conditions('a', ph, { checkQuery: false })]
  const olderCopyMatches = [
    'b.cluster_id = w.cluster_id',
    'b.id < w.id',
    ...conditions('b', ph, { checkQuery: 'probe' }),
  ]
  const sql = `WITH win AS MATERIALIZED (
  SELECT a.id, a.cluster_id, a.actors, a.events
  FROM article_search
  CROSS JOIN articles a ON a.id = article_search.rowid
  WHERE ${where.join('\n    AND ')}
  ORDER BY article_search.rowid DESC
  LIMIT ${p.add(limit)}
), floor AS (SELECT min(id) AS id FROM win)
SELECT meta.window_size, s.actors, s.events
FROM (SELECT count(*) AS window_size FROM win) meta
LEFT JOIN (
  SELECT w.actors, w.events FROM win w
  WHERE w.cluster_id = w.id OR NOT EXISTS (
    SELECT 1 FROM articles b WHERE b.cluster_id = w.cluster_id AND b.id < w.id
      AND CASE WHEN b.id >= (SELECT id FROM floor) THEN b.id IN (SELECT id FROM win)
        ELSE (${olderCopyMatches.join(' AND ')}) END)
) s ON 1`
  return { sql, values: p.values }
}

function countSlugs(into: Map<string, number>, slugs: string | null): void {
  if (!slugs) return
  for (const slug of slugs.split(' ')) into.set(slug, (into.get(slug) ?? 0) + 1)
}

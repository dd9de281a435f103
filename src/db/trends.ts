/** SQL of GET /api/trends (src/routes/trends.ts): matching articles counted per time bucket. */

import type { Filter } from '../search/types'
import { bindFilter, type CondOptions, chooseDriver, conditions, list, Params } from './filter-sql'

export interface TrendSpec {
  filter: Filter
  fts?: string
  /** Bucket width in ms and the offset that aligns buckets (weeks start on Monday). */
  widthMs: number
  offsetMs: number
  /** Inclusive epoch-ms range (already combined with the filter's since/until). */
  from: number
  to: number
  /** Count stories (distinct clusters) rather than every copy. */
  collapse: boolean
  /**
   * With q: how many articles match (src/search/find.ts qDriverFor). 'fts' (few): the matches
   * drive and each is checked against the range; otherwise the range drives (its time or tag
   * index, newest first, index entries only until an article matches) and each article is
   * looked up in the match set, collected once: a frequent word's matches across the whole
   * corpus are never read row by row for a month of counts.
   */
  qDriver?: 'fts' | 'set' | 'probe'
}

/**
 * Counts per bucket number. Candidates come from the FTS index (q with few matches), else from the
 * smallest tag group's time index, else from the published_at index over the range: never a full scan.
 */
export async function trendCounts(db: D1Database, spec: TrendSpec): Promise<Map<number, number>> {
  const p = new Params()
  const f: Filter = { ...spec.filter, since: spec.from, until: spec.to }
  const ph = bindFilter(p, f, spec.fts)
  const ftsDrives = spec.fts !== undefined && (spec.qDriver ?? 'fts') === 'fts'
  const driver = chooseDriver(f, ph, ftsDrives)
  const from = ph.since!
  const to = ph.until!
  let source: string
  let skip: CondOptions['skipTags']
  if (driver.kind === 'fts')
    source = `a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ${ph.fts})`
  else if (driver.kind === 'tags') {
    const where = driver.where ? ` AND ${driver.where}` : ''
    source = `a.id IN (SELECT article_id FROM ${driver.table} x WHERE ${driver.column} IN (${list(driver.slugs)})
    AND published_at BETWEEN ${from} AND ${to}${where})`
    skip = driver.enforces
  } else source = `a.published_at BETWEEN ${from} AND ${to}`
  const checkQuery = ftsDrives ? false : 'set'
  const where = [source, ...conditions('a', ph, { checkQuery, skipTags: skip })]
  // Left alone, SQLite may drive by the match set's rowids (id IN ...) instead of the time range,
  // which is the FTS path again.
  const table = spec.fts && driver.kind === 'all' ? 'articles a INDEXED BY articles_published' : 'articles a'
  const count = spec.collapse ? 'COUNT(DISTINCT a.cluster_id)' : 'COUNT(*)'
  // D1 binds JS numbers as REAL: cast, or the division would not be an integer bucket number.
  const offset = `CAST(${p.add(spec.offsetMs)} AS INTEGER)`
  const width = `CAST(${p.add(spec.widthMs)} AS INTEGER)`
  const sql = `SELECT (a.published_at + ${offset}) / ${width} AS bucket, ${count} AS n
FROM ${table}
WHERE ${where.join('\n  AND ')}
GROUP BY bucket`
  const res = await db
    .prepare(sql)
    .bind(...p.values)
    .all<{ bucket: number; n: number }>()
  return new Map(res.results.map((r) => [r.bucket, r.n]))
}

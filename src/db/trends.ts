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
}

/**
 * Counts per bucket number. Candidates come from the FTS index (q), else from the smallest tag group's
 * time index, else from the published_at index over the range: never a full scan.
 */
export async function trendCounts(db: D1Database, spec: TrendSpec): Promise<Map<number, number>> {
  const p = new Params()
  const f: Filter = { ...spec.filter, since: spec.from, until: spec.to }
  const ph = bindFilter(p, f, spec.fts)
  const driver = chooseDriver(f, ph, spec.fts !== undefined)
  const from = ph.since!
  const to = ph.until!
  let source: string
  let skip: CondOptions['skipTags']
  if (driver.kind === 'fts')
    source = `a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ${ph.fts})`
  else if (driver.kind === 'tags') {
    source = `a.id IN (SELECT article_id FROM ${driver.table} WHERE ${driver.column} IN (${list(driver.slugs)})
    AND published_at BETWEEN ${from} AND ${to})`
    skip = driver.enforces
  } else source = `a.published_at BETWEEN ${from} AND ${to}`
  const where = [source, ...conditions('a', ph, { checkQuery: false, skipTags: skip })]
  const count = spec.collapse ? 'COUNT(DISTINCT a.cluster_id)' : 'COUNT(*)'
  // D1 binds JS numbers as REAL: cast, or the division would not be an integer bucket number.
  const offset = `CAST(${p.add(spec.offsetMs)} AS INTEGER)`
  const width = `CAST(${p.add(spec.widthMs)} AS INTEGER)`
  const sql = `SELECT (a.published_at + ${offset}) / ${width} AS bucket, ${count} AS n
FROM articles a
WHERE ${where.join('\n  AND ')}
GROUP BY bucket`
  const res = await db
    .prepare(sql)
    .bind(...p.values)
    .all<{ bucket: number; n: number }>()
  return new Map(res.results.map((r) => [r.bucket, r.n]))
}

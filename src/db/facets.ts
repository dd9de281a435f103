/**
 * Facet counts: how many of a filter's matching stories carry each actor and event. The
 * matches are the filter's newest `spec.limit` stories (the same date-sorted, one-per-story walk
 * as search, ids only), so a facet costs one bounded walk plus one tag-index probe per story,
 * whatever the size of the match set; `total` says whether the sample was cut.
 */
import { buildSearchSql, type SearchQuerySpec } from './search-date'

export interface FacetRows {
  actors: Map<string, number>
  events: Map<string, number>
  /** Stories counted (= spec.limit when the match set was larger). */
  total: number
}

export async function readFacets(db: D1Database, spec: SearchQuerySpec): Promise<FacetRows> {
  const { sql, values } = buildSearchSql({ ...spec, bodies: false })
  // The article row carries its slugs (space-separated, written with its tag rows), so counting
  // reads one primary-key row per story; the tag tables are keyed by slug and time, not article.
  const res = await db
    .prepare(
      `WITH m AS MATERIALIZED (SELECT id FROM (${sql}))
SELECT a.actors, a.events FROM m JOIN articles a ON a.id = m.id`,
    )
    .bind(...values)
    .all<{ actors: string; events: string }>()
  const out: FacetRows = { actors: new Map(), events: new Map(), total: res.results.length }
  for (const r of res.results) {
    countSlugs(out.actors, r.actors)
    countSlugs(out.events, r.events)
  }
  return out
}

function countSlugs(into: Map<string, number>, slugs: string): void {
  if (!slugs) return
  for (const slug of slugs.split(' ')) into.set(slug, (into.get(slug) ?? 0) + 1)
}

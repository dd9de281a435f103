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
  const res = await db
    .prepare(
      `WITH m AS MATERIALIZED (SELECT id FROM (${sql}))
SELECT 'actor' AS kind, x.actor AS slug, count(*) AS n
FROM m CROSS JOIN article_actors x INDEXED BY article_actors_article ON x.article_id = m.id
GROUP BY x.actor
UNION ALL
SELECT 'event', x.event, count(*)
FROM m CROSS JOIN article_events x INDEXED BY article_events_article ON x.article_id = m.id
GROUP BY x.event
UNION ALL
SELECT 'total', '', count(*) FROM m`,
    )
    .bind(...values)
    .all<{ kind: 'actor' | 'event' | 'total'; slug: string; n: number }>()
  const out: FacetRows = { actors: new Map(), events: new Map(), total: 0 }
  for (const r of res.results) {
    if (r.kind === 'total') out.total = r.n
    else (r.kind === 'actor' ? out.actors : out.events).set(r.slug, r.n)
  }
  return out
}

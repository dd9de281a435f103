/**
 * Facets of a filter: its matching stories counted per actor and per event, over the newest
 * FACET_SAMPLE of them (src/db/facets.ts), so a picker can say "Russia (12)" for the current
 * result set at a bounded cost. One story per cluster, as the results show them.
 */
import { readFacets } from '../db/facets'
import { FACET_SAMPLE } from '../limits'
import { guarded, qDriverFor } from './find'
import { toFts } from './query'
import type { Filter } from './types'

export interface FacetCount {
  slug: string
  count: number
}

export interface Facets {
  actors: FacetCount[]
  events: FacetCount[]
  /** Stories counted; equal to `sample` when there were more matches than that. */
  counted: number
  sample: number
}

const ranked = (m: Map<string, number>): FacetCount[] =>
  [...m]
    .map(([slug, count]) => ({ slug, count }))
    .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1))

export async function facetCounts(db: D1Database, filter: Filter, sample = FACET_SAMPLE): Promise<Facets> {
  const fts = filter.query ? toFts(filter.query) : undefined
  const qDriver = await guarded(() => qDriverFor(db, fts))
  const rows = await guarded(() => readFacets(db, { filter, fts, qDriver, collapse: true, limit: sample }))
  return { actors: ranked(rows.actors), events: ranked(rows.events), counted: rows.total, sample }
}

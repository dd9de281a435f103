/**
 * Facets of a filter: its matching stories counted per actor and per event, over the newest
 * FACET_SAMPLE of them (src/db/facets.ts says which "newest" each index gives), so a picker can
 * say "Russia (12)" for the current result set at a bounded cost. One story per cluster, as the
 * results show them. GET /api/search?facets= and the search page answer with this same object.
 */
import { readFacets } from '../db/facets'
import { BadQuery } from '../errors'
import { FACET_MAX_ENTRIES, FACET_SAMPLE } from '../limits'
import { guarded } from './find'
import { toFts } from './query'
import type { Filter } from './types'

export const FACET_KINDS = ['actor', 'event'] as const
export type FacetKind = (typeof FACET_KINDS)[number]

export interface FacetCount {
  slug: string
  count: number
}

export interface Facets {
  /**
   * The FACET_MAX_ENTRIES most frequent slugs, most stories first (ties by slug). A slug the
   * filter already requires on its own (actor=russia) is left out: every story carries it.
   */
  actor?: FacetCount[]
  event?: FacetCount[]
  /** Stories counted. */
  stories: number
  /** The bound: at most this many of the newest matching stories are counted. */
  sample: number
  /** Every matching story was counted (false: the newest `sample` were). */
  complete: boolean
}

/** The `facets` parameter: a comma list of kinds (actor, event), each at most once. */
export function parseFacetKinds(raw: string | undefined): FacetKind[] {
  if (raw === undefined) return []
  const kinds = raw.split(',').map((k) => k.trim())
  for (const k of kinds)
    if (!(FACET_KINDS as readonly string[]).includes(k))
      throw new BadQuery(
        'invalid_request',
        `facets: expected ${FACET_KINDS.join(' and/or ')}, comma-separated; got "${k}"`,
      )
  return [...new Set(kinds as FacetKind[])]
}

function top(counts: Map<string, number>, required: Set<string>): FacetCount[] {
  return [...counts]
    .filter(([slug]) => !required.has(slug))
    .map(([slug, count]) => ({ slug, count }))
    .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : 1))
    .slice(0, FACET_MAX_ENTRIES)
}

/** Slugs required on their own (a one-slug group); a slug inside an OR group still narrows. */
const requiredSlugs = (groups: string[][]) => new Set(groups.filter((g) => g.length === 1).map((g) => g[0]))

export async function facetCounts(
  db: D1Database,
  filter: Filter,
  kinds: readonly FacetKind[],
  sample = FACET_SAMPLE,
): Promise<Facets> {
  const fts = filter.query ? toFts(filter.query) : undefined
  const rows = await guarded(() => readFacets(db, { filter, fts, limit: sample }))
  const out: Facets = { stories: rows.total, sample, complete: !rows.cut }
  if (kinds.includes('actor')) out.actor = top(rows.actors, requiredSlugs(filter.actors))
  if (kinds.includes('event')) out.event = top(rows.events, requiredSlugs(filter.events))
  return out
}

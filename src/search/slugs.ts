/**
 * Taxonomy slugs for filter validation, without a D1 round trip on the common path.
 *
 * Slugs are never renamed or reused (migrations/0002_taxonomy.sql), so a remembered set can only
 * lack slugs added since: a filter naming only remembered slugs is valid as is, and a slug we do
 * not know triggers one fresh load (getTaxonomySlugs checks the taxonomy version) before it is
 * refused. A q-only or feed-only filter needs no slugs at all.
 */

import { getTaxonomySlugs } from '../tagging'
import type { KnownSlugs } from './filter'
import { parseFilter } from './filter'
import type { Filter } from './types'

const NO_SLUGS: KnownSlugs = { actors: new Set(), events: new Set() }
let remembered: KnownSlugs | null = null

const named = (params: URLSearchParams, key: string) =>
  params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)

async function knownSlugsFor(params: URLSearchParams, load: () => Promise<KnownSlugs>): Promise<KnownSlugs> {
  const actors = [...named(params, 'actor'), ...named(params, 'source'), ...named(params, 'target')]
  const events = named(params, 'event')
  if (!actors.length && !events.length) return NO_SLUGS
  const known = remembered
  if (known && actors.every((a) => known.actors.has(a)) && events.every((e) => known.events.has(e)))
    return known
  remembered = await load()
  return remembered
}

/** The filter of a read request's query string, its slugs checked against the taxonomy (cached per isolate). */
export async function filterFromParams(db: D1Database, params: URLSearchParams): Promise<Filter> {
  return parseFilter(params, await knownSlugsFor(params, () => getTaxonomySlugs(db)))
}

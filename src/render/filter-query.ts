import type { Filter } from '../search/types'

const sortedUnique = <T extends string | number>(values: T[]) =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

/** AND-of-OR slug groups in one order: each group sorted, groups sorted, duplicates merged. */
function normaliseGroups(groups: string[][]): string[] {
  return sortedUnique(groups.map((g) => sortedUnique(g).join(',')).filter((g) => g !== ''))
}

/**
 * The filter as a canonical query string in the filter grammar: equivalent filters
 * (`actor=russia,china` and `actor=china,russia`) give the same string. It names the filter in
 * the Atom feed id and the caching validators, and links the feed to /api/search.
 */
export function canonicalFilterQuery(filter: Filter): string {
  const params = new URLSearchParams()
  const q = filter.q?.trim()
  if (q) params.append('q', q)
  for (const group of normaliseGroups(filter.actors)) params.append('actor', group)
  for (const group of normaliseGroups(filter.events)) params.append('event', group)
  const r = filter.record
  if (r) {
    for (const group of normaliseGroups(r.events)) params.append('event', group)
    for (const group of normaliseGroups(r.sources)) params.append('source', group)
    for (const group of normaliseGroups(r.targets)) params.append('target', group)
    if (r.explicitModality) params.append('modality', sortedUnique(r.modalities).join(','))
  }
  if (filter.feeds.length > 0) params.append('feed', sortedUnique(filter.feeds).join(','))
  if (filter.langs.length > 0) params.append('lang', sortedUnique(filter.langs).join(','))
  // Full precision: a date-only `until` is stored as the day's last millisecond.
  if (filter.since !== undefined) params.append('since', new Date(filter.since).toISOString())
  if (filter.until !== undefined) params.append('until', new Date(filter.until).toISOString())
  return params.toString()
}

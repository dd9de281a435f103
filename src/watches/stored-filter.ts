import { BadQuery } from '../errors'
import { type KnownSlugs, parseFilter } from '../search/filter'
import { FILTER_PARAM_NAMES, type Filter } from '../search/types'

/**
 * A watch's filter: written by the user as a /api/search query string, parsed by the search
 * module's parseFilter (so it refuses exactly what /api/search refuses, with the same codes),
 * and stored normalised in watches.filter_json: slugs, feed ids, langs, dates and the raw q
 * params, without the parsed query tree, so a change in the parser's tree shape never strands
 * stored watches. q is parsed again when the matcher is built (no taxonomy needed then: a slug
 * later removed from the taxonomy does not break the watch).
 */
export type StoredFilter = Omit<Filter, 'q' | 'query'> & {
  /** The q params as given (several are ANDed, as in search). */
  q?: string[]
}

/** The filter grammar's params; the others a search URL may carry are ignored, anything else is a typo. */
const FILTER_PARAMS = new Set<string>(FILTER_PARAM_NAMES)
const SEARCH_ONLY_PARAMS = new Set(['sort', 'limit', 'cursor', 'token', 'interval'])

export interface ParsedWatchFilter {
  /** The filter text as stored and shown (trimmed, without a leading "?"). */
  text: string
  filter: Filter
  stored: StoredFilter
}

/**
 * Parses "actor=russia&q=missile" (or "?actor=..."). Throws BadQuery: parseFilter's own errors
 * (unknown_actor, invalid_date, unbalanced_quotes...) and invalid_filter for a parameter that
 * is not part of the grammar — a typo like "actors=" would otherwise watch everything.
 */
export function parseWatchFilter(raw: string, known: KnownSlugs): ParsedWatchFilter {
  const text = raw.trim().replace(/^\?/, '')
  const params = new URLSearchParams(text)
  for (const key of new Set(params.keys())) {
    if (!FILTER_PARAMS.has(key) && !SEARCH_ONLY_PARAMS.has(key)) {
      throw new BadQuery(
        'invalid_filter',
        `unknown filter parameter "${key}": a watch filter uses q, actor, event, source, target, ` +
          'modality, feed, lang, since and until',
        {
          param: key,
        },
      )
    }
  }
  const filter = parseFilter(params, known)
  const stored: StoredFilter = {
    actors: filter.actors,
    events: filter.events,
    feeds: filter.feeds,
    langs: filter.langs,
  }
  const q = params
    .getAll('q')
    .map((s) => s.trim())
    .filter(Boolean)
  if (q.length) stored.q = q
  if (filter.since !== undefined) stored.since = filter.since
  if (filter.until !== undefined) stored.until = filter.until
  if (filter.record) stored.record = filter.record
  return { text, filter, stored }
}

const NO_SLUGS: KnownSlugs = { actors: new Set(), events: new Set() }

/** The executable filter of a stored one (q re-parsed exactly as parseFilter combines several q params). */
export function filterFromStored(stored: StoredFilter): Filter {
  const filter: Filter = {
    actors: stored.actors,
    events: stored.events,
    feeds: stored.feeds,
    langs: stored.langs,
  }
  if (stored.q?.length) {
    const parsed = parseFilter(new URLSearchParams(stored.q.map((q): [string, string] => ['q', q])), NO_SLUGS)
    filter.q = parsed.q
    filter.query = parsed.query
  }
  if (stored.since !== undefined) filter.since = stored.since
  if (stored.until !== undefined) filter.until = stored.until
  if (stored.record) filter.record = stored.record
  return filter
}

export const filterFromJson = (json: string): Filter => filterFromStored(JSON.parse(json) as StoredFilter)

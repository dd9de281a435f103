/**
 * The search page's URL is its whole state (api.md filter grammar plus sort, trend range and
 * cursor): every link on the page is the current URL with one change, so any view can be
 * bookmarked, shared, and walked with back/forward, with or without JavaScript.
 */

import { FILTER_PARAM_NAMES } from '../search/types'

/** The filter grammar's parameters (what feeds and watches keep). */
export const FILTER_KEYS = FILTER_PARAM_NAMES
export type FilterKey = (typeof FILTER_KEYS)[number]

/**
 * Asks the search page for feed URLs that carry the read token (READ_TOKEN set). Like the
 * cursor, it is dropped from every link the page builds: the token is shown on request only.
 */
export const FEED_TOKEN_PARAM = 'feed_token'

/** Page-only parameters that a change of view resets (a cursor belongs to one filter). */
const PAGING_KEYS = ['cursor', FEED_TOKEN_PARAM]

const href = (params: URLSearchParams, path = '/') => {
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

function copy(url: URL): URLSearchParams {
  const params = new URLSearchParams(url.search)
  for (const k of PAGING_KEYS) params.delete(k)
  return params
}

/** The current view narrowed by one more slug group (repeated param = AND), unless already required. */
export function withAdded(url: URL, key: 'actor' | 'event' | 'source' | 'target', slug: string): string {
  return withAddedAll(url, [[key, slug]])
}

/** withAdded for several parameters at once (a relation: source, event and target). */
export function withAddedAll(url: URL, added: ['actor' | 'event' | 'source' | 'target', string][]): string {
  const params = copy(url)
  for (const [key, slug] of added)
    if (!params.getAll(key).some((g) => g.trim().toLowerCase() === slug)) params.append(key, slug)
  return href(params)
}

/** The current view without one value of a parameter (one group of actor/event, the whole of the others). */
export function withRemoved(url: URL, key: FilterKey, value: string): string {
  const params = copy(url)
  const kept = params.getAll(key).filter((v) => v !== value)
  params.delete(key)
  for (const v of kept) params.append(key, v)
  return href(params)
}

/** The current view with a page-level setting changed (sort, trend range). */
export function withSetting(url: URL, key: string, value: string | null): string {
  const params = copy(url)
  if (value === null) params.delete(key)
  else params.set(key, value)
  return href(params)
}

/** The next page of the current view. */
export function withCursor(url: URL, cursor: string): string {
  const params = new URLSearchParams(url.search)
  params.set('cursor', cursor)
  return href(params)
}

/** The relations view (/relations) of the current filter. */
export const relationsUrl = (url: URL) => href(new URLSearchParams(filterQuery(url)), '/relations')

/** The search page of the current filter (from a page that shares its filter, such as /relations). */
export const searchUrl = (url: URL) => href(new URLSearchParams(filterQuery(url)))

/** Only the filter's parameters, in URL order: what a feed URL or a watch keeps. */
export function filterQuery(url: URL): string {
  const out = new URLSearchParams()
  for (const [k, v] of url.searchParams)
    if ((FILTER_KEYS as readonly string[]).includes(k) && v.trim()) out.append(k, v)
  return out.toString()
}

/** The page without cursor: where "back to the first page" goes. */
export const firstPage = (url: URL) => href(copy(url))

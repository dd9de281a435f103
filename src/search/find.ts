/**
 * Search: filter + options → one page of articles, with exact keyset paging.
 *
 * Sorts (the SQL is in src/db/search-date.ts and src/db/search-ranked.ts):
 *   date       newest first by (published_at, id)
 *   relevance  weighted bm25 over the newest matches, ties broken by tag strength and freshness,
 *              then the other matches newest first (relevance.ts). The default when q is set.
 *              Without q there is nothing to rank and it falls back to date.
 * Clusters: by default one article per near-duplicate cluster (the earliest matching one; the
 * others are listed as `duplicates` on GET /api/articles/:id); expandClusters returns every copy.
 * Paging: next_cursor is signed together with the query it belongs to (cursor.ts). By date it
 * carries the last item's sort key: a page is "everything strictly after that key", and the key
 * is a pure function of the article, so articles arriving between two pages are either before the
 * cursor (not shown to this pass) or after it (shown once): nothing repeats, nothing is skipped.
 * By relevance it carries a snapshot and the ranked ids already shown (relevance.ts explains why).
 * `total` is not computed: it would cost a count over every match on every page.
 */

import { toArticleView } from '../db/article-view'
import { countMatchesUpTo, runSearch, type SearchQuerySpec } from '../db/search-date'
import { articleContents, type SearchRow } from '../db/search-rows'
import { BadQuery } from '../errors'
import { log } from '../lib/log'
import {
  DATE_SORT_FTS_CAP,
  DATE_SORT_PROBE_ABOVE,
  FEED_ITEM_LIMIT,
  QUERY_ESTIMATE_CACHE_SIZE,
  QUERY_ESTIMATE_TTL_MS,
  RELEVANCE_DEPTH,
  SEARCH_DEFAULT_LIMIT,
  SEARCH_MAX_LIMIT,
} from '../limits'
import { decodeCursor, encodeCursor } from './cursor'
import { canonicalFilter } from './filter'
import { toFts, toRankFts } from './query'
import { relevancePage } from './relevance'
import { buildSnippet, hasMatch, leadSnippet, matchedSnippet } from './snippet'
import type { Filter, ParsedQuery, SearchItem, SearchOptions, SearchPage } from './types'

type EffectiveSort = 'date' | 'relevance'

/**
 * Per-isolate memory of how frequent a query is: the estimate costs a D1 round trip, and a
 * word's frequency class changes slowly. A stale entry only costs speed, never correctness.
 */
const frequency = new Map<string, { driver: SearchQuerySpec['qDriver']; at: number }>()

/** How a date-sorted q search runs, by how many articles match (limits.ts DATE_SORT_*). */
export async function qDriverFor(
  db: D1Database,
  fts: string | undefined,
): Promise<SearchQuerySpec['qDriver']> {
  if (!fts) return undefined
  const now = Date.now()
  let known = frequency.get(fts)
  if (!known || now - known.at > QUERY_ESTIMATE_TTL_MS) {
    const n = await countMatchesUpTo(db, fts, DATE_SORT_PROBE_ABOVE)
    known = { driver: n < DATE_SORT_FTS_CAP ? 'fts' : n < DATE_SORT_PROBE_ABOVE ? 'set' : 'probe', at: now }
    if (frequency.size >= QUERY_ESTIMATE_CACHE_SIZE) frequency.delete(frequency.keys().next().value!)
    frequency.set(fts, known)
  }
  return known.driver
}

/** FTS5 errors cannot come from user text (every token is quoted); if one still does, it is a 400, logged. */
export async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (err) {
    if (err instanceof Error && /fts5/i.test(err.message)) {
      log.error('fts5_query_refused', { error: err })
      throw new BadQuery('invalid_query', 'q could not be evaluated by the full-text index')
    }
    throw err
  }
}

export async function searchArticles(
  db: D1Database,
  filter: Filter,
  opts: SearchOptions,
  cursorKey: string,
): Promise<SearchPage> {
  const sort: EffectiveSort = opts.sort === 'relevance' && filter.query ? 'relevance' : 'date'
  const limit = Math.min(Math.max(Math.trunc(opts.limit) || SEARCH_DEFAULT_LIMIT, 1), SEARCH_MAX_LIMIT)
  const collapse = !opts.expandClusters
  const context = `${canonicalFilter(filter)}|${sort}|${collapse ? 'one' : 'all'}`
  const fts = filter.query ? toFts(filter.query) : undefined
  let rows: SearchRow[]
  let next_cursor: string | null = null

  if (sort === 'relevance' && fts) {
    const at = opts.cursor
      ? await decodeCursor(cursorKey, context, sort, 2, opts.cursor, RELEVANCE_DEPTH)
      : undefined
    const rankFts = toRankFts(filter.query!)
    const query = { filter, fts, collapse, rankFts: rankFts === fts ? undefined : rankFts }
    const page = await guarded(() =>
      relevancePage(db, query, limit, at && { snapshot: at.key[0], tailAfter: at.key[1], served: at.ids }),
    )
    rows = page.rows
    if (page.next)
      next_cursor = await encodeCursor(
        cursorKey,
        context,
        sort,
        [page.next.snapshot, page.next.tailAfter],
        page.next.served,
      )
  } else {
    const after = opts.cursor ? (await decodeCursor(cursorKey, context, sort, 2, opts.cursor)).key : undefined
    const spec: SearchQuerySpec = {
      filter,
      fts,
      qDriver: await guarded(() => qDriverFor(db, fts)),
      collapse,
      after,
      // One more than asked: its presence says whether there is a next page.
      limit: limit + 1,
    }
    const all = await guarded(() => runSearch(db, spec))
    rows = all.slice(0, limit)
    const last = rows[rows.length - 1]
    if (all.length > limit && last)
      next_cursor = await encodeCursor(cursorKey, context, sort, [last.published_at, last.id])
  }
  const items = await withSnippets(db, filter.query, rows)
  return { items, next_cursor }
}

/**
 * Snippets: a window of the lead around its first match; the lead's start when only the title
 * matched; a window of the body when only the body did. The search query brings the first
 * SNIPPET_BODY_CHARS of the body along (news puts the story first); only a row whose match lies
 * beyond that, or whose body did not come, costs a second query for its whole body.
 */
async function withSnippets(
  db: D1Database,
  query: ParsedQuery | undefined,
  rows: SearchRow[],
): Promise<SearchItem[]> {
  const items: SearchItem[] = rows.map((r) => toArticleView(r))
  if (!query) return items
  const pending: number[] = []
  rows.forEach((r, i) => {
    // A title match with a lead to show needs no body: the snippet is the lead (marked if it matches too).
    if (r.summary.trim() && hasMatch(query, r.title)) {
      items[i].snippet = buildSnippet(query, [r.summary])
      return
    }
    const texts = [r.summary, r.body ?? '']
    const snippet = matchedSnippet(query, texts)
    if (snippet !== null || (r.body !== null && !r.body_cut)) items[i].snippet = snippet ?? leadSnippet(texts)
    else pending.push(i)
  })
  const bodies = await articleContents(
    db,
    pending.map((i) => rows[i].id),
  )
  for (const i of pending)
    items[i].snippet = buildSnippet(query, [rows[i].summary, bodies.get(rows[i].id) ?? ''])
  return items
}

/**
 * Cheap facts for a filter feed's HTTP validators, from its newest FEED_ITEM_LIMIT matches (date
 * order, one per story): published_at and fetched_at of the newest match, and the GREATEST id
 * among those matches. Ids grow with ingest time, so an article that arrives back-dated (a late
 * feed, an old item) and lands among the newest 50 without being the newest still changes the
 * id, hence the ETag; the first row alone would miss it. Costs one date-sorted walk of 50 rows.
 */
export async function newestMatch(
  db: D1Database,
  filter: Filter,
): Promise<{ id: number; published_at: number; fetched_at: number } | null> {
  const fts = filter.query ? toFts(filter.query) : undefined
  const spec: SearchQuerySpec = {
    filter,
    fts,
    qDriver: await guarded(() => qDriverFor(db, fts)),
    collapse: true,
    limit: FEED_ITEM_LIMIT,
  }
  const rows = await guarded(() => runSearch(db, spec))
  if (!rows.length) return null
  return {
    id: Math.max(...rows.map((r) => r.id)),
    published_at: rows[0].published_at,
    fetched_at: rows[0].fetched_at,
  }
}

/**
 * Relevance order, paged exactly while articles arrive.
 *
 * Order: the RELEVANCE_DEPTH best of the newest RELEVANCE_WINDOW matches by weighted bm25 (ties
 * broken by tag strength, then freshness: src/db/search-ranked.ts buildRankedSql), then every other
 * match newest first.
 *
 * Why paging stays exact although bm25 moves: bm25 reads corpus statistics (document count,
 * average length, how many documents hold each term) that change with every insert, so page 2
 * cannot re-derive page 1's order from a score boundary the way a date cursor does. Instead:
 *   - the first page records a snapshot (the greatest article id); later pages see only
 *     articles up to it, so arrivals never enter a pass they did not start in;
 *   - the cursor lists the ranked articles already shown (at most RELEVANCE_DEPTH, packed in
 *     cursor.ts), and each ranked page is "the best of the window except those". Whatever the
 *     statistics did meanwhile, nothing shown is shown again, and nothing unshown is lost;
 *   - after RELEVANCE_DEPTH ranked articles, the tail walks every remaining match of the
 *     snapshot newest first with an id keyset, minus the same list, so a window article that
 *     was never ranked into the head still appears exactly once.
 * Clusters are collapsed inside the window, and a window ranked by a relaxed expression (a
 * phrase's words: query.ts toRankFts) keeps only the rows that match the query itself, so it may
 * run dry before the depth, even at once; the tail then follows if the window was full. Cost: one D1 query
 * per page; two on the
 * page that crosses from ranked to tail.
 */
import { runRanked, runTail } from '../db/search-ranked'
import type { SearchRow } from '../db/search-rows'
import { RELEVANCE_DEPTH, RELEVANCE_WINDOW } from '../limits'
import type { Filter } from './types'

/**
 * Where a relevance pass stands: the snapshot, the ranked ids shown so far, the last tail id (0 = tail not
 * started).
 */
export interface RelevancePosition {
  snapshot: number
  served: number[]
  tailAfter: number
}

/** The query (fts) and, when it differs, the relaxed expression bm25 ranks by (query.ts toRankFts). */
export interface RelevanceQuery {
  filter: Filter
  fts: string
  rankFts?: string
  collapse: boolean
}

export interface RelevancePage {
  rows: SearchRow[]
  next: RelevancePosition | null
}

export async function relevancePage(
  db: D1Database,
  query: RelevanceQuery,
  limit: number,
  at: RelevancePosition | undefined,
): Promise<RelevancePage> {
  const served = at?.served ?? []
  const inTail = at !== undefined && (at.tailAfter > 0 || served.length >= RELEVANCE_DEPTH)
  if (at && inTail) return tailPage(db, query, limit, at, [])

  const quota = Math.min(limit, RELEVANCE_DEPTH - served.length)
  // One more than the quota: its presence says the ranked window is not exhausted.
  const head = await runRanked(db, { ...query, snapshot: at?.snapshot, served, limit: quota + 1 })
  const ranked = head.rows.slice(0, quota)
  const snapshot = at?.snapshot ?? head.snapshot
  const shown = [...served, ...ranked.map((r) => r.id)]
  if (head.rows.length > quota) {
    if (quota === limit) return { rows: ranked, next: { snapshot, served: shown, tailAfter: 0 } }
    // The depth is reached inside this page: the tail fills the rest.
    return tailPage(db, query, limit - quota, { snapshot, served: shown, tailAfter: 0 }, ranked)
  }
  // The window is exhausted. A window that was not full held every match: the pass is over.
  if (head.windowSize < RELEVANCE_WINDOW) return { rows: ranked, next: null }
  return tailPage(db, query, limit - ranked.length, { snapshot, served: shown, tailAfter: 0 }, ranked)
}

async function tailPage(
  db: D1Database,
  query: RelevanceQuery,
  limit: number,
  at: RelevancePosition,
  before: SearchRow[],
): Promise<RelevancePage> {
  const rows = await runTail(db, {
    filter: query.filter,
    fts: query.fts,
    collapse: query.collapse,
    snapshot: at.snapshot,
    exclude: at.served,
    beforeId: at.tailAfter || undefined,
    limit: limit + 1,
  })
  const tail = rows.slice(0, limit)
  // tailAfter = snapshot + 1: the tail has begun (the ranked head is closed) but shown nothing yet.
  const next = rows.length > limit ? { ...at, tailAfter: tail[tail.length - 1]?.id ?? at.snapshot + 1 } : null
  return { rows: [...before, ...tail], next }
}

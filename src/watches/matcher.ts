import { type MatchableWatchRow, readMatchableWatches, readWatchesVersion } from '../db/watches'
import { log } from '../lib/log'
import { matchesFilter } from '../search/filter'
import type { MatchableArticle } from '../search/types'
import { type IndexedWatch, indexKeysFor, WatchIndex } from './matcher-index'
import { filterFromJson } from './stored-filter'

/** Matches a newly ingested article against every watch that can deliver. */
export interface WatchMatcher {
  /** The watch-set version this matcher was built from. */
  readonly version: string
  /** Number of watches indexed. */
  readonly size: number
  /** Ids of the matching watches, ascending. */
  match(article: MatchableArticle): number[]
  /** Ids of the watches the index selects for a full check (what match() evaluates). */
  candidates(article: MatchableArticle): number[]
}

function compile(version: string, rows: MatchableWatchRow[]): WatchMatcher {
  const watches: IndexedWatch[] = []
  for (const row of rows) {
    try {
      // Keys are recomputed rather than read from watch_index: they must be spelled exactly as this
      // code keys articles (term keys follow the search tokenizer, which may change with a deploy).
      const filter = filterFromJson(row.filter_json)
      watches.push({ id: row.id, filter, keys: indexKeysFor(filter) })
    } catch (err) {
      // One unreadable stored filter must not stop every other watch (nor the ingest) from working.
      log.error('watch_filter_unreadable', { watch_id: row.id, error: err })
    }
  }
  const index = new WatchIndex(watches, matchesFilter)
  return {
    version,
    size: index.size,
    match: (article) => index.match(article),
    candidates: (article) => index.candidates(article).map((w) => w.id),
  }
}

/**
 * Per-isolate cache: the matcher of the newest watch-set version seen (a promise: concurrent callers share
 * one build).
 */
let current: { version: string; matcher: Promise<WatchMatcher> } | null = null

/**
 * The matcher for the watch set currently in D1. Costs one primary-key read of
 * meta.watches_version per call; the watches are (re)loaded and compiled only when it moved.
 */
export async function getWatchMatcher(db: D1Database): Promise<WatchMatcher> {
  const version = await readWatchesVersion(db)
  if (current?.version === version) return current.matcher
  const build = readMatchableWatches(db).then((loaded) => compile(loaded.version, loaded.watches))
  const entry = { version, matcher: build }
  current = entry
  build.catch(() => {
    if (current === entry) current = null
  })
  return build
}

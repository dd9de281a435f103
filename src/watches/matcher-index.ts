import type { Filter, MatchableArticle } from '../search/types'
import { articleKeys, articleTokens, keysDecideMatch, TERM_PREFIX, tokensRequiredByAll } from './index-keys'

export { articleKeys, indexKeysFor, requiredTokens, SCAN_KEY } from './index-keys'

/**
 * The watch index: every watch is filed under the keys of the most selective condition it
 * requires (see index-keys.ts), so an article only meets the watches filed under its own tags,
 * feed, language, tag pairs and words, plus the few watches that require none of those (the
 * scan list: date-only or exclusion-only filters). Candidates are then confirmed with the full
 * filter (matchesFilter: q with the search semantics, Korean included), after a cheap check
 * that the tokens every one of its q words needs are in the article.
 * Pure and synchronous: the bench runs it under Node; the Worker builds it once per watch-set version.
 */

export interface IndexedWatch {
  id: number
  filter: Filter
  /** Index keys; empty = scan list. */
  keys: string[]
}

export type FilterPredicate = (filter: Filter, article: MatchableArticle) => boolean

interface Entry {
  watch: IndexedWatch
  /** Tokens the watch's q needs in every matching article (compiled once); null without q. */
  needs: string[] | null
  /** Filed under keys that prove the whole filter: a hit needs no evaluation (keysDecideMatch). */
  exact: boolean
  /** Last lookup that collected this entry: dedupes watches filed under several of the article's keys. */
  seen: number
}

export class WatchIndex {
  private readonly buckets = new Map<string, Entry[]>()
  /** Word keys, by token (no "term:" prefix to build per article token). */
  private readonly termBuckets = new Map<string, Entry[]>()
  private readonly scan: Entry[] = []
  private lookup = 0
  /** The article is tokenised only when some watch has a q. */
  private readonly usesTokens: boolean
  readonly size: number

  constructor(
    watches: readonly IndexedWatch[],
    private readonly matches: FilterPredicate,
  ) {
    let usesTokens = false
    for (const watch of watches) {
      const needs = watch.filter.query ? tokensRequiredByAll(watch.filter.query.root) : null
      if (watch.filter.query) usesTokens = true
      const entry: Entry = { watch, needs: needs?.length ? needs : null, exact: keysDecideMatch(watch.filter, watch.keys), seen: 0 }
      if (watch.keys.length === 0) this.scan.push(entry)
      for (const key of watch.keys) {
        const term = key.startsWith(TERM_PREFIX)
        const map = term ? this.termBuckets : this.buckets
        const k = term ? key.slice(TERM_PREFIX.length) : key
        const bucket = map.get(k)
        if (bucket) bucket.push(entry)
        else map.set(k, [entry])
      }
    }
    this.usesTokens = usesTokens
    this.size = watches.length
  }

  private collect(article: MatchableArticle, tokens: Set<string> | null): Entry[] {
    const stamp = ++this.lookup
    const out: Entry[] = []
    const add = (bucket: Entry[] | undefined) => {
      if (!bucket) return
      for (const entry of bucket) {
        if (entry.seen === stamp) continue
        entry.seen = stamp
        out.push(entry)
      }
    }
    for (const key of articleKeys(article)) add(this.buckets.get(key))
    if (tokens && this.termBuckets.size) for (const t of tokens) add(this.termBuckets.get(t))
    for (const entry of this.scan) out.push(entry)
    return out
  }

  /** Watches that could match: those filed under one of the article's keys, and the scan list. */
  candidates(article: MatchableArticle): IndexedWatch[] {
    return this.collect(article, this.usesTokens ? articleTokens(article) : null).map((e) => e.watch)
  }

  /** Ids of the watches whose full filter matches, ascending. */
  match(article: MatchableArticle): number[] {
    const tokens = this.usesTokens ? articleTokens(article) : null
    const ids: number[] = []
    for (const entry of this.collect(article, tokens)) {
      if (entry.exact) {
        ids.push(entry.watch.id)
        continue
      }
      if (entry.needs && tokens && !entry.needs.every((t) => tokens.has(t))) continue
      if (this.matches(entry.watch.filter, article)) ids.push(entry.watch.id)
    }
    return ids.sort((a, b) => a - b)
  }

  /** How the watches are filed (what the bench and diagnostics show). */
  stats(): { keys: number; scan: number; largestBucket: number } {
    let largest = 0
    for (const b of [...this.buckets.values(), ...this.termBuckets.values()]) largest = Math.max(largest, b.length)
    return { keys: this.buckets.size + this.termBuckets.size, scan: this.scan.length, largestBucket: largest }
  }
}

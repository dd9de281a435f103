import { recordMatches } from '../search/filter'
import { preparedColumns } from '../search/match'
import type { Filter, MatchableArticle, RecordFilter } from '../search/types'
import { conditionKeyGroups, keysDecideMatch, TERM_PREFIX } from './index-keys'
import { KeyBuckets } from './key-buckets'
import {
  compilePresence,
  MAYBE,
  type PresenceCheck,
  presenceVerdict,
  screenWords,
  YES,
} from './query-presence'
import { type ScreenSpec, Screens } from './screen'
import { WordTable } from './word-table'

export { indexKeysFor, requiredTokens, SCAN_KEY } from './index-keys'

/**
 * The watch index: every watch is filed under the keys of the most selective condition it
 * requires (see index-keys.ts), so an article only meets the watches filed under its own tags,
 * feed, language, tag pairs and words (key-buckets.ts), plus the few watches that require none
 * of those (the scan list: date-only or exclusion-only filters). Candidates are then confirmed,
 * cheapest first: by their keys alone when those prove the filter (most tag watches), by a
 * screen (screen.ts) that rejects most others from two array reads, then on numbers: the keys
 * the article carries for tags, feed and language, its words for q (word-table.ts,
 * query-presence.ts). The predicate (matchesFilter: q with the search semantics) only sees what
 * words cannot decide: a trailing lone CJK character matched as a prefix.
 *
 * Watches are numbered 0..n-1 in id order and what a candidate needs lives in typed arrays by
 * that number, so a lookup walks a few contiguous arrays rather than one heap object per
 * candidate, and matches are collected as bits, which read back in id order without a sort.
 * Pure and synchronous: the bench runs it under Node; the Worker builds it once per watch-set version.
 */

export interface IndexedWatch {
  id: number
  filter: Filter
  /** Index keys; empty = scan list. */
  keys: string[]
}

export type FilterPredicate = (filter: Filter, article: MatchableArticle) => boolean

/** How to confirm a watch whose keys do not prove it. */
interface Check {
  /** Tag, feed and language conditions as single key numbers: the article must carry one of each group. */
  keyGroups: number[][]
  /** Date bounds (inclusive), infinite when absent. */
  since: number
  until: number
  /** What the article's words say about q (compiled once); null without q. */
  presence: PresenceCheck | null
  /** q alone, for the predicate when the words cannot decide it. */
  query: Filter | null
  /** source/target/modality: one of the article's records must satisfy it. */
  record: RecordFilter | null
}

export class WatchIndex {
  private readonly words = new WordTable()
  /** Watch numbers by key; ~number (negative) for a watch its keys prove (keysDecideMatch), which needs no check. */
  private readonly buckets: KeyBuckets
  private readonly scan: number[]
  private readonly watches: IndexedWatch[]
  private readonly ids: Float64Array
  /** How to confirm each watch, by number (null where its keys prove it). */
  private readonly checks: (Check | null)[]
  /** A cheap first test, by watch number: most candidates fail it without their check being loaded. */
  private readonly screens: Screens
  /** The current lookup's matches, one bit per watch number. */
  private readonly matchedBits: Uint32Array
  /**
   * Per watch: the last lookup that collected it, so a watch filed under several of the article's keys is
   * seen once.
   */
  private readonly seenIn: Float64Array
  private lookup = 0
  /** Scratch: candidates of the current lookup, and the ids it matched. */
  private readonly found: number[] = []
  private readonly matchedIds: number[] = []
  /** The article is tokenised only when some watch has a q. */
  private readonly usesTokens: boolean
  readonly size: number

  constructor(
    watches: readonly IndexedWatch[],
    private readonly matches: FilterPredicate,
  ) {
    this.watches = [...watches].sort((a, b) => a.id - b.id)
    this.size = this.watches.length
    const n = this.size
    this.ids = Float64Array.from(this.watches, (w) => w.id)
    this.seenIn = new Float64Array(n)
    this.matchedBits = new Uint32Array(Math.ceil(n / 32))
    const proven = this.watches.map((w) => keysDecideMatch(w.filter, w.keys))
    this.buckets = new KeyBuckets(
      this.watches.flatMap((w, i) => w.keys.map((key) => [key, proven[i] ? ~i : i] as const)),
      this.words,
    )
    this.checks = this.watches.map((w, i) => (proven[i] ? null : this.compileCheck(w.filter)))
    this.screens = new Screens(
      this.checks.map((check, i) => (check ? this.screenOf(check, this.watches[i].keys) : NO_SCREEN)),
    )
    this.scan = this.watches.flatMap((w, i) => (w.keys.length === 0 ? [i] : []))
    this.usesTokens = this.watches.some((w) => w.filter.query)
  }

  /** Watches that could match: those filed under one of the article's keys, and the scan list. */
  candidates(article: MatchableArticle): IndexedWatch[] {
    return this.collect(article, false).map((i) => this.watches[i])
  }

  /** Ids of the watches whose full filter matches, ascending. */
  match(article: MatchableArticle): number[] {
    const matched = this.matchedBits
    matched.fill(0) // clear even if a previous lookup threw half-way
    for (const i of this.collect(article, true))
      if (this.confirms(this.checks[i]!, article)) matched[i >>> 5] |= 1 << (i & 31)
    // Watch numbers follow ids, so reading the bits in order yields the ids sorted: n/32 word
    // reads instead of a comparison sort (a few µs for ~100 matches).
    const ids = this.matchedIds
    ids.length = 0
    for (let w = 0; w < matched.length; w++) {
      for (let bits = matched[w]; bits !== 0; bits &= bits - 1)
        ids.push(this.ids[w * 32 + 31 - Math.clz32(bits & -bits)])
    }
    return ids.slice() // one allocation of the final size: ingest-time garbage is what makes GC pauses
  }

  /** How the watches are filed (what the bench and diagnostics show). */
  stats(): { keys: number; scan: number; largestBucket: number } {
    return { ...this.buckets.stats(), scan: this.scan.length }
  }

  private compileCheck(filter: Filter): Check {
    const { query } = filter
    return {
      keyGroups: conditionKeyGroups(filter).map((group) => group.map((key) => this.buckets.keyId(key))),
      since: filter.since ?? -Infinity,
      until: filter.until ?? Infinity,
      presence: query ? compilePresence(query.root, this.words) : null,
      query: query ? { actors: [], events: [], feeds: [], langs: [], q: filter.q, query } : null,
      record: filter.record ?? null,
    }
  }

  private screenOf(check: Check, keys: readonly string[]): ScreenSpec {
    const keyWords = new Set(
      keys
        .filter((k) => k.startsWith(TERM_PREFIX))
        .map((k) => this.words.intern(k.slice(TERM_PREFIX.length))),
    )
    const singleKey = check.keyGroups.find((group) => group.length === 1)
    return {
      key: singleKey ? singleKey[0] : -1,
      words: check.presence && screenWords(check.presence, keyWords),
    }
  }

  /**
   * Reads the article and gathers the watches it reaches, once each (valid until the next
   * lookup). `forMatch`: watches their keys prove are marked matched on the spot and those
   * failing their screen are dropped, so only the few that need their check are returned.
   */
  private collect(article: MatchableArticle, forMatch: boolean): readonly number[] {
    const stamp = ++this.lookup
    const { found, seenIn, matchedBits, screens, buckets, words } = this
    found.length = 0
    const wordIds = this.usesTokens ? words.read(preparedColumns(article)) : NO_WORDS
    const { start, items } = buckets
    for (const b of buckets.reach(article, wordIds)) {
      for (let k = start[b]; k < start[b + 1]; k++) {
        const item = items[k]
        const i = item < 0 ? ~item : item
        if (forMatch) {
          // Marking twice is harmless: no dedupe for proven watches; nor for a failed screen (it fails again).
          if (item < 0) matchedBits[i >>> 5] |= 1 << (i & 31)
          if (item < 0 || !screens.passes(i, buckets, words)) continue
        }
        if (seenIn[i] === stamp) continue
        seenIn[i] = stamp
        found.push(i)
      }
    }
    for (const i of this.scan) found.push(i)
    return found
  }

  /**
   * The filter, on numbers: dates, then conditions through the keys the article carries, then q
   * through its words (query-presence.ts); the predicate only when those cannot decide q.
   */
  private confirms(check: Check, article: MatchableArticle): boolean {
    if (article.publishedAt < check.since || article.publishedAt > check.until) return false
    for (const group of check.keyGroups) if (!this.carriesAny(group)) return false
    if (check.record && !recordMatches(check.record, article.records ?? [])) return false
    const q = check.presence ? presenceVerdict(check.presence, this.words) : YES
    return q === YES || (q === MAYBE && this.matches(check.query!, article))
  }

  private carriesAny(keyIds: readonly number[]): boolean {
    for (const id of keyIds) if (this.buckets.carries(id)) return true
    return false
  }
}

const NO_WORDS: readonly number[] = []
const NO_SCREEN: ScreenSpec = { key: -1, words: null }

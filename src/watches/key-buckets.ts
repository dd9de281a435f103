import { numberOf } from '../lib/arrays'
import type { MatchableArticle } from '../search/types'
import { articleSingleKeys, singleKeysOf, TERM_PREFIX } from './index-keys'
import type { WordTable } from './word-table'

/**
 * Watch numbers filed under index keys (index-keys.ts), looked up by what an article carries.
 * Per article, the work is bounded by the article, not by the number of watches: one Map
 * lookup per tag, feed and language key, one per pair of those keys, and an array read per word
 * of the article that some watch uses (read beforehand by the WordTable).
 *
 * Tag, feed and language keys are numbered when watches are filed, so an article's pairs are
 * looked up by number (no "a&b" string built per pair) and keys no watch uses are dropped
 * before pairing. All buckets are packed in one Int32Array, each a range of it: the few dozen
 * buckets an article reaches are read as contiguous integers.
 */
export class KeyBuckets {
  /** Single (tag, feed, language) key → its number. */
  private readonly idOf = new Map<string, number>()
  /**
   * Bucket numbers, by single key number and by word id (-1: none), and by pair of single key numbers
   * (smaller, then larger).
   */
  private readonly singleBucket: Int32Array
  private readonly wordBucket: Int32Array
  private readonly pairBucket: (Map<number, number> | undefined)[] = []
  /** Bucket b holds items[start[b]] .. items[start[b + 1] - 1]. */
  readonly start: Int32Array
  readonly items: Int32Array
  /** Scratch: the current article's single key numbers, and the buckets it reaches (one lookup at a time). */
  private readonly articleIds: number[] = []
  private readonly reached: number[] = []
  /** Per single key number: the last lookup whose article carries it. */
  private carriedIn = new Float64Array(0)
  private lookup = 0

  constructor(filings: Iterable<readonly [key: string, item: number]>, words: WordTable) {
    const buckets: number[][] = []
    const single: number[] = []
    const word: number[] = []
    const bucketAt = (list: number[], i: number) => {
      while (list.length <= i) list.push(-1)
      if (list[i] < 0) list[i] = buckets.push([]) - 1
      return list[i]
    }
    for (const [key, item] of filings) {
      let b: number
      if (key.startsWith(TERM_PREFIX)) b = bucketAt(word, words.intern(key.slice(TERM_PREFIX.length)))
      else {
        const [x, y] = singleKeysOf(key).map((k) => this.keyId(k))
        if (y === undefined) b = bucketAt(single, x)
        else {
          const pairs = this.pairBucket[Math.min(x, y)] ?? new Map<number, number>()
          this.pairBucket[Math.min(x, y)] = pairs
          b = pairs.get(Math.max(x, y)) ?? buckets.push([]) - 1
          pairs.set(Math.max(x, y), b)
        }
      }
      buckets[b].push(item)
    }
    this.singleBucket = Int32Array.from(single)
    this.wordBucket = Int32Array.from(word)
    this.start = new Int32Array(buckets.length + 1)
    buckets.forEach((items, b) => {
      this.start[b + 1] = this.start[b] + items.length
    })
    this.items = Int32Array.from(buckets.flat())
  }

  /**
   * The buckets the article reaches (valid until the next call); `wordIds`: its words
   * (WordTable.read). Until the next call, `carries` answers for this article.
   */
  reach(article: MatchableArticle, wordIds: readonly number[]): readonly number[] {
    if (this.carriedIn.length < this.idOf.size) this.carriedIn = new Float64Array(this.idOf.size)
    const lookup = ++this.lookup
    const { articleIds: ids, reached, carriedIn, singleBucket, wordBucket } = this
    ids.length = 0
    reached.length = 0
    for (const key of articleSingleKeys(article)) {
      const id = this.idOf.get(key)
      if (id === undefined || carriedIn[id] === lookup) continue
      carriedIn[id] = lookup
      ids.push(id)
    }
    // Keys numbered after filing (only checked by `carries`) are past the end: no bucket.
    for (let i = 0; i < ids.length; i++) {
      if (ids[i] < singleBucket.length && singleBucket[ids[i]] >= 0) reached.push(singleBucket[ids[i]])
      for (let j = i + 1; j < ids.length; j++) {
        const b = this.pairBucket[Math.min(ids[i], ids[j])]?.get(Math.max(ids[i], ids[j]))
        if (b !== undefined) reached.push(b)
      }
    }
    // Likewise words only found in q (query-presence.ts).
    for (const id of wordIds) if (id < wordBucket.length && wordBucket[id] >= 0) reached.push(wordBucket[id])
    return reached
  }

  /** The number of a single (tag, feed or language) key, for `carries` (numbered on first sight). */
  keyId(key: string): number {
    return numberOf(this.idOf, key)
  }

  /** Whether the article of the last `reach` carries single key `id`. */
  carries(id: number): boolean {
    return this.carriedIn[id] === this.lookup
  }

  /** Distinct keys items are filed under, and the largest bucket. */
  stats(): { keys: number; largestBucket: number } {
    let largest = 0
    for (let b = 0; b + 1 < this.start.length; b++)
      largest = Math.max(largest, this.start[b + 1] - this.start[b])
    return { keys: this.start.length - 1, largestBucket: largest }
  }
}

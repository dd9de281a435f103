/** What a watch's screen tests (see Screens). */
export interface ScreenSpec {
  /** A single key number (KeyBuckets) every match carries, or -1. */
  key: number
  /** Word numbers (WordTable) of which every match has one, or null. */
  words: readonly number[] | null
}

/**
 * A first, cheap test per watch, read from flat arrays by watch number: a tag, feed or language
 * key the article must carry, and words of which it must have one. Most candidates that do not
 * match fail it (the other word of a phrase, the actor of "actor=x&q=word") and are rejected
 * without loading their full check. Sound only: passing it proves nothing.
 */
export class Screens {
  private readonly key: Int32Array
  /** Watch i's words are words[from[i]] .. words[from[i + 1] - 1]; none = no word test. */
  private readonly from: Int32Array
  private readonly words: Int32Array

  constructor(specs: readonly ScreenSpec[]) {
    this.key = Int32Array.from(specs, (s) => s.key)
    this.from = new Int32Array(specs.length + 1)
    specs.forEach((s, i) => {
      this.from[i + 1] = this.from[i] + (s.words?.length ?? 0)
    })
    this.words = Int32Array.from(specs.flatMap((s) => s.words ?? []))
  }

  /** For the article `keys` and `words` last read. */
  passes(
    watch: number,
    keys: { carries(key: number): boolean },
    words: { has(word: number): boolean },
  ): boolean {
    const key = this.key[watch]
    if (key >= 0 && !keys.carries(key)) return false
    const from = this.from[watch]
    const to = this.from[watch + 1]
    if (from === to) return true
    for (let k = from; k < to; k++) if (words.has(this.words[k])) return true
    return false
  }
}

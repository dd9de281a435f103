import { numberOf } from '../lib/arrays'
/**
 * The words (index tokens) watches use, as word keys or in their q, numbered once when the
 * index is built, and the article being matched read as a sequence of those numbers: its
 * columns one after the other, -1 for a token no watch uses and between columns. Each token of
 * the article is looked up once; after that the rest of matching works with numbers: the word
 * keys it reaches are a list of ids, "has word w" is an array read, and "has words a b c in a
 * row within one column" (a phrase, or a Korean word's bigrams, as search matches them) walks
 * the places where `a` occurs, however many watches ask.
 */
export class WordTable {
  private readonly idOf = new Map<string, number>()
  /** Ids of the current article's tokens in order (-1: unused token or column break), then unused capacity. */
  private sequence = new Int32Array(1024)
  /** Per position: the previous position of the same word, -1 for its first. */
  private previous = new Int32Array(1024)
  /** Per word id: the last article read that has it, and the word's last position there. */
  private seenIn = new Float64Array(0)
  private lastAt = new Int32Array(0)
  private article = 0
  /** Ids of the last article's distinct words (reused: one article at a time). */
  private readonly present: number[] = []

  intern(word: string): number {
    return numberOf(this.idOf, word)
  }

  /**
   * Reads an article's tokens, per column; returns the ids of its words that watches use (valid until the
   * next read).
   */
  read(columns: readonly { readonly tokens: readonly string[] }[]): readonly number[] {
    this.fit(columns.reduce((n, c) => n + c.tokens.length + 1, 0))
    // Locals: this loop runs once per token of the article, the hottest of matching.
    const { idOf, sequence, previous, seenIn, lastAt, present } = this
    const article = ++this.article
    present.length = 0
    let at = 0
    for (const { tokens } of columns) {
      for (let t = 0; t < tokens.length; t++, at++) {
        const id = idOf.get(tokens[t])
        if (id === undefined) {
          sequence[at] = -1
          continue
        }
        sequence[at] = id
        if (seenIn[id] !== article) {
          seenIn[id] = article
          lastAt[id] = -1
          present.push(id)
        }
        previous[at] = lastAt[id]
        lastAt[id] = at
      }
      sequence[at++] = -1 // a phrase never spans two columns
    }
    return present
  }

  /** Whether the article last read has word `id`. */
  has(id: number): boolean {
    return this.seenIn[id] === this.article
  }

  /** Whether the article last read has these words consecutively, in this order, within one column. */
  hasRun(ids: readonly number[]): boolean {
    if (!this.has(ids[0])) return false
    for (let at = this.lastAt[ids[0]]; at >= 0; at = this.previous[at]) {
      let k = 1
      while (k < ids.length && this.sequence[at + k] === ids[k]) k++
      if (k === ids.length) return true
    }
    return false
  }

  /**
   * Sizes the arrays: per word once every word is interned (the first read after building), per position to
   * the article.
   */
  private fit(length: number): void {
    if (this.sequence.length < length) {
      this.sequence = new Int32Array(length * 2)
      this.previous = new Int32Array(length * 2)
    }
    if (this.seenIn.length < this.idOf.size) {
      this.seenIn = new Float64Array(this.idOf.size)
      this.lastAt = new Int32Array(this.idOf.size)
    }
  }
}

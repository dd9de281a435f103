/**
 * The walk: one pass over a normalised text collecting every candidate match of every layer
 * (aliases, titles, stop phrases, triggers, cues) from the compiled trie. A walk starts at each
 * token start (and, for Korean triggers and cues, at syllables inside a word) and stops at the
 * first character no key continues with, so its cost follows the text, not the number of keys.
 * A candidate is kept when its end respects the entry's boundary rule (Next): a word boundary,
 * or for Korean a particle chain, a glued suffix or a verb ending.
 */

import { doubled } from '../lib/arrays'
import { C_CJK, C_DIGIT, C_HANGUL, C_LATIN, charClass } from './chars'
import { type CompiledTaxonomy, Next } from './compile'
import type { NormText } from './normalise'

const cls = () => charClass()

/** Growable parallel arrays of raw matches (start, end, entry), reused across articles. */
export class Candidates {
  start = new Int32Array(1024)
  end = new Int32Array(1024)
  entry = new Int32Array(1024)
  n = 0
  push(s: number, e: number, id: number): void {
    if (this.n === this.start.length) {
      this.start = doubled(this.start)
      this.end = doubled(this.end)
      this.entry = doubled(this.entry)
    }
    this.start[this.n] = s
    this.end[this.n] = e
    this.entry[this.n] = id
    this.n++
  }
}

export function scan(t: NormText, m: CompiledTaxonomy, out: Candidates): void {
  const { codes, soft, len } = t
  const k = cls()
  const { root, rootMid, entryStart, entryIds, edgeStart, edgeChar, edgeNode, denseSlot, dense } = m.trie
  const { entryMid, entryNext } = m
  out.n = 0
  let prevClass = 0
  for (let i = 0; i < len; i++) {
    const c = codes[i]
    const kc = k[c]
    const pk = prevClass
    prevClass = kc
    let node = root[c]
    if (node === 0) continue
    let tokenStart: boolean
    if (i === 0 || soft[i] === 1) tokenStart = true
    else if (kc === C_CJK) tokenStart = pk !== C_LATIN && pk !== C_DIGIT
    else tokenStart = pk !== C_LATIN && pk !== C_DIGIT && pk !== C_HANGUL && pk !== C_CJK
    if (!tokenStart && rootMid[c] === 0) continue
    let j = i + 1
    for (;;) {
      const last = entryStart[node + 1]
      for (let x = entryStart[node]; x < last; x++) {
        const id = entryIds[x]
        if (!tokenStart && entryMid[id] === 0) continue
        const next = entryNext[id] as Next
        // Fast path: the match ends at a space, punctuation or the end of the text.
        const nk = j < len && soft[j] === 0 ? k[codes[j]] : 0
        const plainEnd = nk !== C_LATIN && nk !== C_DIGIT && nk !== C_HANGUL && nk !== C_CJK
        if (plainEnd ? next !== Next.VerbOnly : endOk(t, m, next, j)) out.push(i, j, id)
      }
      if (j >= len) break
      // Child of node on codes[j]: a direct ASCII table for wide nodes, else the sorted edges.
      const ch = codes[j]
      const slot = denseSlot[node]
      if (slot >= 0 && ch < 128) {
        node = dense[slot * 128 + ch]
        if (node === 0) break
        j++
        continue
      }
      let lo = edgeStart[node]
      let hi = edgeStart[node + 1] - 1
      node = 0
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const mc = edgeChar[mid]
        if (mc === ch) {
          node = edgeNode[mid]
          break
        }
        if (mc < ch) lo = mid + 1
        else hi = mid - 1
      }
      if (node === 0) break
      j++
    }
  }
}

/** A match of an entry with boundary rule `next` may end at j (a word boundary, particles, an ending). */
export function endOk(t: NormText, m: CompiledTaxonomy, next: Next, j: number): boolean {
  if (next === Next.Any) return true
  if (j >= t.len || t.soft[j] === 1) return next !== Next.VerbOnly
  const c = t.codes[j]
  const kc = cls()[c]
  if (kc === C_HANGUL) return hangulTailOk(t, m, next, j)
  if (kc === C_LATIN || kc === C_DIGIT) return false
  if (kc === C_CJK) return m.cjkAliasChars.has(c)
  return next !== Next.VerbOnly
}

/** The Hangul run from j to the end of the token (a soft boundary also ends it). */
export function hangulRun(t: NormText, j: number): string {
  const k = cls()
  let r = j
  let s = ''
  while (r < t.len && k[t.codes[r]] === C_HANGUL && (r === j || t.soft[r] === 0))
    s += String.fromCharCode(t.codes[r++])
  return s
}

/**
 * The Hangul attached to a mention that ends at `end`, its particles and endings (북한이: 이), or '' when a space
 * or a soft boundary follows it (대만 유사시).
 */
export function attachedTail(t: NormText, end: number): string {
  return end < t.len && t.soft[end] === 0 ? hangulRun(t, end) : ''
}

function hangulTailOk(t: NormText, m: CompiledTaxonomy, next: Next, j: number): boolean {
  if (next === Next.None) return false
  const tail = hangulRun(t, j)
  if (next !== Next.VerbOnly && m.particleChains.has(tail)) return true
  if (next === Next.Verb || next === Next.VerbOnly) return m.verbEndings.some((v) => tail.startsWith(v))
  if (next === Next.Noun) {
    for (const s of m.suffixes) {
      if (tail.startsWith(s) && (tail.length === s.length || m.particleChains.has(tail.slice(s.length))))
        return true
    }
  }
  return false
}

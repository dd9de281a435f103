/**
 * Story fingerprints for near-duplicate CLUSTERING: the same wire story carried by several
 * outlets with small edits. (The SimHash of ./dedupe.ts stays the identity check of the ingest
 * planner: "same text behind one URL"; this module decides which story an article joins.)
 *
 * Fingerprint: a MinHash signature (Broder) of the article's 3-token shingles (pass
 * title + "\n" + content), tokenised by ./dedupe.ts's tokenize(). Tokens are
 *   - Latin/Cyrillic words and numbers, lower-cased, English stop words dropped, so that
 *     "fired a missile" / "fired the missile" agree;
 *   - single Hangul / Han / kana characters, spaces ignored, so Korean shingles are character
 *     trigrams: spacing ("탄도 미사일" / "탄도미사일") and particles (북한이 / 북한은) change only
 *     the few shingles around them instead of whole words (Korean has no reliable word split).
 * Outlet boilerplate is dropped first (datelines, bylines, reporter e-mails, copyright lines)
 * and wire spellings unified ("N. Korea" → "north korea", headline hanja 北 → 북한).
 *
 * The share of equal signature slots estimates the Jaccard similarity of the two shingle sets;
 * a pair is "the same story" at NEAR_DUPLICATE_MIN_JACCARD or more (confirmation).
 * Candidates: the signature is cut into NEAR_DUPLICATE_BANDS bands of NEAR_DUPLICATE_ROWS slots,
 * each hashed to one integer key (LSH banding): two texts share a band key with probability
 * 1 - (1 - J^rows)^bands, which is near 1 for copies and near 0 for different stories, so the
 * lookup is a handful of index probes whatever the size of the database (src/db/near-duplicates.ts).
 *
 * Short texts: a fingerprint needs MIN_FINGERPRINT_WORDS words of evidence (about two sentences).
 * Below that, fingerprint() returns null: never a near-duplicate of anything, otherwise
 * title-only items ("Weather", "북한, 탄도미사일 발사") would pull unrelated stories together.
 * Exact duplicates are still caught by URL / item identity.
 */

import { firstArticleIdAt } from '../db/ids'
import {
  NEAR_DUPLICATE_BANDS,
  NEAR_DUPLICATE_MIN_JACCARD,
  NEAR_DUPLICATE_ROWS,
  NEAR_DUPLICATE_WINDOW_DAYS,
} from '../limits'
import { tokenize } from './dedupe'

/** Word-equivalents needed for a fingerprint (a CJK character counts as a third of a word). */
export const MIN_FINGERPRINT_WORDS = 20
/** Slots of a signature: every band's rows. */
export const SIGNATURE_SLOTS = NEAR_DUPLICATE_BANDS * NEAR_DUPLICATE_ROWS

/** Tokens per shingle: 3 words in English, 3 syllables (about one word) in Korean. */
const SHINGLE_SIZE = 3

/**
 * A MinHash signature: per slot, the low 16 bits of the minimum of one hash function over the
 * shingles (b-bit MinHash, Li & König: two different minima agree by chance 1 in 65,536, so 16
 * bits estimate Jaccard as well as 32 at half the bytes). Stored as 2 bytes a slot.
 */
export type Signature = Uint16Array

export interface Fingerprint {
  signature: Signature
  /** LSH band keys: integers below 2^48 (exact in a JS number and in SQLite). */
  bands: number[]
}

/** Representatives with a smaller id were ingested before the window and are no longer candidates. */
export function oldestRepIdInWindow(now: number): number {
  return firstArticleIdAt(now - NEAR_DUPLICATE_WINDOW_DAYS * 86_400_000)
}

/** Signature and band keys of a text, or null when it is too short to fingerprint. */
export function storyFingerprint(text: string): Fingerprint | null {
  const signature = minhash(text)
  return signature ? { signature, bands: bandKeys(signature) } : null
}

/** Per-slot seeds of the hash family: fixed, so stored signatures stay comparable across deploys. */
const SEEDS = (() => {
  const seeds = new Uint32Array(SIGNATURE_SLOTS)
  let x = 0x9e3779b9
  for (let i = 0; i < seeds.length; i++) {
    x = fmix32(x + 0x6d2b79f5)
    seeds[i] = x
  }
  return seeds
})()

export function minhash(text: string): Signature | null {
  const { tokens, words } = tokenize(text)
  if (words < MIN_FINGERPRINT_WORDS || tokens.length < SHINGLE_SIZE) return null
  const shingles = new Set<number>()
  for (let i = 0; i + SHINGLE_SIZE <= tokens.length; i++) {
    shingles.add(hash32(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`))
  }
  const mins = new Uint32Array(SIGNATURE_SLOTS).fill(0xffffffff)
  for (const h of shingles) {
    for (let s = 0; s < SIGNATURE_SLOTS; s++) {
      const v = fmix32(h ^ SEEDS[s])
      if (v < mins[s]) mins[s] = v
    }
  }
  const sig = new Uint16Array(SIGNATURE_SLOTS)
  for (let s = 0; s < SIGNATURE_SLOTS; s++) sig[s] = mins[s] & 0xffff
  return sig
}

/**
 * One key per band: the band's rows hashed together with the band's index (so equal values in
 * different bands do not collide), folded to 48 bits. Computed from the stored 16-bit slots, so
 * the keys of a stored signature can be recomputed (pruning deletes them without an extra index).
 */
export function bandKeys(sig: Signature): number[] {
  const keys: number[] = []
  for (let b = 0; b < NEAR_DUPLICATE_BANDS; b++) {
    let h1 = 0x811c9dc5 ^ b
    let h2 = 0x01000193 + b
    for (let r = 0; r < NEAR_DUPLICATE_ROWS; r++) {
      const v = sig[b * NEAR_DUPLICATE_ROWS + r]
      h1 = fmix32(h1 ^ v)
      h2 = fmix32(h2 + Math.imul(v, 0x9e3779b1))
    }
    keys.push((h1 & 0xffff) * 0x1_0000_0000 + (h2 >>> 0))
  }
  return keys
}

/** Estimated Jaccard similarity of the two shingle sets: the share of equal slots. */
export function similarity(a: Signature, b: Signature): number {
  if (a.length !== b.length) throw new TypeError('signatures of different lengths')
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return same / a.length
}

export function isNearDuplicate(a: Signature, b: Signature): boolean {
  return similarity(a, b) >= NEAR_DUPLICATE_MIN_JACCARD
}

/** Hex of a signature (2 bytes a slot, big-endian), as SQL's unhex()/hex() read and write it. */
export function signatureToHex(sig: Signature): string {
  let out = ''
  for (const v of sig) out += v.toString(16).padStart(4, '0')
  return out
}

export function signatureFromHex(hex: string): Signature {
  if (hex.length !== SIGNATURE_SLOTS * 4 || !/^[0-9a-fA-F]*$/.test(hex))
    throw new TypeError(`not a ${SIGNATURE_SLOTS}-slot signature`)
  const sig = new Uint16Array(SIGNATURE_SLOTS)
  for (let i = 0; i < SIGNATURE_SLOTS; i++) sig[i] = parseInt(hex.slice(i * 4, i * 4 + 4), 16)
  return sig
}

/** FNV-1a over UTF-16 code units, finished with fmix32: a well-mixed 32-bit hash of a shingle. */
function hash32(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return fmix32(h)
}

/** MurmurHash3's finaliser: every input bit affects every output bit. */
function fmix32(x: number): number {
  let h = x >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

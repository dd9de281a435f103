/**
 * Near-duplicate detection: the same wire story carried by several outlets with small edits.
 *
 * Fingerprint: a 64-bit SimHash (Charikar) over 3-token shingles of the article text
 * (pass title + "\n" + content). Tokens are
 *   - Latin/Cyrillic words and numbers, lower-cased, English stop words dropped, so that
 *     "fired a missile" / "fired the missile" agree;
 *   - single Hangul / Han / kana characters, spaces ignored, so Korean shingles are character
 *     trigrams: spacing ("탄도 미사일" / "탄도미사일") and particles (북한이 / 북한은) change only
 *     the few shingles around them instead of whole words.
 * Outlet boilerplate is dropped first (datelines, bylines, reporter e-mails, copyright lines)
 * and wire spellings unified ("N. Korea" → "north korea", headline hanja 北 → 북한).
 * Each distinct shingle weighs 1 + ln(count): repeated phrases count, but do not dominate.
 *
 * Threshold: NEAR_DUPLICATE_MAX_HAMMING bits of 64 (see its comment for the measurements).
 * Candidates: the 64 bits are split into NEAR_DUPLICATE_BANDS bands; a pair that shares a band
 * whole is a candidate, so looking an article's band keys up in article_bands is an index
 * lookup, then isNearDuplicate confirms the exact distance (see NEAR_DUPLICATE_BANDS for the
 * odds that a pair within the threshold shares a band).
 *
 * Short texts: a fingerprint needs SIMHASH_MIN_WORDS words of evidence (about two sentences).
 * Below that, simhash() returns NO_SIMHASH, which has no band keys and is never a near-duplicate
 * of anything: otherwise title-only items ("Weather", "북한, 탄도미사일 발사") would pull unrelated
 * stories into one cluster. Exact duplicates are still caught by URL / item identity.
 */

/**
 * Maximum Hamming distance between two SimHashes for "the same story": 12 of 64 bits.
 * SimHash bits differ with probability angle/π, so 12 bits ≈ cosine 0.83 between the weighted
 * shingle vectors. Measured on the wire copy in test/ingest/wire-stories.ts, re-hashed under
 * 400 hash seeds to see the spread a 64-bit fingerprint has (binomial, ±3 bits):
 *   same story, other outlet (byline, headline, a sentence added/dropped, spelling, Korean
 *   spacing/particles):   full text mean 8.5-8.8 bits (p95 13), lead paragraphs 4-6 (p95 11);
 *   different launch, same vocabulary:   full text mean 24-30 (p1 14), Korean lead
 *   paragraphs only 18.7 (p5 13), the hardest case.
 * At 12 (with the bands below), 90-92% of full-text copies and 97-100% of lead-paragraph copies
 * are found per pair (a story carried by several outlets needs to match only one of them),
 * while 0% of different full-text stories and 3% of the formulaic Korean lead paragraphs merge.
 */
export const NEAR_DUPLICATE_MAX_HAMMING = 12

/**
 * Band layout: 8 bands of 8 bits (two hex digits each), keys "b0:3f" … "b7:a1".
 * A pair within 7 bits always shares a band (pigeonhole); at 8 bits apart it does with
 * probability 0.996, at 10 bits 0.956, at 12 bits 0.857 (exact, bits placed at random). The
 * measured copies above (mostly 4-10 bits) lose almost nothing against 16 four-bit bands, which
 * would guarantee 12 bits (89.8% vs 92.3% of full-text copies found). The cost decides: an
 * unrelated article (32 bits apart) shares one of 8 eight-bit bands with probability 0.019,
 * a same-topic one (24 bits) 0.135, against 0.657 / 0.964 with 16 four-bit bands, so the lookup
 * (confined to the recent window, NEAR_DUPLICATE_WINDOW_DAYS) reads a few percent of the
 * window instead of nearly all of it.
 */
export const NEAR_DUPLICATE_BANDS = 8

/** Fingerprint of a text too short to fingerprint: no bands, never a near-duplicate. */
export const NO_SIMHASH = '0000000000000000'

/** Word-equivalents needed for a fingerprint (a CJK character counts as a third of a word). */
export const SIMHASH_MIN_WORDS = 20

/** Tokens per shingle: 3 words in English, 3 syllables (about one word) in Korean (unrolled in simhashOf). */
const SHINGLE_SIZE = 3
/** A Korean word averages about three syllables: CJK characters count a third of a word each. */
const CJK_WORD_EQUIVALENT = 1 / 3

const STOP_WORDS = new Set(
  (
    'a an the and or but of to in on at by for from with as is are was were be been being it its this that ' +
    'these those he she they them his her their we our you your i has have had will would can could should ' +
    'may might said says also than then there which who whom whose what when where while about into over ' +
    'after before up out not no so if'
  ).split(' '),
)

/** Spellings of the same name in English wire copy, unified before tokenising (lower-cased input). */
const SPELLING_VARIANTS: [RegExp, string][] = [
  [/\bn\.\s*korea(n?)\b/g, 'north korea$1'],
  [/\bs\.\s*korea(n?)\b/g, 'south korea$1'],
  [/\bn\.\s*k\.(?![a-z])/g, 'north korea '],
  [/\bu\.\s*s\.(?![a-z])/g, 'us '],
  [/\bu\.\s*n\.(?![a-z])/g, 'un '],
  [/\bdprk\b/g, 'north korea'],
  [/\brok\b/g, 'south korea'],
]

/**
 * Per-outlet boilerplate that differs between copies of one wire story and says nothing about
 * it: datelines with the agency, bylines, reporter e-mails, copyright lines, credit lines.
 */
const BOILERPLATE: RegExp[] = [
  // "SEOUL, March 14 (Yonhap) -- ", "WASHINGTON (Reuters) - "
  /^[^\n]{0,60}?\((?:yonhap|reuters|ap|afp|xinhua|kyodo|upi|bloomberg|newsis|news1)\)\s*(?:--|-|—|–)\s*/gim,
  /\((?:yonhap|reuters|ap|afp|xinhua|kyodo|upi|bloomberg|newsis|news1)\)/gi,
  // "By Kim Eun-jung" alone on a line, "Reporting by ...; Editing by ..." credit lines
  /^\s*by\s+[^\n]{1,60}$/gim,
  /^\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^\n]*$/gim,
  // "(서울=연합뉴스) 김지헌 기자 = ", "[서울신문 박기석 기자]", "박기석 기자 = "
  /\([^)\n]{1,20}=[^)\n]{1,20}\)(?:\s*[^\s=\n]{1,10}){0,3}\s*기자\s*=\s*/g,
  /\[[^\]\n]{0,30}기자\]/g,
  /^[^\s=\n]{2,4}\s*기자\s*=\s*/gm,
  // reporter e-mails, copyright notices
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /^[^\n]*(?:무단\s*전재|재배포\s*금지|all rights reserved|ⓒ|©)[^\n]*$/gim,
]

/** One-character hanja abbreviations of Korean headlines (北 = 북한), applied to Korean text only. */
const HANJA_ABBREVIATIONS: [RegExp, string][] = [
  [/北/g, '북한'],
  [/南/g, '남한'],
  [/美/g, '미국'],
  [/中/g, '중국'],
  [/日/g, '일본'],
  [/韓/g, '한국'],
  [/露/g, '러시아'],
]

const HANGUL = /[\uac00-\ud7a3]/

/** A Latin/Cyrillic word or number, or one Hangul / Han / kana character. */
const TOKEN =
  /[a-z0-9\u00df-\u024f\u0430-\u045f]+|[\uac00-\ud7a3\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g

export interface Fingerprint {
  simhash: string
  bands: string[]
}

/** SimHash and band keys in one call (what the store needs per article). */
export function fingerprint(text: string): Fingerprint {
  const simhash = simhashOf(text)
  return { simhash, bands: bandKeys(simhash) }
}

export function simhash(text: string): string {
  return simhashOf(text)
}

function simhashOf(text: string): string {
  const { tokens, words } = tokenize(text)
  if (words < SIMHASH_MIN_WORDS || tokens.length < SHINGLE_SIZE) return NO_SIMHASH
  const counts = new Map<string, number>()
  for (let i = 0; i + SHINGLE_SIZE <= tokens.length; i++) {
    const shingle = `${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1)
  }
  const vector = new Float64Array(64)
  for (const [shingle, count] of counts) {
    const w = 1 + Math.log(count)
    const [hi, lo] = hash64(shingle)
    for (let bit = 0; bit < 32; bit++) {
      vector[bit] += (hi >>> bit) & 1 ? w : -w
      vector[32 + bit] += (lo >>> bit) & 1 ? w : -w
    }
  }
  let hi = 0
  let lo = 0
  for (let bit = 0; bit < 32; bit++) {
    if (vector[bit] > 0) hi |= 1 << bit
    if (vector[32 + bit] > 0) lo |= 1 << bit
  }
  const hex = toHex32(hi) + toHex32(lo)
  // An all-zero real fingerprint is astronomically unlikely; flip a bit so it is never the sentinel.
  return hex === NO_SIMHASH ? '0000000000000001' : hex
}

/** Band keys "b<index>:<hex>" for article_bands; none for NO_SIMHASH. */
export function bandKeys(simhashHex: string): string[] {
  const hex = checkedHex(simhashHex)
  if (hex === NO_SIMHASH) return []
  const width = 16 / NEAR_DUPLICATE_BANDS
  const keys: string[] = []
  for (let b = 0; b < NEAR_DUPLICATE_BANDS; b++) keys.push(`b${b}:${hex.slice(b * width, (b + 1) * width)}`)
  return keys
}

export function hammingDistance(a: string, b: string): number {
  const x = checkedHex(a)
  const y = checkedHex(b)
  return (
    popcount32(parseInt(x.slice(0, 8), 16) ^ parseInt(y.slice(0, 8), 16)) +
    popcount32(parseInt(x.slice(8), 16) ^ parseInt(y.slice(8), 16))
  )
}

export function isNearDuplicate(a: string, b: string): boolean {
  if (a === NO_SIMHASH || b === NO_SIMHASH) return false
  return hammingDistance(a, b) <= NEAR_DUPLICATE_MAX_HAMMING
}

/** Tokens of the text and how many words of evidence they amount to. */
export function tokenize(text: string): { tokens: string[]; words: number } {
  let s = text.normalize('NFKC')
  for (const re of BOILERPLATE) s = s.replace(re, ' ')
  s = s.toLowerCase()
  for (const [re, replacement] of SPELLING_VARIANTS) s = s.replace(re, replacement)
  if (HANGUL.test(s)) for (const [re, replacement] of HANJA_ABBREVIATIONS) s = s.replace(re, replacement)
  const tokens: string[] = []
  let words = 0
  for (const m of s.matchAll(TOKEN)) {
    const token = m[0]
    if (token.length === 1 && token.charCodeAt(0) >= 0x3040) {
      tokens.push(token)
      words += CJK_WORD_EQUIVALENT
    } else if (!STOP_WORDS.has(token)) {
      tokens.push(token)
      words += 1
    }
  }
  return { tokens, words }
}

/** Two 32-bit lanes mixed from one pass (cyrb53's construction), as unsigned integers. */
function hash64(s: string): [number, number] {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return [h1 >>> 0, h2 >>> 0]
}

function checkedHex(h: string): string {
  if (!/^[0-9a-fA-F]{16}$/.test(h)) throw new TypeError(`not a 64-bit SimHash (16 hex digits): ${h}`)
  return h.toLowerCase()
}

function toHex32(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0')
}

function popcount32(n: number): number {
  let v = n >>> 0
  v = v - ((v >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

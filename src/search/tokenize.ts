/**
 * The one tokeniser of Seismo's full-text search. The indexer writes its output into the FTS5
 * table (whose own tokenizer, `ascii`, then merely splits on the spaces we put there), the query
 * compiler runs it over query words, and the in-memory matcher (watches) runs it over a new
 * article: all three see exactly the same tokens, so FTS results and matchesQuery() agree by
 * construction, Korean included.
 *
 * Rules, applied to each run of letters/digits/marks in the raw text:
 *   1. NFKC (full-width Ｇ２０ → g20, compatibility forms), lower case, Latin diacritics removed
 *      (café → cafe, as FTS5's unicode61 remove_diacritics does).
 *   2. The run is cut where the script changes between CJK (Hangul, Han, Hiragana, Katakana)
 *      and everything else: "G20정상회의" → "g20" + "정상회의".
 *   3. Non-CJK pieces are tokens as they are: English is indexed word by word, untouched.
 *   4. CJK pieces become overlapping character bigrams, as Lucene's CJK analyzer does:
 *      "북한은" → 북한 한은, "미사일을" → 미사 사일 일을. A 2-syllable query (북한) is then
 *      one bigram found inside particle-bearing words (북한은, 북한의), and a longer one
 *      (미사일) is the phrase of its bigrams (미사 사일). A single CJK character standing alone
 *      in the text is indexed as itself (a unigram).
 * Bigrams never look like English words (they contain CJK characters), so English queries are
 * not flooded by Korean text, and vice versa.
 *
 * Tokens contain only letters, digits, marks and private-use characters: no ASCII punctuation or
 * space, which is what lets the `ascii` FTS5 tokenizer reproduce them exactly.
 */

/** A token and the UTF-16 span of the source text it came from (for snippets). */
export interface SpannedToken {
  text: string
  start: number
  end: number
}

const WORD_RUN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu
const CJK_CLASS = '\\p{Script=Hangul}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30FC\\u3005'
const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`, 'u')
/** Alternating script pieces of one normalised run: group 1 = CJK, group 2 = anything else. */
const SCRIPT_PIECE = new RegExp(`([${CJK_CLASS}]+)|([^${CJK_CLASS}]+)`, 'gu')
/**
 * ASCII and precomposed Hangul syllables are NFKC-stable and caseless beyond ASCII: the common runs skip
 * normalisation.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, controls included, is fast-path safe.
const FAST_RUN = /^[\x00-\x7f\uac00-\ud7a3]*$/
/** Characters whose presence means diacritics may need stripping (non-ASCII Latin, combining marks). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: [^\x00-\x7f] means "not ASCII", controls included.
const MAY_HAVE_DIACRITICS = /\p{M}|(?=\p{Script=Latin})[^\x00-\x7f]/u
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu
const NON_WORD = /[^\p{L}\p{N}\p{M}\p{Co}]+/u

/** NFKC + lower case + Latin diacritics removed. */
export function normaliseRun(run: string): string {
  if (FAST_RUN.test(run)) return run.toLowerCase()
  let s = run.normalize('NFKC').toLowerCase()
  if (MAY_HAVE_DIACRITICS.test(s)) s = s.normalize('NFD').replace(LATIN_MARKS, '$1').normalize('NFC')
  return s
}

export const isCjk = (ch: string): boolean => CJK_CHAR.test(ch)

type Emit = (token: string, start: number, end: number) => void

const isHangulSyllable = (c: number) => c >= 0xac00 && c <= 0xd7a3

/**
 * The common case, ASCII and Hangul syllables only (no normalisation needed, spans exact):
 * one pass over the code units instead of the general path's regular expressions.
 */
function fastRun(run: string, at: number, emit: Emit): void {
  let i = 0
  while (i < run.length) {
    const cjk = isHangulSyllable(run.charCodeAt(i))
    let j = i + 1
    while (j < run.length && isHangulSyllable(run.charCodeAt(j)) === cjk) j++
    if (!cjk) emit(run.slice(i, j).toLowerCase(), at + i, at + j)
    else if (j - i === 1) emit(run[i], at + i, at + j)
    else for (let k = i; k + 1 < j; k++) emit(run.slice(k, k + 2), at + k, at + k + 2)
    i = j
  }
}

/** Everything else: NFKC & co, re-split (NFKC can produce separators), script pieces, code points. */
function generalRun(run: string, at: number, emit: Emit): void {
  const norm = normaliseRun(run)
  // When normalisation kept the length, offsets map one to one; otherwise tokens span the whole run.
  const exact = norm.length === run.length
  const span = (from: number, to: number, tok: string) =>
    exact ? emit(tok, at + from, at + to) : emit(tok, at, at + run.length)
  let offset = 0
  for (const part of norm.split(NON_WORD)) {
    if (!part) continue
    const partStart = norm.indexOf(part, offset)
    offset = partStart + part.length
    for (const piece of part.matchAll(SCRIPT_PIECE)) {
      const pieceStart = partStart + (piece.index ?? 0)
      if (piece[1] === undefined) {
        span(pieceStart, pieceStart + piece[0].length, piece[0])
        continue
      }
      // Code points, not UTF-16 units: Han extension characters are surrogate pairs.
      const chars = Array.from(piece[1])
      const offsets: number[] = []
      let o = pieceStart
      for (const ch of chars) {
        offsets.push(o)
        o += ch.length
      }
      offsets.push(o)
      if (chars.length === 1) span(offsets[0], offsets[1], chars[0])
      for (let i = 0; i + 1 < chars.length; i++) span(offsets[i], offsets[i + 2], chars[i] + chars[i + 1])
    }
  }
}

function eachToken(text: string, emit: Emit): void {
  for (const m of text.matchAll(WORD_RUN)) {
    const run = m[0]
    if (FAST_RUN.test(run)) fastRun(run, m.index ?? 0, emit)
    else generalRun(run, m.index ?? 0, emit)
  }
}

/**
 * Tokens of a text with source spans. When normalisation kept a run's length, CJK bigram
 * spans are exact (so 북한 is highlighted inside 북한은); otherwise every token of the run spans
 * the whole run.
 */
export function tokenizeWithSpans(text: string): SpannedToken[] {
  const out: SpannedToken[] = []
  eachToken(text, (token, start, end) => out.push({ text: token, start, end }))
  return out
}

/** Tokens of a text, without spans (indexing and matching). */
export function tokenize(text: string): string[] {
  const out: string[] = []
  eachToken(text, (token) => out.push(token))
  return out
}

/**
 * A query word or phrase as tokens. `prefixLast`: the last token is a lone CJK character,
 * which matches any indexed CJK token beginning with it (북 finds 북한, 北 finds 北의): a
 * 1-syllable query has no bigram of its own. Inside a phrase, only the last position gets
 * this treatment (FTS5 allows a prefix on the last token of a phrase only).
 */
export interface QueryTokens {
  tokens: string[]
  prefixLast: boolean
}

export function tokenizeQueryText(text: string): QueryTokens {
  const tokens = tokenize(text)
  const last = tokens[tokens.length - 1]
  const prefixLast = last !== undefined && Array.from(last).length === 1 && isCjk(last)
  return { tokens, prefixLast }
}

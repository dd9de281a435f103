/**
 * Text normalisation for matching, in one pass over UTF-16 code units:
 * case folding, one space per whitespace run, typographic quotes/dashes folded, and Korean
 * separators between Hangul syllables dropped (북·러 → 북러, 한-미 → 한미) with a "soft boundary"
 * mark, so compounds match whole while each part still starts a token. `orig` maps every
 * normalised position back to the original text (mentions quote the original sentence).
 * The same pass notes sentence-boundary candidates (terminal punctuation, line breaks), so the
 * sentence splitter only looks at those.
 */
import { C_CJK, C_DOT, C_HANGUL, C_HYPHEN, C_NEWLINE, C_SPACE, charClass, foldCase, SPACE } from './chars'

export interface NormText {
  /** The source text (title or body). */
  source: string
  /** Valid length of the arrays below (they may be longer: buffers are reused). */
  len: number
  codes: Uint16Array
  /** codes[i] came from source[orig[i]]; orig[len] = source.length. */
  orig: Int32Array
  /** 1 where a dropped Korean separator precedes position i (a token may start there). */
  soft: Uint8Array
  /** 1 where the collapsed whitespace at i contained a line break (a sentence boundary). */
  newline: Uint8Array
  /** Positions of terminal punctuation and of line-break spaces, ascending. */
  marks: Int32Array
  markCount: number
}

/** Terminal punctuation: . ! ? 。 … ！ ？ */
export function isTerminal(c: number): boolean {
  return (
    c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0x2026 || c === 0xff01 || c === 0xff1f
  )
}

const isHanLike = (cls: number) => cls === C_HANGUL || cls === C_CJK

/** Reusable arrays for normalise(): one per concurrently live text (title, body). */
export class NormBuffer {
  codes = new Uint16Array(0)
  orig = new Int32Array(1)
  soft = new Uint8Array(1)
  newline = new Uint8Array(1)
  marks = new Int32Array(64)

  reserve(n: number): void {
    if (this.codes.length >= n) return
    const size = Math.max(n, this.codes.length * 2, 1024)
    this.codes = new Uint16Array(size)
    this.orig = new Int32Array(size + 1)
    this.soft = new Uint8Array(size + 1)
    this.newline = new Uint8Array(size + 1)
  }
}

export function normalise(source: string, buffer: NormBuffer = new NormBuffer()): NormText {
  const n = source.length
  buffer.reserve(n)
  const cls = charClass()
  const fold = foldCase()
  const { codes, orig, soft, newline } = buffer
  let marks = buffer.marks
  let markCount = 0
  let len = 0
  let i = 0
  let pendingSoft: 0 | 1 = 0
  while (i < n && (cls[source.charCodeAt(i)] === C_SPACE || cls[source.charCodeAt(i)] === C_NEWLINE)) i++
  while (i < n) {
    const c = source.charCodeAt(i)
    const k = cls[c]
    if (k === C_SPACE || k === C_NEWLINE) {
      let nl = k === C_NEWLINE
      let j = i + 1
      for (; j < n; j++) {
        const kj = cls[source.charCodeAt(j)]
        if (kj === C_NEWLINE) nl = true
        else if (kj !== C_SPACE) break
      }
      if (j < n) {
        codes[len] = SPACE
        orig[len] = i
        soft[len] = 0
        newline[len] = nl ? 1 : 0
        if (nl) {
          if (markCount === marks.length) marks = grow(marks)
          marks[markCount++] = len
        }
        len++
      }
      i = j
      continue
    }
    if (
      (k === C_DOT || k === C_HYPHEN) &&
      len > 0 &&
      i + 1 < n &&
      isHanLike(cls[codes[len - 1]]) &&
      isHanLike(cls[source.charCodeAt(i + 1)])
    ) {
      pendingSoft = 1
      i++
      continue
    }
    const f = fold[c]
    codes[len] = f
    orig[len] = i
    soft[len] = pendingSoft
    pendingSoft = 0
    newline[len] = 0
    if (isTerminal(f)) {
      if (markCount === marks.length) marks = grow(marks)
      marks[markCount++] = len
    }
    len++
    i++
  }
  orig[len] = n
  soft[len] = 0
  newline[len] = 0
  buffer.marks = marks
  return { source, codes, orig, soft, newline, len, marks, markCount }
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2)
  b.set(a)
  return b
}

/**
 * The text a stored sentence span (UTF-16 offsets into the text the tagger read) reads back as:
 * whitespace collapsed. Mentions and records store spans instead of copies (migrations
 * 0010_event_records, 0014_mention_offsets); a span is stored only when this gives the sentence back.
 */
export function spanText(source: string, start: number, end: number): string {
  return source.slice(start, end).replace(/\s+/g, ' ').trim()
}

/**
 * The original text of normalised span [start, end): whitespace collapsed to one space and trimmed at both ends,
 * whatever the span's length or what it collapses (a span from just after a word has no leading space).
 */
export function originalSlice(t: NormText, start: number, end: number): string {
  const from = t.orig[start]
  const to = end >= t.len ? t.source.length : t.orig[end]
  const s = t.source.slice(from, to)
  // Nothing was collapsed or dropped in between (one source character per position): only the ends to trim.
  if (to - from === Math.min(end, t.len) - start && !/[\n\r\t]/.test(s)) return s.trim()
  return s.replace(/\s+/g, ' ').trim()
}

/**
 * Whether spanText() over a span gives back `text`, the originalSlice() of that span: it is the
 * slice with whitespace collapsed and trimmed, or only trimmed when nothing was collapsed; either
 * reads back unless it holds whitespace other than a space, or a run of two. One test instead of
 * slicing and collapsing the source again (test/tagging/span-readback.test.ts checks it against spanText).
 */
export function spanReadsBack(text: string): boolean {
  return !NOT_COLLAPSED.test(text)
}

const NOT_COLLAPSED = /[^\S ]|\s\s/

/**
 * Search snippets: a short window of the article's lead (or body, when the lead has no match)
 * around the first match, as an HTML fragment: the text is HTML-escaped and every matched
 * word is wrapped in <mark>…</mark>, so a client can insert it as HTML safely, and the marks
 * can never be confused with text (a literal "<mark>" in an article arrives as "&lt;mark&gt;").
 * Matches come from the same tokeniser as the index: q=북한 marks 북한 inside 북한은.
 */
import { escapeHtml } from '../lib/html'
import { MAX_INDEXED_CHARS, SNIPPET_CHARS } from '../limits'
import { leafTokens } from './leaf'
import { positiveLeaves } from './query'
import { type SpannedToken, tokenizeWithSpans } from './tokenize'
import type { ParsedQuery } from './types'

/** Characters of context kept before the first match. */
const CONTEXT_BEFORE = 40
/** How far a window edge may move to land on a space rather than inside a word. */
const EDGE_SLACK = 20

type Span = [number, number]

function matchSpans(query: ParsedQuery, tokens: SpannedToken[]): Span[] {
  const spans: Span[] = []
  for (const leaf of positiveLeaves(query)) {
    const { tokens: want, prefixLast } = leafTokens(leaf)
    const n = want.length
    if (!n) continue
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true
      for (let j = 0; j < n && ok; j++) {
        const t = tokens[i + j].text
        ok = prefixLast && j === n - 1 ? t.startsWith(want[j]) : t === want[j]
      }
      if (ok) spans.push([tokens[i].start, tokens[i + n - 1].end])
    }
  }
  spans.sort((a, b) => a[0] - b[0])
  const merged: Span[] = []
  for (const s of spans) {
    const last = merged[merged.length - 1]
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1])
    else merged.push([s[0], s[1]])
  }
  return merged
}

function windowAround(text: string, first: number): Span {
  let start = Math.max(0, first - CONTEXT_BEFORE)
  if (start > 0) {
    const space = text.slice(start, Math.min(first, start + EDGE_SLACK)).search(/\s/)
    if (space >= 0) start += space + 1
  }
  let end = Math.min(text.length, start + SNIPPET_CHARS)
  if (end < text.length) {
    const back = text.slice(Math.max(start, end - EDGE_SLACK), end).search(/\s\S*$/)
    if (back >= 0) end = Math.max(start, end - EDGE_SLACK) + back
  }
  return [start, Math.max(end, Math.min(text.length, first + 1))]
}

function render(text: string, [start, end]: Span, spans: Span[]): string {
  let out = start > 0 ? '…' : ''
  let at = start
  for (const [s, e] of spans) {
    if (e <= start || s >= end) continue
    const from = Math.max(s, start)
    const to = Math.min(e, end)
    out += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`
    at = to
  }
  out += escapeHtml(text.slice(at, end))
  return end < text.length ? `${out}…` : out
}

/**
 * The text is tokenised in growing chunks until the first match and its window are covered:
 * the match usually sits near the start, and tokenising all of a long body for one short
 * window was most of what a page of snippets cost. Chunks end at whitespace, which separates
 * tokens, so the chunks' tokens are exactly the whole text's tokens.
 */
const FIRST_CHUNK_CHARS = 1_000

/** End of the prefix of about `length` characters that cuts no word: the next whitespace. */
function prefixEnd(text: string, length: number): number {
  if (length >= text.length) return text.length
  const space = text.slice(length).search(/\s/)
  return space < 0 ? text.length : length + space
}

/** The part of a text that is indexed and matched (MAX_INDEXED_CHARS). */
const indexedPart = (text: string) =>
  text.length > MAX_INDEXED_CHARS ? text.slice(0, MAX_INDEXED_CHARS) : text

/** Match spans from the start of text up to past the window around the first match (none: no match). */
function leadingSpans(query: ParsedQuery, text: string): Span[] {
  const tokens: SpannedToken[] = []
  let spans: Span[] = []
  let end = 0
  let chunk = FIRST_CHUNK_CHARS
  let covered = Infinity
  while (end < text.length && end < covered) {
    const from = end
    end = prefixEnd(text, Math.max(from + chunk, covered === Infinity ? 0 : covered))
    for (const t of tokenizeWithSpans(text.slice(from, end)))
      tokens.push({ text: t.text, start: t.start + from, end: t.end + from })
    chunk *= 2
    spans = matchSpans(query, tokens)
    // Found: the window's marks need the tokens up to its end, which may lie past this chunk.
    if (spans.length && covered === Infinity) covered = spans[0][0] + SNIPPET_CHARS + EDGE_SLACK
  }
  return spans
}

/** The snippet around the first match in the first of `texts` (lead, then body) that has one; null if none does. */
export function matchedSnippet(query: ParsedQuery, texts: string[]): string | null {
  for (const raw of texts) {
    const text = indexedPart(raw)
    const spans = leadingSpans(query, text)
    if (spans.length) return render(text, windowAround(text, spans[0][0]), spans)
  }
  return null
}

/** The start of the first non-blank of `texts`, unmarked: the snippet when nothing matches. */
export function leadSnippet(texts: string[]): string | null {
  const lead = texts.find((t) => t.trim()) ?? ''
  return lead ? render(lead, windowAround(lead, 0), []) : null
}

/** The snippet of the first of `texts` (lead, then body) that contains a match; else the lead's start. */
export function buildSnippet(query: ParsedQuery, texts: string[]): string | null {
  return matchedSnippet(query, texts) ?? leadSnippet(texts)
}

/** Does a text contain a match? (Stops at the first.) */
export function hasMatch(query: ParsedQuery, text: string): boolean {
  return leadingSpans(query, indexedPart(text)).length > 0
}

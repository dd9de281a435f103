import { CHAT_LINK_MAX_CHARS } from '../../limits'
import type { ArticleRef } from './types'

/**
 * Feed text on its way into chat messages: one line, no control or direction-override
 * characters, escaped for the platform and bounded, all at once, so a cut never splits an
 * escape sequence or a surrogate pair.
 */

/** C0/C1 controls, and the bidi embeddings/overrides/isolates that can make text read backwards (a spoofing trick). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
export const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

export const oneLine = (s: string) => s.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim()

/**
 * At most max UTF-16 units (so also at most max code points), ending in "…" when cut; never splits a
 * surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = max - 1
  const code = text.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut--
  return `${text.slice(0, cut)}…`
}

/**
 * `text` as one line, each code point passed through `escapeChar`, in at most `max` UTF-16 units:
 * when it does not fit, whole escaped pieces up to max - 1 and "…". Escapes only ever lengthen
 * text, so more than max + 1 units of (one-lined) input can never fit and are not escaped.
 */
export function escapeWithin(
  text: string,
  max: number,
  escapeChar: (ch: string, at: number) => string,
): string {
  if (max <= 0) return ''
  const pieces = Array.from(oneLine(text).slice(0, max + 1), (ch, i) => escapeChar(ch, i))
  const whole = pieces.join('')
  if (whole.length <= max) return whole
  let out = ''
  for (const piece of pieces) {
    if (out.length + piece.length > max - 1) break
    out += piece
  }
  return `${out}…`
}

/** Only http(s) links of a sane length leave Seismo in chat messages (no javascript:, data:...). */
export function safeLink(url: string | null): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null
    return u.href.length <= CHAT_LINK_MAX_CHARS ? u.href : null
  } catch {
    return null
  }
}

/** The headline to show (raw feed text: escape it); a feed can leave nothing printable in it. */
export const headlineOf = (article: ArticleRef) => oneLine(article.title) || 'Untitled article'

/** The outlet's name (raw feed text: escape it), else the link's host. */
export function sourceName(article: ArticleRef): string {
  if (article.feed.title && oneLine(article.feed.title)) return oneLine(article.feed.title)
  try {
    return article.url ? new URL(article.url).hostname : `feed ${article.feed.id}`
  } catch {
    return `feed ${article.feed.id}`
  }
}

/** "A, B, C +N more" of at most `named` outlet names (raw: the caller escapes each through `esc`). */
export function outletList(
  copies: ArticleRef[],
  total: number,
  named: number,
  esc: (s: string) => string,
): string {
  const names = copies.slice(0, named).map((c) => esc(sourceName(c)))
  const more = total - names.length
  return more > 0 ? `${names.join(', ')} +${more} more` : names.join(', ')
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

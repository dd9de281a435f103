/**
 * Field-level text rules shared by the RSS, Atom and JSON Feed readers.
 *
 * HTML-bearing elements reach us raw (they are fast-xml-parser stop nodes), so this module
 * does the XML-level decoding itself: CDATA sections verbatim, everything else
 * entity-decoded exactly once. Plain-text fields then get the double-escape rule of
 * decodeTextField (see src/lib/entities.ts).
 */

import { fromBase64 } from '../../lib/base64'
import { decodeEntities } from '../../lib/entities'
import { escapeHtml } from '../../lib/html'
import { inlineHtmlText } from './inline-html'
import { repairMojibake } from './mojibake'

const CDATA_OPEN = '<![CDATA['
const CDATA_CLOSE = ']]>'

/** The XML character data of raw element content: CDATA kept verbatim, entities decoded once. */
export function xmlText(raw: string): string {
  let start = raw.indexOf(CDATA_OPEN)
  if (start === -1) return decodeEntities(raw).trim()
  let out = ''
  let pos = 0
  while (start !== -1) {
    const end = raw.indexOf(CDATA_CLOSE, start + CDATA_OPEN.length)
    const stop = end === -1 ? raw.length : end
    out += decodeEntities(raw.slice(pos, start)) + raw.slice(start + CDATA_OPEN.length, stop)
    pos = end === -1 ? raw.length : end + CDATA_CLOSE.length
    start = raw.indexOf(CDATA_OPEN, pos)
  }
  return (out + decodeEntities(raw.slice(pos))).trim()
}

/**
 * A plain-text field (title, author, category) from raw content: XML-level text, then read as
 * an HTML fragment (inline-html.ts), which decodes entities once more, so double-escaped
 * `&amp;amp;` / `&amp;#8217;` and HTML-escaped markup inside CDATA show as a reader would show
 * them, as every mainstream reader does; hidden elements and comments dropped. Whitespace
 * collapsed, double-encoded UTF-8 repaired.
 */
export function plainText(raw: string): string {
  return htmlToPlain(xmlText(raw))
}

/**
 * Plain text from an HTML fragment (Atom type="html"/"xhtml" titles, JSON Feed titles). Markup
 * that was escaped twice surfaces after the decode; it is read once more, without decoding,
 * so a double-escaped script is dropped too (a lone "<script>" in a headline stays text).
 */
export function htmlToPlain(html: string): string {
  const text = inlineHtmlText(html)
  return repairMojibake(collapseSpace(text.includes('<') ? inlineHtmlText(text, false) : text))
}

/**
 * An HTML-bearing field (description, content) from raw content: XML-level text. Mojibake in
 * bodies is repaired on their plain text (src/ingest/html-text.ts), which is shorter than the HTML.
 */
export function htmlField(raw: string): string | undefined {
  return xmlText(raw) || undefined
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Atom 0.3 mode="base64" content: the bytes, read as UTF-8. Text that is not base64 of UTF-8
 * (a mislabelled field) is kept as written, as feedparser does.
 */
export function decodeBase64Text(text: string): string {
  try {
    return strictUtf8.decode(fromBase64(text.replace(/\s+/g, '')))
  } catch {
    return text
  }
}

/** Any whitespace other than a lone space: the only case that needs the replace. */
const COLLAPSIBLE_RE = /[^\S ]| {2}/

export function collapseSpace(s: string): string {
  return COLLAPSIBLE_RE.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim()
}

/** Text-typed content as HTML: escaped, line breaks kept as <br>. */
export function textAsHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>\n')
}

/**
 * An absolute http(s) URL, or undefined. Relative references resolve against base;
 * other schemes (javascript:, data:, mailto:) are dropped: these URLs are stored and
 * re-published, and only web links make sense there.
 */
export function resolveUrl(ref: string | undefined, base: string | undefined): string | undefined {
  if (!ref) return undefined
  const trimmed = ref.trim()
  if (!trimmed) return undefined
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** A base URL for nested resolution (xml:base): any absolute URL, resolved against the outer base. */
export function resolveBase(ref: string | undefined, base: string | undefined): string | undefined {
  if (!ref) return base
  try {
    return base ? new URL(ref.trim(), base).href : new URL(ref.trim()).href
  } catch {
    return base
  }
}

/** "ko-KR" → "ko", "EN_us" → "en"; undefined when it is not a language tag. */
export function normaliseLang(raw: string | undefined): string | undefined {
  if (!raw) return undefined
  const primary = raw.trim().split(/[-_]/, 1)[0].toLowerCase()
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined
}

/** A positive integer, or undefined (ttl, lengths). */
export function positiveInt(raw: string | undefined): number | undefined {
  if (!raw) return undefined
  const n = Number(raw.trim())
  return Number.isSafeInteger(n) && n > 0 ? n : undefined
}

const HANGUL_RE = /[\uac00-\ud7a3]/
const KST_OFFSET_MINUTES = 9 * 60

/**
 * The zone hint for date-times written without a zone: Korea Standard Time for Korean
 * feeds (declared ko, or undeclared but written in Hangul), else UTC. See dates.ts.
 */
export function zoneHintMinutes(lang: string | undefined, sample: string | undefined): number {
  if (lang === 'ko') return KST_OFFSET_MINUTES
  if (lang === undefined && sample !== undefined && HANGUL_RE.test(sample)) return KST_OFFSET_MINUTES
  return 0
}

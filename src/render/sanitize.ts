import { decodeEntities } from '../lib/entities'
import { escapeHtml } from '../lib/html'
import { MAX_OUTPUT_URL_LENGTH } from '../limits'

/**
 * Output safety for everything Seismo writes into feeds. Feed readers render our HTML and
 * follow our links, so the rules are strict and one-directional: text is cleaned and escaped,
 * links must be http(s), and any HTML is rebuilt from an allowlist (never passed through).
 */

// XML 1.0 Char production: \t \n \r, U+0020..U+D7FF, U+E000..U+FFFD, U+10000..U+10FFFF.
// Everything else (C0 controls, U+FFFE/U+FFFF, unpaired surrogate halves) makes the document
// ill-formed and strict readers refuse the whole feed, so it is dropped. No `u` flag on purpose:
// the surrogate alternatives must see UTF-16 code units to find unpaired halves.
const XML_ILLEGAL =
  // long line: one character class and two lone-surrogate checks, read as one rule.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these; finding them is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Removes every character that XML 1.0 forbids (the result is also safe in JSON and HTML). */
export function cleanXmlText(text: string): string {
  return text.replace(XML_ILLEGAL, '')
}

const SAFE_URL_SCHEMES = new Set(['http:', 'https:'])

/**
 * The URL to emit for a link or image, or null when it must be dropped: only absolute http(s)
 * URLs survive (javascript:, data:, vbscript:, file:, relative and unparseable ones do not).
 * Returns the WHATWG-serialised form, which percent-encodes quotes, spaces and controls.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null
  const trimmed = cleanXmlText(raw).trim()
  if (trimmed === '' || trimmed.length > MAX_OUTPUT_URL_LENGTH) return null
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return null
  }
  if (!SAFE_URL_SCHEMES.has(url.protocol) || url.username || url.password) return null
  return url.href.length > MAX_OUTPUT_URL_LENGTH ? null : url.href
}

// ── HTML allowlist sanitiser ──────────────────────────────────────────────────

/** Tags kept (attributes stripped except the ones listed). Everything else is unwrapped. */
const ALLOWED_TAGS: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  p: [],
  br: [],
  em: [],
  strong: [],
  b: [],
  i: [],
  ul: [],
  ol: [],
  li: [],
  blockquote: [],
  code: [],
  pre: [],
  small: [],
  img: ['src', 'alt', 'title'],
}
const VOID_TAGS = new Set(['br', 'img'])
const URL_ATTRIBUTES = new Set(['href', 'src'])

/** Elements whose CONTENT is dropped too: it is code, styling or a nested document, never prose. */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'noembed',
  'noframes',
  'template',
  'svg',
  'math',
  'textarea',
  'select',
  'title',
  'head',
  'xmp',
  'plaintext',
  'form',
])

// One token at a time: comment, declaration/processing instruction, tag, or text. A tag's
// attribute section honours quotes so that `title="a>b"` does not end the tag early; a tag
// never closed by ">" is not a tag, so its "<" falls through to text and is escaped. An
// unquoted "<" ends the attempt, which keeps the scan linear on floods of unclosed tags.
const TOKEN =
  // long line: the five token kinds are alternatives of one scan; cut apart, their order is lost.
  /<!--[\s\S]*?(?:-->|$)|<![^>]*(?:>|$)|<\?[^>]*(?:>|$)|<(\/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>|<|[^<]+/g
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

function sanitizeAttributes(tag: string, raw: string): string {
  const allowed = ALLOWED_TAGS[tag]
  if (allowed.length === 0) return ''
  let out = ''
  const seen = new Set<string>()
  for (const m of raw.matchAll(ATTRIBUTE)) {
    const name = m[1].toLowerCase()
    if (!allowed.includes(name) || seen.has(name)) continue
    let value = cleanXmlText(decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''))
    if (URL_ATTRIBUTES.has(name)) {
      const url = safeHttpUrl(value)
      if (url === null) continue
      value = url
    }
    seen.add(name)
    out += ` ${name}="${escapeHtml(value)}"`
  }
  if (tag === 'a' && seen.has('href')) out += ' rel="nofollow noopener noreferrer"'
  return out
}

/** Index just past the matching close tag of a dropped element (or the end of input). */
function skipElement(html: string, tag: string, from: number): number {
  const close = new RegExp(`</${tag}\\s*>`, 'ig')
  close.lastIndex = from
  const m = close.exec(html)
  return m ? m.index + m[0].length : html.length
}

/**
 * Rebuilds untrusted HTML from an allowlist. The output is produced token by token by this
 * function (never copied from the input), so whatever the tokenizer makes of hostile markup,
 * only allowlisted tags with escaped, allowlisted attributes and http(s) URLs come out, and
 * every opened tag is closed. Text is entity-decoded, cleaned and re-escaped.
 */
export function sanitizeHtml(html: string): string {
  let out = ''
  const open: string[] = []
  const tokens = new RegExp(TOKEN) // a fresh lastIndex per call
  for (let m = tokens.exec(html); m !== null; m = tokens.exec(html)) {
    const [token, slash, rawName, attrs] = m
    if (rawName === undefined) {
      // Text (or a lone "<", or a comment/declaration: those start with "<!" / "<?" and are dropped).
      if (token.startsWith('<!') || token.startsWith('<?')) continue
      out += escapeHtml(cleanXmlText(decodeEntities(token)))
      continue
    }
    const tag = rawName.toLowerCase()
    if (slash === '') {
      if (DROP_WITH_CONTENT.has(tag)) {
        tokens.lastIndex = skipElement(html, tag, tokens.lastIndex)
        continue
      }
      if (!(tag in ALLOWED_TAGS)) continue
      out += `<${tag}${sanitizeAttributes(tag, attrs)}>`
      if (!VOID_TAGS.has(tag)) open.push(tag)
      continue
    }
    const at = open.lastIndexOf(tag)
    if (at === -1) continue
    while (open.length > at) out += `</${open.pop()}>`
  }
  while (open.length > 0) out += `</${open.pop()}>`
  return out
}

// BCP 47-shaped: primary subtag plus optional subtags ("en", "ko", "zh-Hant-TW").
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/

/** The language tag to emit (xml:lang, <language>, JSON Feed language), or null if it is not one. */
export function safeLanguageTag(lang: string | null | undefined): string | null {
  return lang && LANGUAGE_TAG.test(lang) ? lang : null
}

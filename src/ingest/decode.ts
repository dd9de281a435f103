/**
 * Bytes of a fetched feed → text. The charset comes from, in order:
 *   1. a byte-order mark (UTF-8, UTF-16LE/BE): byte-level proof, it beats any label (this is
 *      also the WHATWG Encoding "decode" rule; a UTF-16 body labelled utf-8 is otherwise garbage),
 *   2. the HTTP Content-Type charset,
 *   3. the XML declaration's encoding= (sniffed as ASCII, or BOM-less UTF-16 by its "<?" bytes),
 *   4. an HTML <meta charset> / http-equiv Content-Type (feeds served as HTML pages),
 *   5. bytes that are not UTF-8 and declare nothing: Shift_JIS, EUC-KR or GBK when they decode
 *      cleanly to that script (sniffUndeclared), else UTF-8.
 * Two corrections for common real-world bugs, both resting on the fact that legacy multi-byte
 * text (EUC-KR, Shift_JIS, windows-1252 accents) is practically never valid UTF-8 by accident:
 * - a header saying UTF-8 on bytes that are not valid UTF-8 while the document declares another
 *   charset (Korean sites serving EUC-KR RSS as "text/xml; charset=utf-8") → the declaration wins;
 * - no header charset, a declaration naming a legacy charset, but the bytes are valid UTF-8 with
 *   non-ASCII in them (a CMS converted to UTF-8 and kept the old declaration) → UTF-8.
 * Unknown or unsupported labels fall back to UTF-8 with replacement characters: never throws.
 *
 * The decoded text may still say encoding="EUC-KR" in its XML declaration; that is harmless,
 * the parser works on decoded JS strings and ignores the declared encoding.
 */
import { CHARSET_SNIFF_BYTES } from '../limits'

/**
 * Labels real servers send that the WHATWG Encoding registry (and so TextDecoder in workerd)
 * does not know, mapped to the registry encoding that decodes them. cp949 (Unified Hangul
 * Code) is a superset of EUC-KR and the WHATWG "euc-kr" decoder implements exactly that.
 */
const LABEL_ALIASES: Record<string, string> = {
  cp949: 'euc-kr',
  'x-windows-949': 'euc-kr',
  uhc: 'euc-kr',
  ms949: 'euc-kr',
  cp932: 'shift_jis',
  'x-ms-cp932': 'shift_jis',
  cp936: 'gbk',
  ms936: 'gbk',
  cp1252: 'windows-1252',
  cp1251: 'windows-1251',
  'utf-16-le': 'utf-16le',
  'utf-16-be': 'utf-16be',
}

/** A sniffed charset when the bytes are evidently 16-bit (BOM or "<?" as UTF-16). */
type Sniffed = { encoding: string; bomLength: number }

const UTF8 = 'utf-8'

export function decodeBody(bytes: Uint8Array, contentType?: string | null): string {
  const bom = sniffBom(bytes)
  if (bom) return decodeWith(bom.encoding, bytes.subarray(bom.bomLength))

  const declared = sniffUtf16WithoutBom(bytes) ?? sniffDocumentCharset(bytes)
  const fromHeader = resolveEncoding(charsetFromContentType(contentType))
  if (fromHeader) {
    if (fromHeader === UTF8 && declared && declared !== UTF8 && !isValidUtf8(bytes))
      return decodeWith(declared, bytes)
    return decodeWith(fromHeader, bytes)
  }
  if (declared && declared !== UTF8 && isValidUtf8(bytes) && hasNonAscii(bytes))
    return decodeWith(UTF8, bytes)
  if (!declared && !isValidUtf8(bytes)) return decodeWith(sniffUndeclared(bytes) ?? UTF8, bytes)
  return decodeWith(declared ?? UTF8, bytes)
}

/**
 * Legacy East Asian charsets a document may be in without saying so anywhere (a Korean site
 * serving EUC-KR as plain "text/xml" without an encoding declaration), recognised by what the
 * bytes decode to: each candidate must decode without error, and nearly every non-ASCII character
 * must be in the script it writes. Shift_JIS first (Korean bytes read as Shift_JIS give half-width
 * katakana, which it does not count), then EUC-KR (Hangul), then GBK (Han), unless the document's
 * language (<language>, xml:lang, lang) names one. Nothing convincing: UTF-8 with replacement
 * characters, as before.
 */
const UNDECLARED: { encoding: string; lang: string; script: RegExp }[] = [
  { encoding: 'shift_jis', lang: 'ja', script: /[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e]/ },
  { encoding: 'euc-kr', lang: 'ko', script: /[\uac00-\ud7a3\u3131-\u318e\u3000-\u303f\u4e00-\u9fff]/ },
  { encoding: 'gbk', lang: 'zh', script: /[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]/ },
]
/** Share of non-ASCII characters that must belong to the candidate's script. */
const SNIFF_MIN_SCRIPT_SHARE = 0.9
const LANGUAGE_HINT = /<(?:dc:)?language>\s*([a-z]{2})|\b(?:xml:)?lang\s*=\s*["']([a-z]{2})/i

function sniffUndeclared(bytes: Uint8Array): string | null {
  const m = LANGUAGE_HINT.exec(latin1(bytes.subarray(0, CHARSET_SNIFF_BYTES)))
  const lang = (m?.[1] ?? m?.[2])?.toLowerCase()
  const ordered = [...UNDECLARED].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang))
  for (const c of ordered) {
    let text: string
    try {
      text = new TextDecoder(c.encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
    } catch {
      continue
    }
    let nonAscii = 0
    let inScript = 0
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) continue
      nonAscii++
      if (c.script.test(ch)) inScript++
    }
    if (nonAscii > 0 && inScript / nonAscii >= SNIFF_MIN_SCRIPT_SHARE) return c.encoding
  }
  return null
}

/** The charset parameter of a Content-Type header value, unquoted, or null. */
export function charsetFromContentType(contentType?: string | null): string | null {
  if (!contentType) return null
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType)
  return m ? m[2] : null
}

/**
 * A label → the TextDecoder encoding name, or null when neither the registry nor our aliases
 * know it. "replacement" (ISO-2022-KR and friends, which decode to U+FFFD only) counts as unknown.
 */
export function resolveEncoding(label: string | null | undefined): string | null {
  if (!label) return null
  const key = label.trim().toLowerCase()
  const name = LABEL_ALIASES[key] ?? key
  try {
    const encoding = new TextDecoder(name).encoding
    return encoding === 'replacement' ? null : encoding
  } catch {
    return null
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding).decode(bytes)
  } catch {
    return new TextDecoder(UTF8).decode(bytes)
  }
}

function sniffBom(b: Uint8Array): Sniffed | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return { encoding: UTF8, bomLength: 3 }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 }
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 }
  return null
}

/** XML 1.0 Appendix F: "<?" written in UTF-16 without a BOM. */
function sniffUtf16WithoutBom(b: Uint8Array): string | null {
  if (b.length < 4) return null
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return 'utf-16le'
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return 'utf-16be'
  return null
}

const XML_DECL_ENCODING = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']/
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i

/**
 * The charset a document declares in its first bytes, read as ASCII (all the charsets we accept
 * there are ASCII-compatible). A declaration naming UTF-16 in ASCII-compatible bytes is
 * self-contradictory (the HTML spec reads it as UTF-8), so it is ignored.
 */
function sniffDocumentCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, CHARSET_SNIFF_BYTES))
  const m = XML_DECL_ENCODING.exec(head) ?? META_CHARSET.exec(head)
  const encoding = resolveEncoding(m?.[1])
  if (!encoding || encoding.startsWith('utf-16')) return null
  return encoding
}

function latin1(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i])
  return s
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true
  return false
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder(UTF8, { fatal: true, ignoreBOM: false }).decode(bytes)
    return true
  } catch {
    return false
  }
}

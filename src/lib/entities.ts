/**
 * Entity decoding for feed text: XML's five, numeric references, and the HTML named entities
 * real feeds use (the full HTML 4 set plus a few HTML5 spellings). One indexOf-driven pass
 * with a lookup table; unknown names are left exactly as written so nothing is lost.
 */

// HTML 4 Latin-1 entities, in code point order from U+00A0 (nbsp) to U+00FF (yuml).
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml'

// Everything else: "name:codepoint" (HTML 4 symbol + special sets, XML's apos, common HTML5 names).
const OTHER_ENTITIES =
  'quot:34 amp:38 apos:39 lt:60 gt:62 OElig:338 oelig:339 Scaron:352 scaron:353 Yuml:376 fnof:402 circ:710 ' +
  'tilde:732 Alpha:913 Beta:914 Gamma:915 Delta:916 Epsilon:917 Zeta:918 Eta:919 Theta:920 Iota:921 Kappa:922 ' +
  'Lambda:923 Mu:924 Nu:925 Xi:926 Omicron:927 Pi:928 Rho:929 Sigma:931 Tau:932 Upsilon:933 Phi:934 Chi:935 ' +
  'Psi:936 Omega:937 alpha:945 beta:946 gamma:947 delta:948 epsilon:949 zeta:950 eta:951 theta:952 iota:953 ' +
  'kappa:954 lambda:955 mu:956 nu:957 xi:958 omicron:959 pi:960 rho:961 sigmaf:962 sigma:963 tau:964 ' +
  'upsilon:965 phi:966 chi:967 psi:968 omega:969 thetasym:977 upsih:978 piv:982 ensp:8194 emsp:8195 ' +
  'thinsp:8201 zwnj:8204 zwj:8205 lrm:8206 rlm:8207 hyphen:8208 ndash:8211 mdash:8212 horbar:8213 lsquo:8216 ' +
  'rsquo:8217 rsquor:8217 sbquo:8218 lsquor:8218 ldquo:8220 rdquo:8221 rdquor:8221 bdquo:8222 ldquor:8222 ' +
  'dagger:8224 Dagger:8225 bull:8226 bullet:8226 hellip:8230 mldr:8230 permil:8240 prime:8242 Prime:8243 ' +
  'lsaquo:8249 rsaquo:8250 oline:8254 frasl:8260 euro:8364 image:8465 weierp:8472 real:8476 trade:8482 ' +
  'TRADE:8482 alefsym:8501 larr:8592 uarr:8593 rarr:8594 darr:8595 harr:8596 crarr:8629 lArr:8656 uArr:8657 ' +
  'rArr:8658 dArr:8659 hArr:8660 forall:8704 part:8706 exist:8707 empty:8709 nabla:8711 isin:8712 notin:8713 ' +
  'ni:8715 prod:8719 sum:8721 minus:8722 lowast:8727 radic:8730 prop:8733 infin:8734 ang:8736 and:8743 ' +
  'or:8744 cap:8745 cup:8746 int:8747 there4:8756 sim:8764 cong:8773 asymp:8776 ne:8800 equiv:8801 le:8804 ' +
  'ge:8805 sub:8834 sup:8835 nsub:8836 sube:8838 supe:8839 oplus:8853 otimes:8855 perp:8869 sdot:8901 ' +
  'lceil:8968 rceil:8969 lfloor:8970 rfloor:8971 lang:9001 rang:9002 loz:9674 spades:9824 clubs:9827 ' +
  'hearts:9829 diams:9830 AMP:38 QUOT:34 LT:60 GT:62 COPY:169 REG:174 NewLine:10 Tab:9 ZeroWidthSpace:8203 ' +
  'NonBreakingSpace:160 centerdot:183 half:189 dash:8208 check:10003 starf:9733 star:9734'

function buildTable(): Map<string, string> {
  const table = new Map<string, string>()
  LATIN1_NAMES.split(' ').forEach((name, i) => {
    table.set(name, String.fromCharCode(0xa0 + i))
  })
  for (const pair of OTHER_ENTITIES.split(' ')) {
    const [name, code] = pair.split(':')
    table.set(name, String.fromCodePoint(Number(code)))
  }
  return table
}

const NAMED = buildTable()

/**
 * Numeric references in U+0080..U+009F are almost always windows-1252 bytes written as
 * numbers (`&#146;` for ’); browsers remap them (HTML spec "numeric character reference end
 * state"), so feeds authored against browsers expect it. Index = code - 0x80; 0 = keep.
 */
const C1_REMAP = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
]

const REPLACEMENT = '\uFFFD'
/** Digits beyond this cannot name a code point (max 0x10FFFF = 1114111, 7 digits). */
const MAX_NUMERIC_DIGITS = 8

function fromCodePointSafe(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || Number.isNaN(code))
    return REPLACEMENT
  if (code >= 0x80 && code <= 0x9f) {
    const mapped = C1_REMAP[code - 0x80]
    return String.fromCodePoint(mapped || code)
  }
  return String.fromCodePoint(code)
}

/** Longest entity we look for between "&" and ";" ("&ZeroWidthSpace;" and long numerics fit). */
const MAX_ENTITY_CHARS = 32

/** Decodes "#38" / "#x26" (the text between & and ;), or undefined when it is not numeric. */
function decodeNumeric(body: string): string | undefined {
  const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58 // x X
  const digits = body.slice(hex ? 2 : 1)
  if (digits.length === 0 || !(hex ? HEX_RE : DEC_RE).test(digits)) return undefined
  const trimmed = digits.replace(/^0+(?=.)/, '')
  if (trimmed.length > MAX_NUMERIC_DIGITS) return REPLACEMENT
  return fromCodePointSafe(parseInt(trimmed, hex ? 16 : 10))
}

const DEC_RE = /^[0-9]+$/
const HEX_RE = /^[0-9a-fA-F]+$/

/**
 * Decodes XML, numeric and HTML named entities once. Unknown entities are kept verbatim and
 * the semicolon is required (as in XML) so "AT&T" or "?a=1&b=2" in sloppy feeds survive.
 * A hand-written indexOf scan: 3-5x faster than a regex replace with a callback on
 * entity-dense escaped HTML, which is most of a feed's bytes.
 */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&')
  if (amp === -1) return text
  let out = ''
  let last = 0
  let semi = -1
  while (amp !== -1) {
    // Reuse the previous ";" while it is still ahead: keeps "&&&&…;" linear, not quadratic.
    if (semi < amp + 2) semi = text.indexOf(';', amp + 2)
    if (semi === -1) break
    const decoded =
      xmlEntityAt(text, amp, semi) ??
      (semi - amp <= MAX_ENTITY_CHARS + 1 ? decodeOne(text.slice(amp + 1, semi)) : undefined)
    if (decoded === undefined) {
      amp = text.indexOf('&', amp + 1)
      continue
    }
    out += text.slice(last, amp) + decoded
    last = semi + 1
    amp = text.indexOf('&', last)
  }
  return last === 0 ? text : out + text.slice(last)
}

/**
 * &lt; &gt; &amp; &quot; read in place: they are nearly every entity in escaped HTML bodies,
 * and checking char codes avoids allocating a slice per entity.
 */
function xmlEntityAt(text: string, amp: number, semi: number): string | undefined {
  const c1 = text.charCodeAt(amp + 1)
  switch (semi - amp) {
    case 3:
      if (text.charCodeAt(amp + 2) !== 0x74 /* t */) return undefined
      return c1 === 0x6c /* l */ ? '<' : c1 === 0x67 /* g */ ? '>' : undefined
    case 4:
      return c1 === 0x61 && text.charCodeAt(amp + 2) === 0x6d && text.charCodeAt(amp + 3) === 0x70
        ? '&'
        : undefined // amp
    case 5:
      return c1 === 0x71 && text.startsWith('uot', amp + 2) ? '"' : undefined // quot
    default:
      return undefined
  }
}

function decodeOne(body: string): string | undefined {
  return body.charCodeAt(0) === 0x23 /* # */ ? decodeNumeric(body) : NAMED.get(body)
}

/**
 * The rule for plain-text fields (titles, authors, categories): decode TWICE.
 * Many CMSs escape titles before the feed writer escapes them again, so real feeds carry
 * `&amp;amp;` and `&amp;#8217;` where they mean `&` and `’`; every mainstream reader shows the
 * character. A title that really means the literal text "&amp;" is far rarer than the
 * double-escaped kind, so we accept that trade-off. Never use this on HTML fields: decoding
 * HTML twice would turn escaped `&lt;script&gt;` text into markup.
 */
export function decodeTextField(text: string): string {
  if (text.indexOf('&') === -1) return text
  return decodeEntities(decodeEntities(text))
}

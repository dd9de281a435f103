/**
 * The visible text of a one-line HTML fragment (titles, bylines, categories), synchronously
 * and without a DOM: the parser runs under Node in the benchmarks and in the Worker alike.
 *
 * What a reader would see, as a browser renders it:
 * - tags are read with their quoted attribute values, so `<img alt="cat<br />dog">` is one tag
 *   (a regex `<[^>]*>` would leave `dog">` behind);
 * - the contents of elements that never show text (script, style, noscript, template,
 *   textarea, iframe, svg...) and comments are dropped;
 * - only real HTML element names (and `prefix:name` junk such as Word's `<o:p>`) are tags:
 *   "Vector<int>", "x<y" and "1 < 2" stay as written;
 * - block elements and <br> separate words; entities are decoded once (decode: false leaves
 *   them, for text that is already decoded).
 * A hidden element that is never closed (`Why <script> tags matter`) is literal text: with no
 * end tag there is no script, only a headline about one.
 */
import { decodeEntities } from '../../lib/entities'

const ELEMENTS = new Set(
  (
    'a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br button ' +
    'canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em ' +
    'embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup ' +
    'hr html i iframe img input ins kbd label legend li link main map mark marquee math menu meta meter nav ' +
    'nobr noembed noframes noscript object ol optgroup option output p param picture pre progress q rp rt ' +
    'ruby s samp script search section select slot small source span strike strong style sub summary sup ' +
    'svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr xmp'
  ).split(' '),
)

/** Elements whose whole content is never visible text. */
const HIDDEN = new Set(
  'script style noscript template textarea title iframe noembed noframes xmp object svg math head select'.split(
    ' ',
  ),
)

/** Elements that separate the words around them. */
const BREAKS = new Set(
  (
    'address article aside blockquote br caption center dd details dialog dir div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table ' +
    'tbody td tfoot th thead tr ul'
  ).split(' '),
)

interface Tag {
  /** Index just past the tag (or past the hidden element's end tag). */
  end: number
  /** Text the tag stands for: '' or ' ' (a break), or the body of a CDATA section. */
  text: string
}

export function inlineHtmlText(html: string, decode = true): string {
  if (html.indexOf('<') === -1) return decode ? decodeEntities(html) : html
  let out = ''
  let textStart = 0
  let at = html.indexOf('<')
  while (at !== -1) {
    const tag = readTag(html, at)
    if (tag === null) {
      at = html.indexOf('<', at + 1)
      continue
    }
    const text = html.slice(textStart, at)
    out += (decode ? decodeEntities(text) : text) + tag.text
    textStart = tag.end
    at = html.indexOf('<', tag.end)
  }
  const tail = html.slice(textStart)
  return out + (decode ? decodeEntities(tail) : tail)
}

/** The markup starting at `lt`, or null when that "<" is literal text. */
function readTag(html: string, lt: number): Tag | null {
  const next = html.charCodeAt(lt + 1)
  if (next === 33 /* ! */) return readDeclaration(html, lt)
  if (next === 63 /* ? */) return { end: afterGt(html, lt), text: '' }
  const closing = next === 47 /* / */
  const nameStart = closing ? lt + 2 : lt + 1
  const name = elementName(html, nameStart)
  if (name === null) return null
  const gt = tagEnd(html, nameStart + name.length)
  if (gt === -1) return null
  const text = BREAKS.has(name) ? ' ' : ''
  if (closing || !HIDDEN.has(name) || html.charCodeAt(gt - 1) === 47) return { end: gt + 1, text }
  const close = findEndTag(html, name, gt + 1)
  return close === -1 ? null : { end: close, text: '' }
}

/** Comments (to "-->", or to the end when unclosed, as HTML does), CDATA (its text), doctype. */
function readDeclaration(html: string, lt: number): Tag {
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4)
    return { end: end === -1 ? html.length : end + 3, text: '' }
  }
  if (html.startsWith('<![CDATA[', lt)) {
    const end = html.indexOf(']]>', lt + 9)
    const stop = end === -1 ? html.length : end
    return { end: end === -1 ? html.length : end + 3, text: html.slice(lt + 9, stop) }
  }
  return { end: afterGt(html, lt), text: '' }
}

/** A known element name (lower-cased) starting at `at` and followed by space, "/" or ">". */
function elementName(html: string, at: number): string | null {
  let i = at
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++
  if (i === at || !isLetter(html.charCodeAt(at))) return null
  const after = html.charCodeAt(i)
  if (!(after === 62 || after === 47 || after === 32 || (after >= 9 && after <= 13))) return null
  const name = html.slice(at, i).toLowerCase()
  return ELEMENTS.has(name) || name.includes(':') ? name : null
}

/** Index of the ">" ending a tag, attribute values in quotes skipped; -1 when it never ends. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i)
    if (c === 62) return i
    if (c === 34 || c === 39) {
      const close = html.indexOf(html[i], i + 1)
      if (close === -1) return -1
      i = close
    }
  }
  return -1
}

/** Index just past "</name ...>" (case-insensitive), or -1. */
function findEndTag(html: string, name: string, from: number): number {
  const lower = html.toLowerCase()
  let at = lower.indexOf(`</${name}`, from)
  while (at !== -1) {
    const after = lower.charCodeAt(at + 2 + name.length)
    if (Number.isNaN(after) || !isNameChar(after)) {
      const gt = html.indexOf('>', at)
      return gt === -1 ? html.length : gt + 1
    }
    at = lower.indexOf(`</${name}`, at + 2)
  }
  return -1
}

function afterGt(html: string, from: number): number {
  const gt = html.indexOf('>', from)
  return gt === -1 ? html.length : gt + 1
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95
}

/**
 * HTML fragment → plain text with HTMLRewriter (lol-html, built into workerd): streaming,
 * tolerant of broken markup, no DOM. Output: one line per block (paragraph, list item,
 * heading, table row, <br>), whitespace collapsed inside lines, no empty lines, entities decoded.
 *
 * HTMLRewriter hands text over raw (entities undecoded) and in arbitrary chunks that can split
 * an entity ("&am" | "p;"), so chunks are buffered up to the end of their text node and decoded
 * once. Contents of script/style/noscript/template/iframe/etc. are skipped: text handlers
 * receive them too.
 */
import { decodeEntities } from '../lib/entities'
import { MAX_ARTICLE_TEXT_CHARS } from '../limits'
import { repairMojibake } from './parse/mojibake'

/** Elements whose contents are never readable text. */
const SKIPPED = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'head',
  'select',
  'textarea',
]

/** Elements that start a new line (their start and end both break the text). */
const BLOCKS = [
  'p',
  'div',
  'br',
  'hr',
  'li',
  'dt',
  'dd',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'dl',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'main',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'fieldset',
  'form',
  'center',
]

/** Table cells are separated by a space, not a line (a row stays one line). */
const CELLS = ['td', 'th']

/** Elements without an end tag: onEndTag() throws on them. */
const VOID = new Set([
  'br',
  'hr',
  'img',
  'wbr',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'param',
])

const LINE = '\n'

/** Collects text; stops collecting past the limit (the rewriter still has to drain its input). */
class TextSink {
  private readonly parts: string[] = []
  private pending = ''
  private length = 0
  skipDepth = 0
  /** Inside <pre>, source line breaks are real line breaks; elsewhere they are just whitespace. */
  preDepth = 0

  constructor(private readonly maxChars: number) {}

  chunk(text: string, last: boolean): void {
    if (this.skipDepth > 0 || this.length > this.maxChars) {
      this.pending = ''
      return
    }
    this.pending += text
    if (!last) return
    const decoded = decodeEntities(this.pending)
    this.pending = ''
    const clean = this.preDepth > 0 ? decoded.replace(/\r\n?/g, LINE) : decoded.replace(/\s+/g, ' ')
    this.parts.push(clean)
    this.length += clean.length
  }

  push(separator: string): void {
    if (this.skipDepth === 0) this.parts.push(separator)
  }

  text(): string {
    return this.parts.join('')
  }
}

/**
 * A body escaped twice (`&amp;lt;p&amp;gt;...&amp;lt;/p&amp;gt;`, a common CMS bug) comes out of
 * one pass as text that is wholly HTML: it starts with a common element and ends with an end
 * tag. It is read once more. Escaped markup inside a real body (an article quoting
 * "<script>") is visible text and stays.
 */
const ESCAPED_MARKUP =
  // long line: one anchored pattern (an opening tag, anything, a closing tag); cut, it reads as three.
  /^\s*<(?:p|div|span|h[1-6]|ul|ol|table|figure|section|article|blockquote|strong|em|b|i|a)\b[^<>]*>[\s\S]*<\/[a-z][\w-]*\s*>\s*$/i

/** Plain text of an HTML body; double-encoded UTF-8 repaired when the whole text decodes cleanly again. */
export async function htmlToText(html: string, maxChars: number = MAX_ARTICLE_TEXT_CHARS): Promise<string> {
  const text = await htmlToTextOnce(html, maxChars)
  return repairMojibake(ESCAPED_MARKUP.test(text) ? await htmlToTextOnce(text, maxChars) : text)
}

async function htmlToTextOnce(html: string, maxChars: number): Promise<string> {
  if (!html) return ''
  if (!html.includes('<')) return finish(decodeEntities(html), maxChars)
  const sink = new TextSink(maxChars)
  const rewriter = new HTMLRewriter()
    .on(SKIPPED.join(','), {
      element(el) {
        if (VOID.has(el.tagName)) return
        sink.skipDepth++
        el.onEndTag(() => {
          sink.skipDepth = Math.max(0, sink.skipDepth - 1)
        })
      },
    })
    .on(BLOCKS.join(','), {
      element(el) {
        sink.push(LINE)
        if (!VOID.has(el.tagName)) el.onEndTag(() => sink.push(LINE))
      },
    })
    .on('pre', {
      element(el) {
        sink.preDepth++
        el.onEndTag(() => {
          sink.preDepth = Math.max(0, sink.preDepth - 1)
        })
      },
    })
    .on(CELLS.join(','), {
      element() {
        sink.push(' ')
      },
    })
    .onDocument({
      text(t) {
        sink.chunk(t.text, t.lastInTextNode)
      },
    })
  try {
    // Draining the transformed body drives the handlers; the output itself is discarded.
    await rewriter.transform(new Response(html)).arrayBuffer()
  } catch {
    // lol-html refuses some pathological input (e.g. over its memory limit); one item's body
    // must not fail the whole feed, so fall back to crude tag stripping.
    return finish(decodeEntities(stripTagsCrudely(html)), maxChars)
  }
  return finish(sink.text(), maxChars)
}

function stripTagsCrudely(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|iframe)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/<\/?(?:p|div|br|li|h[1-6]|tr|blockquote)\b[^>]*>/gi, LINE)
    .replace(/<[^>]*>/g, ' ')
}

/**
 * Splits on line breaks (block boundaries from HTML, or the line breaks of plain text),
 * collapses whitespace within lines, drops empty lines, cuts at maxChars on a word boundary.
 */
function finish(text: string, maxChars: number): string {
  const lines: string[] = []
  for (const line of text.split(/[\n\r\f\u2028\u2029]+/)) {
    const collapsed = line.replace(/\s+/g, ' ').trim()
    if (collapsed) lines.push(collapsed)
  }
  return cutAtWord(lines.join(LINE), maxChars)
}

/** CJK sentence and clause punctuation: the boundaries of unspaced Japanese and Chinese text. */
const CJK_BREAK = /[。、，．！？」』）]/

/**
 * Cuts text to at most maxChars (ellipsis included) at the last word boundary: whitespace, or
 * after CJK punctuation for unspaced text. A boundary in the first half is not worth the loss:
 * the text is then cut at the limit. Never splits a surrogate pair.
 */
export function cutAtWord(text: string, maxChars: number, ellipsis = ''): string {
  if (text.length <= maxChars) return text
  const room = Math.max(0, maxChars - ellipsis.length)
  let cut = room
  for (let i = room; i >= room / 2 && i > 0; i--) {
    if (/\s/.test(text[i])) {
      cut = i
      break
    }
    if (i < room && CJK_BREAK.test(text[i])) {
      cut = i + 1
      break
    }
  }
  const code = text.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut--
  return text.slice(0, cut).replace(/[\s,;:·-]+$/u, '') + ellipsis
}

/**
 * Lifts the HTML bodies out of a feed before fast-xml-parser sees it.
 *
 * Bodies (description, content:encoded, Atom summary/content) are most of a feed's bytes, and
 * fxp reads even a stop node's content one character at a time. Here each body is found with
 * native indexOf jumps, kept aside, and replaced by a short placeholder ("\u0001<index>"), so
 * fxp parses a document a fraction of the size. XmlDoc.raw() puts the body back.
 *
 * Only the unambiguous shape is lifted: content made of text (escaped HTML) and CDATA
 * sections. At the first body holding literal markup (XHTML, a comment, unescaped tags) or
 * anything unterminated, lifting stops and fxp reads the rest of the document itself, so
 * the result is the same as without this step, just slower.
 */
import { tagEnd } from './markup'

export const LIFT_MARK = '\u0001'

export interface LiftedXml {
  /** The document with bodies replaced by placeholders. */
  doc: string
  /** The raw bodies, by placeholder index. */
  bodies: string[]
}

const TARGET_RE = /<(content:encoded|description|content|summary)(?=[\s>/])|<!\[CDATA\[|<!--/g
const CDATA_OPEN = '<![CDATA['

export function liftBodies(xml: string): LiftedXml {
  const bodies: string[] = []
  const parts: string[] = []
  let last = 0
  TARGET_RE.lastIndex = 0
  for (let m = TARGET_RE.exec(xml); m; m = TARGET_RE.exec(xml)) {
    const name = m[1]
    if (name === undefined) {
      const next = skipMarkup(xml, m.index, m[0])
      if (next < 0) break
      TARGET_RE.lastIndex = next
      continue
    }
    const gt = tagEnd(xml, m.index)
    if (gt < 0) break
    if (xml.charCodeAt(gt - 1) === 47 /* / */) {
      TARGET_RE.lastIndex = gt + 1
      continue
    }
    const end = bodyEnd(xml, gt + 1, name)
    if (end < 0) break
    if (end > gt + 1) {
      parts.push(xml.slice(last, gt + 1), LIFT_MARK + bodies.length)
      bodies.push(xml.slice(gt + 1, end))
      last = end // the end tag stays in the document
    }
    TARGET_RE.lastIndex = end + name.length + 3
  }
  if (bodies.length === 0) return { doc: xml, bodies }
  parts.push(xml.slice(last))
  return { doc: parts.join(''), bodies }
}

/** A CDATA section or comment outside any body: jump over it (its text may look like a tag). */
function skipMarkup(xml: string, at: number, opener: string): number {
  const end = xml.indexOf(opener === '<!--' ? '-->' : ']]>', at)
  return end === -1 ? -1 : end + 3
}

/** Where the body ends (the "<" of "</name>"), or -1 when it holds literal markup or never ends. */
function bodyEnd(xml: string, from: number, name: string): number {
  let p = from
  for (;;) {
    const lt = xml.indexOf('<', p)
    if (lt < 0) return -1
    if (xml.startsWith(CDATA_OPEN, lt)) {
      const end = xml.indexOf(']]>', lt + CDATA_OPEN.length)
      if (end < 0) return -1
      p = end + 3
      continue
    }
    return xml.charCodeAt(lt + 1) === 47 &&
      xml.startsWith(name, lt + 2) &&
      xml.charCodeAt(lt + 2 + name.length) === 62
      ? lt
      : -1
  }
}

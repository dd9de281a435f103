/**
 * parseFeed: a feed document (already decoded to text) → ParsedFeed.
 *
 * JSON Feed when the document is a JSON object; otherwise XML: the prolog is read first
 * (root sniffing, DTD policy), then fast-xml-parser builds the tree and the format reader
 * (rss.ts for RSS 0.9x/2.0 and RDF, atom.ts) walks it once.
 * Throws NotAFeed (HTML page, random XML or JSON, empty) or MalformedFeed (broken XML/JSON,
 * truncated document, refused DTD).
 */
import { MalformedFeed, NotAFeed } from '../../errors'
import type { ParsedFeed } from '../types'
import { parseAtom } from './atom'
import { parseJsonFeed } from './jsonfeed'
import { readProlog } from './prolog'
import { parseRss } from './rss'
import { findChild, parseXml, type XmlNode } from './xml'

export { parseFeedDate } from './dates'

export function parseFeed(text: string, baseUrl: string): ParsedFeed {
  const first = firstSignificant(text)
  if (first === '{') return parseJsonFeed(text, baseUrl)
  if (first !== '<') throw new NotAFeed(first === '' ? 'the document is empty' : undefined)
  return parseXmlFeed(text, baseUrl)
}

/** The XML path of parseFeed. `lift: false` skips body lifting (for equivalence tests). */
export function parseXmlFeed(text: string, baseUrl: string, opts: { lift?: boolean } = {}): ParsedFeed {
  const prolog = readProlog(text)
  const doc = parseXml(prolog.body, opts)
  const root = findChild(doc.nodes, prolog.rootName)
  if (!root) throw new MalformedFeed(`malformed XML: the <${prolog.rootName}> element could not be read`)
  assertClosed(prolog.body, prolog.rootName, root)
  const read = prolog.kind === 'atom' ? parseAtom : parseRss
  return read(doc, root, prolog.rootName, baseUrl)
}

function firstSignificant(text: string): string {
  const m = /[^\s\uFEFF]/.exec(text.length > 4096 ? text.slice(0, 4096) : text)
  return m ? m[0] : ''
}

/**
 * fast-xml-parser accepts a document that simply stops (a cut download); we refuse it so the
 * feed shows a clear error instead of silently losing its last items.
 */
function assertClosed(body: string, rootName: string, root: XmlNode): void {
  const children = root[rootName]
  const empty = Array.isArray(children) && children.length === 0
  if (!empty && body.lastIndexOf(`</${rootName}`) === -1) {
    throw new MalformedFeed(`malformed XML: the document ends before </${rootName}> (truncated?)`)
  }
}

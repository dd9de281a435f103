/**
 * parseFeed: a feed document (already decoded to text) → ParsedFeed.
 *
 * JSON Feed when the document is a JSON object; otherwise XML: the prolog is read first
 * (root sniffing, DTD policy), then fast-xml-parser builds the tree and the format reader
 * (rss.ts for RSS 0.9x/2.0 and RDF, atom.ts) walks it once.
 * Throws NotAFeed (HTML page, random XML or JSON, empty) or MalformedFeed (broken XML/JSON,
 * refused DTD, a truncated document with no complete item). A document that breaks off after
 * complete items keeps them, with a warning (salvage.ts for XML, json-salvage.ts for JSON Feed).
 */
import { MalformedFeed, NotAFeed } from '../../errors'
import type { ParsedFeed } from '../types'
import { parseAtom } from './atom'
import { parseJsonFeed } from './jsonfeed'
import { canonicalisePrefixes } from './namespaces'
import { readProlog, type XmlRootKind } from './prolog'
import { parseRss } from './rss'
import { readSalvagedFeed, salvage } from './salvage'
import { findChild, isDepthLimitError, parseXml, type XmlDoc, type XmlNode } from './xml'

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
  const { body, rootName } = canonicalisePrefixes(prolog.body, prolog.rootName, prolog.kind)
  const read = prolog.kind === 'atom' ? parseAtom : parseRss
  let root: ReadRoot
  try {
    root = readRoot(body, rootName, opts)
  } catch (err) {
    const salvaged =
      err instanceof MalformedFeed &&
      !isDepthLimitError(err) &&
      readSalvaged(err, body, rootName, prolog.kind, baseUrl, opts)
    if (salvaged) return salvaged
    throw err
  }
  return read(root.doc, root.node, rootName, baseUrl)
}

interface ReadRoot {
  doc: XmlDoc
  node: XmlNode
}

function readRoot(body: string, rootName: string, opts: { lift?: boolean }): ReadRoot {
  const doc = parseXml(body, opts)
  const node = findChild(doc.nodes, rootName)
  if (!node) throw new MalformedFeed(`malformed XML: the <${rootName}> element could not be read`)
  assertClosed(body, rootName, node)
  return { doc, node }
}

/**
 * A document that breaks off (or closes badly) after complete items: those items, with a
 * warning. null when nothing complete can be kept (the original error then stands). Never
 * for the depth limit: a document refused for its nesting stays refused.
 */
function readSalvaged(
  err: MalformedFeed,
  body: string,
  rootName: string,
  kind: XmlRootKind,
  baseUrl: string,
  opts: { lift?: boolean },
): ParsedFeed | null {
  const entry = kind === 'atom' ? `${rootName.slice(0, rootName.indexOf(':') + 1)}entry` : 'item'
  const saved = salvage(body, entry)
  if (!saved) return null
  return readSalvagedFeed(err.message, saved.incompleteItems, () => {
    const root = readRoot(saved.body, rootName, opts)
    return (kind === 'atom' ? parseAtom : parseRss)(root.doc, root.node, rootName, baseUrl)
  })
}

function firstSignificant(text: string): string {
  const m = /[^\s\uFEFF]/.exec(text.length > 4096 ? text.slice(0, 4096) : text)
  return m ? m[0] : ''
}

/**
 * fast-xml-parser accepts a document that simply stops (a cut download); we treat it as broken
 * so that it goes through salvage and the feed carries a warning instead of silently losing
 * its last items.
 */
function assertClosed(body: string, rootName: string, root: XmlNode): void {
  const children = root[rootName]
  const empty = Array.isArray(children) && children.length === 0
  if (!empty && body.lastIndexOf(`</${rootName}`) === -1) {
    throw new MalformedFeed(`malformed XML: the document ends before </${rootName}> (truncated?)`)
  }
}

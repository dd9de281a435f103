/**
 * fast-xml-parser configured for feeds, and helpers over its ordered output.
 *
 * Choices (measured with bench/parse.ts, CPU time on the shared corpus):
 * - HTML bodies are lifted out before fxp runs (lift.ts): fxp then parses a document a
 *   fraction of the size (about 20% faster overall).
 * - preserveOrder: the ordered tree skips fxp's second "prettify" pass; we walk children once.
 * - stopNodes for the elements whose text we read: fxp hands us their raw inner text (CDATA
 *   markers and entities included) instead of building nodes for markup we would throw
 *   away; text.ts decodes just these fields, CDATA-aware, in one pass. Trying fewer stop
 *   nodes or trimValues:false measured no better, and raw text keeps CDATA semantics exact.
 * - processEntities off: fxp's DOCTYPE/entity machinery never runs; prolog.ts enforces our
 *   DTD policy first and src/lib/entities.ts decodes (one indexOf pass, HTML names included).
 * - parseTagValue/parseAttributeValue off: guids like "0123" stay strings.
 */
import { XMLParser } from 'fast-xml-parser'
import { MalformedFeed } from '../../errors'
import { decodeEntities } from '../../lib/entities'
import { MAX_XML_DEPTH } from '../../limits'
import { LIFT_MARK, liftBodies } from './lift'

/** Elements read as raw text. Atom <author> and RSS <image> have children, so they are not here. */
const STOP_TAGS = [
  'title',
  'description',
  'content:encoded',
  'summary',
  'content',
  'subtitle',
  'link',
  'guid',
  'id',
  'pubDate',
  'published',
  'updated',
  'issued',
  'modified',
  'dc:date',
  'dc:creator',
  'dc:subject',
  'category',
  'name',
  'language',
  'ttl',
  'author',
  'media:title',
  'media:description',
  'itunes:title',
  'itunes:summary',
  'itunes:subtitle',
  'dc:title',
  'dc:description',
  'sy:updatePeriod',
  'sy:updateFrequency',
]

/** RSS <author> is text but Atom <author> has children: only the RSS paths are stop nodes. */
const STOP_PATHS = STOP_TAGS.filter((t) => t !== 'author')
  .map((t) => `..${t}`)
  .concat(['rss.channel.item.author', 'rss.channel.author'])

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  jPath: false,
  maxNestedTags: MAX_XML_DEPTH,
  stopNodes: STOP_PATHS,
})

export type XmlAttrs = Record<string, string>

/** One node of fxp's ordered output: `{ [tag]: children, ':@'?: attrs }` or `{ '#text': text }`. */
export interface XmlNode {
  [key: string]: XmlNode[] | XmlAttrs | string | undefined
}

const ATTRS = ':@'
const TEXT = '#text'

/** A parsed document: fxp's ordered tree plus the bodies lifted out before parsing. */
export class XmlDoc {
  constructor(
    readonly nodes: XmlNode[],
    private readonly bodies: string[],
  ) {}

  /** Raw inner text of the `name` element `node` (a stop node), lifted body put back. Not decoded. */
  raw(node: XmlNode, name: string): string {
    const text = rawOf(node, name)
    if (this.bodies.length === 0 || !text.startsWith(LIFT_MARK)) return text
    const body = this.bodies[Number(text.slice(LIFT_MARK.length))]
    if (body === undefined) return text
    // fxp normalises line ends of what it parses; do the same for what it never saw.
    return body.indexOf('\r') === -1 ? body : body.replace(/\r\n?/g, '\n')
  }
}

/** Parses an XML body (starting at its root element). `lift: false` is for equivalence tests. */
export function parseXml(body: string, opts: { lift?: boolean } = {}): XmlDoc {
  const { doc, bodies } = opts.lift === false ? { doc: body, bodies: [] } : liftBodies(body)
  try {
    return new XmlDoc(parser.parse(doc) as XmlNode[], bodies)
  } catch (err) {
    throw new MalformedFeed(`malformed XML: ${err instanceof Error ? err.message : String(err)}`)
  }
}

/** fast-xml-parser's refusal of a document nested deeper than MAX_XML_DEPTH: a limit, never salvaged. */
export function isDepthLimitError(err: unknown): boolean {
  return err instanceof MalformedFeed && /nested tags/i.test(err.message)
}

/** The element name of a node (its first key that is not the attribute bag). */
export function nameOf(node: XmlNode): string {
  for (const key in node) if (key !== ATTRS) return key
  return ''
}

export function childrenOf(node: XmlNode, name: string): XmlNode[] {
  const c = node[name]
  return Array.isArray(c) ? c : []
}

/** An attribute, entity-decoded (fxp leaves attribute values raw with processEntities off). */
export function attrOf(node: XmlNode, name: string): string | undefined {
  const attrs = node[ATTRS] as XmlAttrs | undefined
  const v = attrs?.[name]
  return v === undefined ? undefined : decodeEntities(v)
}

/** Text children of `node`, joined (for a stop node: its raw inner text). */
function rawOf(node: XmlNode, name: string): string {
  const children = node[name] as XmlNode[]
  if (children.length === 1) return (children[0][TEXT] as string | undefined) ?? ''
  let out = ''
  for (const child of children) {
    const t = child[TEXT]
    if (typeof t === 'string') out += t
  }
  return out
}

/** The first element named `name` among `nodes`, as its node. */
export function findChild(nodes: XmlNode[], name: string): XmlNode | undefined {
  for (const n of nodes) if (name in n) return n
  return undefined
}

/** Strips a known namespace prefix ("atom:link" → "link" when prefix is "atom:"). */
export function localName(name: string, prefix: string): string {
  return prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name
}

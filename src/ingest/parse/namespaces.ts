/**
 * Namespace prefixes, made canonical before fast-xml-parser reads the document.
 *
 * The readers match element names as written ("item", "dc:date", "content:encoded"), which is
 * what nearly every feed uses. XML only promises the namespace, not the prefix, so some feeds
 * write RSS 1.0 as `<rdf:RDF xmlns:rss="http://purl.org/rss/1.0/"><rss:item>` (no default
 * namespace), RSS 2.0 as `<rss:channel>` bound to the Userland namespace, or Dublin Core as
 * `<DC:date>`. Such a document is rewritten once, tag by tag, to the canonical prefixes (the
 * core RSS namespaces to none), so the stop nodes, body lifting and readers all see the usual
 * names. Text, CDATA sections and comments are copied untouched.
 *
 * Cost: one regex scan for `xmlns:` declarations up to the first item (where feeds declare
 * them); documents with the usual prefixes (almost all) are returned as they are.
 */
import { afterOpaque, tagEnd } from './markup'
import type { XmlRootKind } from './prolog'

/** Namespace URI → canonical prefix ("" for the RSS vocabularies themselves). */
const CANONICAL_PREFIX = new Map<string, string>([
  ['http://purl.org/rss/1.0/', ''],
  ['http://my.netscape.com/rdf/simple/0.9/', ''],
  ['http://backend.userland.com/rss2', ''],
  ['http://backend.userland.com/rss', ''],
  ['http://blogs.law.harvard.edu/tech/rss', ''],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf'],
  ['http://purl.org/dc/elements/1.1/', 'dc'],
  ['http://purl.org/dc/terms/', 'dcterms'],
  ['http://purl.org/rss/1.0/modules/content/', 'content'],
  ['http://purl.org/rss/1.0/modules/syndication/', 'sy'],
  ['http://search.yahoo.com/mrss/', 'media'],
  ['http://search.yahoo.com/mrss', 'media'],
  ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'itunes'],
  ['http://www.w3.org/2005/Atom', 'atom'],
])

const DECLARATION_RE = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

export interface PrefixedBody {
  body: string
  rootName: string
}

/** Rewrites non-canonical prefixes of known namespaces; returns the body unchanged when there are none. */
export function canonicalisePrefixes(body: string, rootName: string, kind: XmlRootKind): PrefixedBody {
  const renames = prefixRenames(body, kind)
  if (renames.size === 0) return { body, rootName }
  return { body: rewriteTags(body, renames), rootName: renamed(rootName, renames) }
}

function prefixRenames(body: string, kind: XmlRootKind): Map<string, string> {
  const bound = new Map<string, string>()
  const head = body.slice(0, headEnd(body))
  DECLARATION_RE.lastIndex = 0
  for (let m = DECLARATION_RE.exec(head); m; m = DECLARATION_RE.exec(head)) {
    if (!bound.has(m[1])) bound.set(m[1], (m[2] ?? m[3]).trim())
  }
  const renames = new Map<string, string>()
  for (const [prefix, uri] of bound) {
    const canonical = CANONICAL_PREFIX.get(uri)
    // Atom documents keep their own prefix: the Atom reader handles "atom:" roots itself.
    if (canonical === undefined || canonical === prefix || (kind === 'atom' && canonical === 'atom')) continue
    // Never rename onto a prefix the document binds to something else.
    const taken = bound.get(canonical)
    if (canonical !== '' && taken !== undefined && CANONICAL_PREFIX.get(taken) !== canonical) continue
    renames.set(prefix, canonical)
  }
  return renames
}

const FIRST_ITEM_RE = /<(?:[\w.-]+:)?(?:item|entry)[\s>/]/

/** Declarations are read up to the first item or entry: feeds declare namespaces on the root (or channel). */
function headEnd(body: string): number {
  const m = FIRST_ITEM_RE.exec(body)
  return m ? m.index + m[0].length : body.length
}

function renamed(name: string, renames: Map<string, string>): string {
  const colon = name.indexOf(':')
  if (colon === -1) return name
  const to = renames.get(name.slice(0, colon))
  if (to === undefined) return name
  return to === '' ? name.slice(colon + 1) : `${to}${name.slice(colon)}`
}

const NAME_RE = /[A-Za-z_][\w.:-]*/y

/** Copies the document, renaming element and attribute prefixes inside tags only. */
function rewriteTags(body: string, renames: Map<string, string>): string {
  const out: string[] = []
  let copied = 0
  let at = body.indexOf('<')
  while (at !== -1) {
    const opaque = afterOpaque(body, at)
    if (opaque !== undefined) {
      if (opaque === -1) break
      at = body.indexOf('<', opaque)
      continue
    }
    const gt = tagEnd(body, at)
    if (gt === -1) break
    const tag = body.slice(at, gt + 1)
    const rewritten = rewriteTag(tag, renames)
    if (rewritten !== tag) {
      out.push(body.slice(copied, at), rewritten)
      copied = gt + 1
    }
    at = body.indexOf('<', gt + 1)
  }
  out.push(body.slice(copied))
  return out.join('')
}

/** Renames the element name and attribute names of one tag ("<rss:item rdf:about=...>"). */
function rewriteTag(tag: string, renames: Map<string, string>): string {
  const start = tag.charCodeAt(1) === 47 ? 2 : 1
  NAME_RE.lastIndex = start
  const m = NAME_RE.exec(tag)
  if (!m) return tag
  let out = tag.slice(0, start) + renamed(m[0], renames)
  let i = NAME_RE.lastIndex
  while (i < tag.length) {
    const c = tag.charCodeAt(i)
    if (c === 34 || c === 39) {
      const close = tag.indexOf(tag[i], i + 1)
      out += tag.slice(i, close + 1)
      i = close + 1
      continue
    }
    NAME_RE.lastIndex = i
    const attr = /[\s]/.test(tag[i - 1] ?? '') ? NAME_RE.exec(tag) : null
    if (attr && !attr[0].startsWith('xmlns')) {
      out += renamed(attr[0], renames)
      i = NAME_RE.lastIndex
      continue
    }
    out += tag[i]
    i++
  }
  return out
}

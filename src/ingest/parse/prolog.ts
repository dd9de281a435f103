/**
 * The XML prolog, read before fast-xml-parser sees the document: it finds the root element
 * (so HTML pages and random XML are rejected without a full parse) and enforces the DTD
 * policy that makes entity-expansion attacks fail fast.
 *
 * DTD policy (no real feed needs more): an internal subset may declare a few simple
 * entities whose values are plain text (character references allowed). Refused with
 * MalformedFeed: external entities (SYSTEM/PUBLIC: XXE), parameter entities, entities
 * whose value refers to other entities (the billion-laughs shape), markup in values,
 * and anything over the named limits in src/limits.ts.
 */
import { MalformedFeed, NotAFeed } from '../../errors'
import { decodeEntities } from '../../lib/entities'
import { escapeHtml } from '../../lib/html'
import {
  MAX_DECLARED_ENTITIES,
  MAX_DTD_CHARS,
  MAX_ENTITY_EXPANSION_CHARS,
  MAX_ENTITY_VALUE_CHARS,
  MAX_XML_PROLOG_CHARS,
} from '../../limits'

export type XmlRootKind = 'rss' | 'rdf' | 'atom'

export interface XmlProlog {
  kind: XmlRootKind
  /** The root tag as written ("rss", "rdf:RDF", "feed", "atom:feed"). */
  rootName: string
  /** The document from the root element on, declared entities already expanded. */
  body: string
}

const ROOT_NAME_RE = /<([A-Za-z_][\w.:-]*)/y
const SKIP_DECL_RE = /<![A-Z]+(?:[^>"']|"[^"]*"|'[^']*')*>/y
const ENTITY_DECL_RE =
  /<!ENTITY\s+(%\s*)?([^\s"'>]+)\s+(?:(SYSTEM|PUBLIC)\b|"([^"]*)"|'([^']*)')(?:[^>"']|"[^"]*"|'[^']*')*>/y
const CHAR_REF_ONLY_RE = /&(?!#[0-9]+;|#x[0-9a-fA-F]+;)/
const DOCTYPE_RE = /<!DOCTYPE/iy
const ENTITY_REF_RE = /&([A-Za-z_][\w.:-]*);/g

/** Reads the prolog; throws NotAFeed when the root is not a feed element. */
export function readProlog(text: string): XmlProlog {
  let entities: Map<string, string> | undefined
  let i = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0)
  while (i < text.length && i < MAX_XML_PROLOG_CHARS) {
    if (text.startsWith('<?', i)) i = after(text, '?>', i, 'processing instruction')
    else if (text.startsWith('<!--', i)) i = after(text, '-->', i + 4, 'comment')
    else if (at(DOCTYPE_RE, text, i)) ({ end: i, entities } = readDoctype(text, i))
    else if (text[i] === '<') return rootAt(text, i, entities)
    else throw new NotAFeed('the document does not start with XML markup')
    i = skipSpace(text, i)
  }
  throw new NotAFeed(
    i >= text.length ? 'the document is empty' : 'no root element in the first part of the document',
  )
}

function rootAt(text: string, start: number, entities: Map<string, string> | undefined): XmlProlog {
  ROOT_NAME_RE.lastIndex = start
  const m = ROOT_NAME_RE.exec(text)
  if (!m) throw new NotAFeed('the document does not start with an XML element')
  const rootName = m[1]
  const kind = rootKind(rootName)
  const body = start === 0 ? text : text.slice(start)
  return { kind, rootName, body: entities ? expandDeclared(body, entities) : body }
}

function rootKind(name: string): XmlRootKind {
  const local = name.slice(name.indexOf(':') + 1)
  if (local === 'rss') return 'rss'
  if (local === 'RDF') return 'rdf'
  if (local === 'feed') return 'atom'
  if (local.toLowerCase() === 'html') throw new NotAFeed('the document is an HTML page, not a feed')
  throw new NotAFeed(`the root element <${name}> is not rss, rdf:RDF or an Atom feed`)
}

function readDoctype(text: string, start: number): { end: number; entities?: Map<string, string> } {
  const limit = Math.min(text.length, start + MAX_DTD_CHARS)
  let quote = ''
  for (let i = start + 9; i < limit; i++) {
    const ch = text[i]
    if (quote) {
      if (ch === quote) quote = ''
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '>') return { end: i + 1 }
    else if (ch === '[') return readInternalSubset(text, i + 1, limit)
  }
  throw new MalformedFeed(`DOCTYPE is unterminated or longer than ${MAX_DTD_CHARS} characters; refused`)
}

function readInternalSubset(
  text: string,
  start: number,
  limit: number,
): { end: number; entities: Map<string, string> } {
  const entities = new Map<string, string>()
  let i = skipSpace(text, start)
  while (i < limit) {
    if (text[i] === ']') {
      const close = skipSpace(text, i + 1)
      if (text[close] !== '>') break
      return { end: close + 1, entities }
    }
    if (text.startsWith('<!--', i)) i = after(text, '-->', i + 4, 'comment')
    else if (text.startsWith('<!ENTITY', i)) i = readEntityDecl(text, i, entities)
    else if (text[i] === '%') throw new MalformedFeed('DOCTYPE uses parameter entities; refused')
    else if (at(SKIP_DECL_RE, text, i)) i = SKIP_DECL_RE.lastIndex
    else if (text.startsWith('<?', i)) i = after(text, '?>', i, 'processing instruction')
    else break
    i = skipSpace(text, i)
  }
  throw new MalformedFeed(
    `DOCTYPE internal subset is malformed or longer than ${MAX_DTD_CHARS} characters; refused`,
  )
}

function readEntityDecl(text: string, start: number, entities: Map<string, string>): number {
  ENTITY_DECL_RE.lastIndex = start
  const m = ENTITY_DECL_RE.exec(text)
  if (!m) throw new MalformedFeed('malformed <!ENTITY> declaration in DOCTYPE')
  const [, percent, name, external, dq, sq] = m
  if (percent) throw new MalformedFeed(`parameter entity "%${name}" in DOCTYPE refused`)
  if (external)
    throw new MalformedFeed(
      `external entity "${name}" (${external}) refused: feeds may not load outside resources`,
    )
  entities.set(name, checkEntityValue(name, dq ?? sq ?? ''))
  if (entities.size > MAX_DECLARED_ENTITIES) {
    throw new MalformedFeed(`more than ${MAX_DECLARED_ENTITIES} entity declarations in DOCTYPE; refused`)
  }
  return ENTITY_DECL_RE.lastIndex
}

function checkEntityValue(name: string, value: string): string {
  if (value.length > MAX_ENTITY_VALUE_CHARS) {
    throw new MalformedFeed(`entity "${name}" is longer than ${MAX_ENTITY_VALUE_CHARS} characters; refused`)
  }
  if (CHAR_REF_ONLY_RE.test(value) || value.includes('%')) {
    throw new MalformedFeed(
      `entity "${name}" refers to other entities (entity-expansion bomb pattern); refused`,
    )
  }
  if (value.includes('<')) throw new MalformedFeed(`entity "${name}" contains markup; refused`)
  return decodeEntities(value)
}

/**
 * Expands declared entities in the body, escaped so the normal decoding step yields the value
 * (and a value can never create markup). The running total is capped: a 1 KB entity
 * referenced 100,000 times would otherwise make 100 MB from a small document.
 */
function expandDeclared(body: string, entities: Map<string, string>): string {
  if (entities.size === 0) return body
  const parts: string[] = []
  let added = 0
  let last = 0
  // A manual exec loop, not replace(): replace() collects every match before the first
  // callback, so a refused document would still cost a full scan of millions of references.
  ENTITY_REF_RE.lastIndex = 0
  for (let m = ENTITY_REF_RE.exec(body); m; m = ENTITY_REF_RE.exec(body)) {
    const value = entities.get(m[1])
    if (value === undefined) continue
    added += value.length
    if (added > MAX_ENTITY_EXPANSION_CHARS) {
      throw new MalformedFeed(`entity expansion exceeds ${MAX_ENTITY_EXPANSION_CHARS} characters; refused`)
    }
    parts.push(body.slice(last, m.index), escapeHtml(value))
    last = m.index + m[0].length
  }
  parts.push(body.slice(last))
  return parts.join('')
}

function at(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i
  return re.test(text)
}

function after(text: string, marker: string, from: number, what: string): number {
  const end = text.indexOf(marker, from)
  if (end === -1) throw new MalformedFeed(`unterminated ${what} before the root element`)
  return end + marker.length
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break
    i++
  }
  return i
}

/**
 * Atom 1.0 (and the Atom 0.3 names still served by old CMSs: issued, modified, and content
 * constructs with mode="escaped" or mode="base64", decoded before their type is applied).
 * xml:base is honoured on the feed, the entry, links and content; relative links resolve
 * against the nearest base, finally the feed URL. Text constructs: type="text" is escaped
 * into HTML, "html" is decoded once, "xhtml" keeps the markup inside the wrapper div.
 */
import { decodeEntities } from '../../lib/entities'
import type { ParsedFeed, ParsedItem } from '../types'
import { parseFeedDate } from './dates'
import { addCategory, collectItems, newItem, setItems } from './items'
import { addLinkEnclosure, finishMedia, type MediaScratch, readMedia } from './media'
import {
  collapseSpace,
  decodeBase64Text,
  htmlToPlain,
  normaliseLang,
  plainText,
  resolveBase,
  resolveUrl,
  textAsHtml,
  xmlText,
  zoneHintMinutes,
} from './text'
import { attrOf, childrenOf, localName, nameOf, type XmlDoc, type XmlNode } from './xml'

interface AtomContext {
  doc: XmlDoc
  /** Namespace prefix of Atom elements ("" for the default namespace, "atom:" when prefixed). */
  prefix: string
  feedUrl: string
  offset: number
  /** Entries without their own author inherit the feed's (RFC 4287 §4.2.1). */
  feedAuthors: string[]
}

export function parseAtom(doc: XmlDoc, root: XmlNode, rootName: string, baseUrl: string): ParsedFeed {
  const prefix = rootName.includes(':') ? rootName.slice(0, rootName.indexOf(':') + 1) : ''
  const base = resolveBase(attrOf(root, 'xml:base'), baseUrl)
  const feed: ParsedFeed = { format: 'atom', version: attrOf(root, 'version') ?? '1.0', items: [] }
  feed.lang = normaliseLang(attrOf(root, 'xml:lang'))
  const entries: XmlNode[] = []
  const links: XmlNode[] = []
  const feedAuthors: string[] = []
  for (const child of childrenOf(root, rootName)) {
    const name = localName(nameOf(child), prefix)
    if (name === 'entry') entries.push(child)
    else if (name === 'title') feed.title ??= textConstructPlain(doc, child, nameOf(child))
    else if (name === 'link') links.push(child)
    else if (name === 'author') readAuthor(doc, child, nameOf(child), prefix, feedAuthors)
  }
  feed.siteUrl = pickAlternate(doc, links, base)
  const ctx: AtomContext = {
    doc,
    prefix,
    feedUrl: baseUrl,
    offset: zoneHintMinutes(feed.lang, feed.title),
    feedAuthors,
  }
  setItems(
    feed,
    collectItems(entries, (entry) => readEntry(entry, base, ctx)),
  )
  return feed
}

interface EntryRaw {
  links: XmlNode[]
  published?: string
  updated?: string
  authors: string[]
  id?: string
}

function readEntry(entry: XmlNode, feedBase: string | undefined, ctx: AtomContext): ParsedItem {
  const entryName = nameOf(entry)
  const base = resolveBase(attrOf(entry, 'xml:base'), feedBase)
  const item = newItem()
  const raw: EntryRaw = { links: [], authors: [] }
  const scratch: MediaScratch = {}
  for (const child of childrenOf(entry, entryName)) {
    const name = nameOf(child)
    if (!readEntryField(child, name, localName(name, ctx.prefix), item, raw, base, ctx)) {
      readMedia(ctx.doc, child, name, item, base, scratch)
    }
  }
  item.title ??= scratch.title
  item.summaryHtml ??= scratch.description
  finishEntry(item, raw, entry, base, ctx)
  finishMedia(item, scratch)
  return item
}

function readEntryField(
  child: XmlNode,
  name: string,
  local: string,
  item: ParsedItem,
  raw: EntryRaw,
  base: string | undefined,
  ctx: AtomContext,
): boolean {
  const { doc } = ctx
  switch (local) {
    case 'id':
      raw.id ??= xmlText(doc.raw(child, name)) || undefined
      return true
    case 'title':
      item.title ??= textConstructPlain(doc, child, name)
      return true
    case 'link':
      raw.links.push(child)
      return true
    case 'published':
    case 'issued':
    case 'created':
      raw.published ??= xmlText(doc.raw(child, name))
      return true
    case 'updated':
    case 'modified':
      raw.updated ??= xmlText(doc.raw(child, name))
      return true
    case 'author':
      readAuthor(doc, child, name, ctx.prefix, raw.authors)
      return true
    case 'category':
      addCategory(item, categoryOf(doc, child, name))
      return true
    case 'summary':
      item.summaryHtml ??= textConstructHtml(doc, child, name)
      return true
    case 'content':
      readContent(doc, child, name, item, base)
      return true
    default:
      return false
  }
}

function finishEntry(
  item: ParsedItem,
  raw: EntryRaw,
  entry: XmlNode,
  base: string | undefined,
  ctx: AtomContext,
): void {
  item.guid = raw.id
  item.link =
    pickAlternate(ctx.doc, raw.links, base) ??
    (raw.id && /^https?:\/\//i.test(raw.id) ? resolveUrl(raw.id, base) : undefined)
  for (const link of raw.links) readEnclosureLink(ctx.doc, link, item, base)
  const opts = { defaultOffsetMinutes: ctx.offset }
  item.updatedAt = parseFeedDate(raw.updated, opts)
  item.publishedAt = parseFeedDate(raw.published, opts) ?? item.updatedAt
  const authors = raw.authors.length ? raw.authors : ctx.feedAuthors
  if (authors.length) item.author = authors.join(', ')
  item.lang = normaliseLang(attrOf(entry, 'xml:lang'))
  if (base && base !== ctx.feedUrl && !item.baseUrl) item.baseUrl = base
}

// ── Links ────────────────────────────────────────────────────────────────────

interface LinkView {
  rel: string
  type?: string
  href?: string
}

function linkView(doc: XmlDoc, link: XmlNode, base: string | undefined): LinkView {
  const name = nameOf(link)
  const linkBase = resolveBase(attrOf(link, 'xml:base'), base)
  // Broken feeds sometimes put the URL in the element text instead of href.
  const ref = attrOf(link, 'href') ?? xmlText(doc.raw(link, name))
  return {
    rel: (attrOf(link, 'rel') ?? 'alternate').trim().toLowerCase(),
    type: attrOf(link, 'type')?.toLowerCase(),
    href: resolveUrl(ref, linkBase),
  }
}

/** rel="alternate" (or no rel); among several, an HTML one is preferred. */
function pickAlternate(doc: XmlDoc, links: XmlNode[], base: string | undefined): string | undefined {
  let fallback: string | undefined
  for (const node of links) {
    const link = linkView(doc, node, base)
    if (link.rel !== 'alternate' || !link.href) continue
    if (!link.type || link.type === 'text/html' || link.type === 'application/xhtml+xml') return link.href
    fallback ??= link.href
  }
  return fallback
}

function readEnclosureLink(doc: XmlDoc, node: XmlNode, item: ParsedItem, base: string | undefined): void {
  if (attrOf(node, 'rel')?.trim().toLowerCase() !== 'enclosure') return
  const link = linkView(doc, node, base)
  if (link.href) addLinkEnclosure(item, link.href, link.type, attrOf(node, 'length'))
}

// ── Text constructs ──────────────────────────────────────────────────────────

type TextKind = 'text' | 'html' | 'xhtml' | 'other'

function textKind(node: XmlNode): TextKind {
  const type = (attrOf(node, 'type') ?? 'text').trim().toLowerCase()
  if (type === 'text' || type === 'text/plain') return attrOf(node, 'mode') === 'escaped' ? 'html' : 'text'
  if (type === 'html' || type === 'text/html') return 'html'
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml'
  return type.startsWith('text/') ? 'text' : 'other'
}

/** The character data of a text construct: XML-decoded, and for Atom 0.3 mode="base64" the decoded bytes. */
function constructText(doc: XmlDoc, node: XmlNode, name: string): string {
  const text = xmlText(doc.raw(node, name))
  return attrOf(node, 'mode')?.trim().toLowerCase() === 'base64' ? decodeBase64Text(text).trim() : text
}

/** A text construct as plain text (titles). */
function textConstructPlain(doc: XmlDoc, node: XmlNode, name: string): string | undefined {
  const kind = textKind(node)
  if (kind === 'xhtml') return htmlToPlain(xhtmlInner(doc.raw(node, name))) || undefined
  // Text-typed titles get the plainText rules too (entities once more, stray markup dropped).
  const text = constructText(doc, node, name)
  return text ? htmlToPlain(text) || undefined : undefined
}

/** A text construct as HTML (summary, content): always HTML, whatever the declared type. */
function textConstructHtml(doc: XmlDoc, node: XmlNode, name: string): string | undefined {
  const kind = textKind(node)
  if (kind === 'xhtml') return xhtmlInner(doc.raw(node, name)) || undefined
  if (kind === 'other') return undefined // base64 images and the like carry no article text
  const text = constructText(doc, node, name)
  if (!text) return undefined
  return kind === 'html' ? text : textAsHtml(text)
}

function readContent(
  doc: XmlDoc,
  node: XmlNode,
  name: string,
  item: ParsedItem,
  base: string | undefined,
): void {
  if (item.contentHtml !== undefined || attrOf(node, 'src') !== undefined) return
  item.contentHtml = textConstructHtml(doc, node, name)
  const contentBase = attrOf(node, 'xml:base')
  if (contentBase !== undefined) item.baseUrl = resolveBase(contentBase, base)
}

const XHTML_DIV_RE = /^\s*<([\w-]+:)?div\b[^>]*>([\s\S]*)<\/(?:[\w-]+:)?div>\s*$/

/** The markup inside Atom's wrapper <div xmlns="http://www.w3.org/1999/xhtml">, prefixes removed. */
function xhtmlInner(raw: string): string {
  const m = XHTML_DIV_RE.exec(raw)
  if (!m) return raw.trim()
  const inner = m[2].trim()
  const prefix = m[1]
  return prefix ? inner.replace(new RegExp(`<(/?)${prefix}`, 'g'), '<$1') : inner
}

// ── People and categories ────────────────────────────────────────────────────

function readAuthor(doc: XmlDoc, node: XmlNode, name: string, prefix: string, into: string[]): void {
  for (const child of childrenOf(node, name)) {
    const childName = nameOf(child)
    if (localName(childName, prefix) !== 'name') continue
    const author = plainText(doc.raw(child, childName))
    if (author && !into.includes(author)) into.push(author)
  }
}

/** term (or label) is already XML-decoded by attrOf; the plain-text rule adds one more decode. */
function categoryOf(doc: XmlDoc, node: XmlNode, name: string): string {
  const term = attrOf(node, 'term') ?? attrOf(node, 'label')
  return term === undefined ? plainText(doc.raw(node, name)) : collapseSpace(decodeEntities(term))
}

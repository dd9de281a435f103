/**
 * RSS 0.91 / 0.92 / 2.0 and RSS 1.0 (RDF). Both share the item vocabulary; RDF differs in
 * where items live (siblings of <channel> under rdf:RDF) and in identity (rdf:about).
 * Prefixes are already canonical here (namespaces.ts): `<rss:item>` arrives as `<item>`.
 *
 * Titles come from the richest field present: <title>, else itunes:title, dc:title,
 * media:title (an item with only those is still a titled item, not a derived title);
 * the channel title falls back to dc:title. Summaries: <description>, else itunes:summary,
 * media:description, itunes:subtitle. An <rss> without <channel> whose items sit directly
 * under the root is read like one (what mainstream parsers accept).
 */
import { MalformedFeed } from '../../errors'
import type { ParsedFeed, ParsedItem } from '../types'
import { parseFeedDate } from './dates'
import { addCategory, collectItems, newItem, setItems } from './items'
import { finishMedia, type MediaScratch, readMedia } from './media'
import {
  htmlField,
  normaliseLang,
  plainText,
  positiveInt,
  resolveBase,
  resolveUrl,
  xmlText,
  zoneHintMinutes,
} from './text'
import { attrOf, childrenOf, findChild, nameOf, type XmlDoc, type XmlNode } from './xml'

interface ChannelInfo {
  feed: ParsedFeed
  itemNodes: XmlNode[]
  base: string | undefined
  updatePeriod?: string
  updateFrequency?: string
  dcTitle?: string
}

export function parseRss(doc: XmlDoc, root: XmlNode, rootName: string, baseUrl: string): ParsedFeed {
  const rdf = rootName !== 'rss'
  const top = childrenOf(root, rootName)
  const channel = findChild(top, 'channel')
  const base = resolveBase(attrOf(root, 'xml:base'), baseUrl)
  const info: ChannelInfo = {
    feed: { format: rdf ? 'rdf' : 'rss', version: rdf ? '1.0' : attrOf(root, 'version'), items: [] },
    itemNodes: [],
    base: channel ? resolveBase(attrOf(channel, 'xml:base'), base) : base,
  }
  if (channel) readChannel(doc, childrenOf(channel, 'channel'), info, true)
  // RDF puts items beside the channel; some RSS 0.9x documents do too, or have no channel at all.
  for (const node of top) if ('item' in node) info.itemNodes.push(node)
  if (!channel) {
    if (!rdf && info.itemNodes.length === 0)
      throw new MalformedFeed('RSS document has no <channel> and no items')
    readChannel(doc, top, info, false)
  }
  info.feed.title ??= info.dcTitle
  info.feed.lang ??= normaliseLang(attrOf(channel ?? root, 'xml:lang') ?? attrOf(root, 'xml:lang'))
  info.feed.ttlMinutes ??= syndicationTtl(info.updatePeriod, info.updateFrequency)
  const ctx: ItemContext = {
    doc,
    base: info.base,
    feedBase: baseUrl,
    offset: zoneHintMinutes(info.feed.lang, info.feed.title),
  }
  setItems(
    info.feed,
    collectItems(info.itemNodes, (node) => readItem(node, ctx)),
  )
  return info.feed
}

/** Channel-level fields, from <channel> or (withItems false) from a root that has no channel. */
function readChannel(doc: XmlDoc, children: XmlNode[], info: ChannelInfo, withItems: boolean): void {
  const { feed } = info
  for (const child of children) {
    const name = nameOf(child)
    switch (name) {
      case 'item':
        if (withItems) info.itemNodes.push(child)
        break
      case 'title':
        feed.title ??= plainText(doc.raw(child, name)) || undefined
        break
      case 'dc:title':
        info.dcTitle ??= plainText(doc.raw(child, name)) || undefined
        break
      case 'link':
        feed.siteUrl ??= resolveUrl(xmlText(doc.raw(child, name)), info.base)
        break
      case 'language':
      case 'dc:language':
        feed.lang ??= normaliseLang(xmlText(doc.raw(child, name)))
        break
      case 'ttl':
        feed.ttlMinutes ??= positiveInt(xmlText(doc.raw(child, name)))
        break
      case 'sy:updatePeriod':
        info.updatePeriod = xmlText(doc.raw(child, name))
        break
      case 'sy:updateFrequency':
        info.updateFrequency = xmlText(doc.raw(child, name))
        break
    }
  }
}

const PERIOD_MINUTES: Record<string, number> = {
  hourly: 60,
  daily: 1440,
  weekly: 10080,
  monthly: 43200,
  yearly: 525600,
}

/** Syndication module: updatePeriod / updateFrequency → minutes between updates. */
function syndicationTtl(period: string | undefined, frequency: string | undefined): number | undefined {
  const minutes = period ? PERIOD_MINUTES[period.toLowerCase()] : undefined
  if (minutes === undefined) return undefined
  return Math.max(1, Math.round(minutes / (positiveInt(frequency) ?? 1)))
}

interface ItemContext {
  doc: XmlDoc
  base: string | undefined
  /** The feed URL, to tell whether an item's base differs from it. */
  feedBase: string
  offset: number
}

/** Raw fields gathered in one pass over the item's children. */
interface ItemRaw {
  link?: string
  guidPermaLink?: boolean
  pubDate?: string
  dcDate?: string
  updated?: string
  authors: string[]
  /** Title and summary fields used when <title> / <description> are missing, richest first. */
  altTitles: (string | undefined)[]
  altSummaries: (string | undefined)[]
}

/** Where each fallback field sits in ItemRaw.altTitles / altSummaries (lower wins). */
const ALT_TITLE: Record<string, number> = { 'itunes:title': 0, 'dc:title': 1, 'media:title': 2 }
const ALT_SUMMARY: Record<string, number> = {
  'dc:description': 0,
  'itunes:summary': 1,
  'media:description': 2,
  'itunes:subtitle': 3,
}

function readItem(node: XmlNode, ctx: ItemContext): ParsedItem {
  const item = newItem()
  const raw: ItemRaw = { authors: [], altTitles: [], altSummaries: [] }
  const scratch: MediaScratch = {}
  const base = resolveBase(attrOf(node, 'xml:base'), ctx.base)
  for (const child of childrenOf(node, 'item')) {
    const name = nameOf(child)
    if (!readItemField(ctx.doc, child, name, item, raw)) readMedia(ctx.doc, child, name, item, base, scratch)
  }
  raw.altTitles[ALT_TITLE['media:title']] = scratch.title
  raw.altSummaries[ALT_SUMMARY['media:description']] = scratch.description
  finishItem(item, raw, node, base, ctx)
  finishMedia(item, scratch)
  return item
}

/** One child element of an item; returns false when it is not a text field we read here. */
function readItemField(doc: XmlDoc, child: XmlNode, name: string, item: ParsedItem, raw: ItemRaw): boolean {
  switch (name) {
    case 'title':
      item.title ??= plainText(doc.raw(child, name)) || undefined
      return true
    case 'link':
      raw.link ??= xmlText(doc.raw(child, name)) || undefined
      return true
    case 'guid':
      item.guid ??= xmlText(doc.raw(child, name)) || undefined
      raw.guidPermaLink = attrOf(child, 'isPermaLink')?.trim().toLowerCase() !== 'false'
      return true
    case 'itunes:title':
    case 'dc:title':
      raw.altTitles[ALT_TITLE[name]] ??= plainText(doc.raw(child, name)) || undefined
      return true
    case 'description':
      item.summaryHtml ??= htmlField(doc.raw(child, name))
      return true
    case 'dc:description':
    case 'itunes:summary':
    case 'itunes:subtitle':
      raw.altSummaries[ALT_SUMMARY[name]] ??= htmlField(doc.raw(child, name))
      return true
    case 'content:encoded':
      item.contentHtml ??= htmlField(doc.raw(child, name))
      return true
    case 'pubDate':
      raw.pubDate ??= xmlText(doc.raw(child, name))
      return true
    case 'dc:date':
      raw.dcDate ??= xmlText(doc.raw(child, name))
      return true
    case 'atom:updated':
    case 'dcterms:modified':
      raw.updated ??= xmlText(doc.raw(child, name))
      return true
    case 'dc:creator':
    case 'author':
      pushAuthor(raw.authors, plainText(doc.raw(child, name)))
      return true
    case 'category':
    case 'dc:subject':
      addCategory(item, plainText(doc.raw(child, name)))
      return true
    case 'dc:language':
      item.lang ??= normaliseLang(xmlText(doc.raw(child, name)))
      return true
    default:
      return false
  }
}

/** RSS <author> is "email (Name)" by the spec; keep the name when there is one. */
function pushAuthor(authors: string[], value: string): void {
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(value)
  const author = named ? named[1].trim() : value
  if (author && !authors.includes(author)) authors.push(author)
}

function finishItem(
  item: ParsedItem,
  raw: ItemRaw,
  node: XmlNode,
  base: string | undefined,
  ctx: ItemContext,
): void {
  item.title ??= raw.altTitles.find(Boolean)
  item.summaryHtml ??= raw.altSummaries.find(Boolean)
  item.guid ??= attrOf(node, 'rdf:about')?.trim() || undefined
  item.lang ??= normaliseLang(attrOf(node, 'xml:lang'))
  item.link = resolveUrl(raw.link, base) ?? permalinkFromGuid(item.guid, raw.guidPermaLink, base)
  const opts = { defaultOffsetMinutes: ctx.offset }
  item.publishedAt = parseFeedDate(raw.pubDate, opts) ?? parseFeedDate(raw.dcDate, opts)
  item.updatedAt = parseFeedDate(raw.updated, opts)
  item.publishedAt ??= item.updatedAt
  if (raw.authors.length) item.author = raw.authors.join(', ')
  if (base && base !== ctx.feedBase) item.baseUrl = base
}

/** RSS 2.0: a guid is the item's permalink unless isPermaLink="false". */
function permalinkFromGuid(
  guid: string | undefined,
  permaLink: boolean | undefined,
  base: string | undefined,
): string | undefined {
  if (!guid || permaLink === false) return undefined
  return /^https?:\/\//i.test(guid) ? resolveUrl(guid, base) : undefined
}
